#include "KlePlanStore.h"

#include "ServerDatabase.h"
#include "WriteTransaction.h"
#include "kle/KleEmneplanReader.h"
#include "kle/KleFacetReader.h"

#include <QFile>
#include <QJsonArray>

#include <stdexcept>

namespace akta::server {

namespace {

QVariant nullable(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QJsonValue jsonText(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

} // namespace

KlePlanStore::Report KlePlanStore::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()).toStdString());
    }
    const bool facets = file.peek(4096).contains("KLE-Handlingsfacetter");
    Report report;
    if (facets) {
        const auto list = kle::KleFacetReader::read(file);
        WriteTransaction transaction(m_db);
        m_db.exec(QStringLiteral("DELETE FROM kle_facets"));
        for (const kle::KleFacet& facet : list) {
            m_db.exec(QStringLiteral("INSERT INTO kle_facets(number, title, retention) VALUES (?, ?, ?)"),
                      {facet.number, facet.title, nullable(facet.retention)});
        }
        transaction.commit();
        report = {QStringLiteral("facets"), static_cast<int>(list.size())};
    } else {
        const auto plan = kle::KleEmneplanReader::read(file);
        WriteTransaction transaction(m_db);
        m_db.exec(QStringLiteral("DELETE FROM kle_entries"));
        for (const kle::KleEntryDetails& details : plan.entries) {
            const kle::KleEntry& entry = details.entry;
            m_db.exec(
                QStringLiteral("INSERT INTO kle_entries(number, level, parent, title, retention, deletion, "
                               "retired) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {entry.number, entry.level, nullable(entry.parent), entry.title, nullable(entry.retention),
                 nullable(entry.deletion), entry.isRetired() ? 1 : 0});
        }
        transaction.commit();
        report = {QStringLiteral("emneplan"), static_cast<int>(plan.entries.size())};
    }
    return report;
}

QJsonObject KlePlanStore::plan()
{
    QJsonArray entries;
    QSqlQuery rows = m_db.exec(QStringLiteral("SELECT number, level, parent, title, retention, deletion, "
                                              "retired FROM kle_entries ORDER BY number"));
    while (rows.next()) {
        entries.append(QJsonObject{{QStringLiteral("number"), rows.value(0).toString()},
                                   {QStringLiteral("level"), rows.value(1).toInt()},
                                   {QStringLiteral("parent"), jsonText(rows.value(2))},
                                   {QStringLiteral("title"), rows.value(3).toString()},
                                   {QStringLiteral("retention"), jsonText(rows.value(4))},
                                   {QStringLiteral("deletion"), jsonText(rows.value(5))},
                                   {QStringLiteral("retired"), rows.value(6).toInt() != 0}});
    }
    QJsonArray facets;
    QSqlQuery facetRows =
        m_db.exec(QStringLiteral("SELECT number, title, retention FROM kle_facets ORDER BY number"));
    while (facetRows.next()) {
        facets.append(QJsonObject{{QStringLiteral("number"), facetRows.value(0).toString()},
                                  {QStringLiteral("title"), facetRows.value(1).toString()},
                                  {QStringLiteral("retention"), jsonText(facetRows.value(2))}});
    }
    return {{QStringLiteral("entries"), entries}, {QStringLiteral("facets"), facets}};
}

} // namespace akta::server
