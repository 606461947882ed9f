#include "kle/KleRepository.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"

namespace akta::kle {

namespace {

KleEntry readEntry(const sqlite::Statement& row)
{
    KleEntry entry;
    entry.number = row.columnText(0);
    entry.level = row.columnInt(1);
    entry.parent = row.columnText(2);
    entry.title = row.columnText(3);
    entry.retention = row.columnText(4);
    entry.deletion = row.columnText(5);
    entry.retiredAt = row.columnText(6);
    return entry;
}

const char* const kColumns = "number, level, parent, title, retention, deletion, retired_at";

} // namespace

bool KleRepository::isEmpty()
{
    auto query = m_db.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM kle_entries)"));
    query.step();
    return query.columnInt(0) != 0;
}

void KleRepository::replaceAll(const QList<KleEntry>& entries)
{
    m_db.exec(QStringLiteral("DELETE FROM kle_entries"));
    auto insert =
        m_db.prepare(QStringLiteral("INSERT INTO kle_entries(%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                         .arg(QLatin1String(kColumns)));
    // Parents before children, so that the foreign key holds at every insert.
    for (int level = 1; level <= 3; ++level) {
        for (const KleEntry& entry : entries) {
            if (entry.level != level) {
                continue;
            }
            insert.bind(1, entry.number).bind(2, entry.level);
            entry.parent.isEmpty() ? insert.bindNull(3) : insert.bind(3, entry.parent);
            insert.bind(4, entry.title);
            entry.retention.isEmpty() ? insert.bindNull(5) : insert.bind(5, entry.retention);
            entry.deletion.isEmpty() ? insert.bindNull(6) : insert.bind(6, entry.deletion);
            entry.retiredAt.isEmpty() ? insert.bindNull(7) : insert.bind(7, entry.retiredAt);
            insert.exec();
        }
    }
}

std::optional<KleEntry> KleRepository::find(const QString& number)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM kle_entries WHERE number = ?1").arg(QLatin1String(kColumns)));
    query.bind(1, number);
    if (!query.step()) {
        return std::nullopt;
    }
    return readEntry(query);
}

QList<KleEntry> KleRepository::subjects(bool includeRetired)
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM kle_entries WHERE level = 3 %2 ORDER BY number")
                         .arg(QLatin1String(kColumns),
                              includeRetired ? QString() : QStringLiteral("AND retired_at IS NULL")));
    QList<KleEntry> result;
    while (query.step()) {
        result.append(readEntry(query));
    }
    return result;
}

QList<KleEntry> KleRepository::allEntries()
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM kle_entries ORDER BY number").arg(QLatin1String(kColumns)));
    QList<KleEntry> result;
    while (query.step()) {
        result.append(readEntry(query));
    }
    return result;
}

std::optional<KleEntryDetails> KleRepository::details(const QString& number)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1, guidance, created_on, changed_on, uuid FROM kle_entries WHERE number = ?1")
            .arg(QLatin1String(kColumns)));
    query.bind(1, number);
    if (!query.step()) {
        return std::nullopt;
    }
    KleEntryDetails details;
    details.entry = readEntry(query);
    details.guidance = query.columnText(7);
    details.createdOn = query.columnText(8);
    details.changedOn = query.columnText(9);
    details.uuid = query.columnText(10);
    auto legal =
        m_db.prepare(QStringLiteral("SELECT title, paragraph, accession, url FROM kle_legal_references "
                                    "WHERE number = ?1 ORDER BY position"));
    legal.bind(1, number);
    while (legal.step()) {
        details.legalReferences.append(KleLegalReference{legal.columnText(0), legal.columnText(1),
                                                         legal.columnText(2), legal.columnText(3)});
    }
    auto stikord = m_db.prepare(QStringLiteral(
        "SELECT text, facet, retired, is_title FROM kle_stikord WHERE number = ?1 ORDER BY position"));
    stikord.bind(1, number);
    while (stikord.step()) {
        details.stikord.append(KleStikord{stikord.columnText(0), stikord.columnText(1),
                                          stikord.columnInt(2) != 0, stikord.columnInt(3) != 0});
    }
    return details;
}

namespace {

const char* const kFacetColumns =
    "number, category, category_title, title, retention, guidance, created_on, changed_on, retired_at";

KleFacet readFacet(const sqlite::Statement& row)
{
    return KleFacet{row.columnText(0), row.columnText(1), row.columnText(2),
                    row.columnText(3), row.columnText(4), row.columnText(5),
                    row.columnText(6), row.columnText(7), row.columnText(8)};
}

} // namespace

QList<KleFacet> KleRepository::facets(bool includeRetired)
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM kle_facets %2 ORDER BY number")
                         .arg(QLatin1String(kFacetColumns),
                              includeRetired ? QString() : QStringLiteral("WHERE retired_at IS NULL")));
    QList<KleFacet> result;
    while (query.step()) {
        result.append(readFacet(query));
    }
    return result;
}

std::optional<KleFacet> KleRepository::facet(const QString& number)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM kle_facets WHERE number = ?1").arg(QLatin1String(kFacetColumns)));
    query.bind(1, number);
    return query.step() ? std::optional<KleFacet>(readFacet(query)) : std::nullopt;
}

QList<QPair<QString, KleStikord>> KleRepository::allStikord()
{
    auto query =
        m_db.prepare(QStringLiteral("SELECT s.number, s.text, s.facet, s.is_title FROM kle_stikord s "
                                    "JOIN kle_entries e ON e.number = s.number "
                                    "WHERE s.retired = 0 AND e.retired_at IS NULL ORDER BY s.number"));
    QList<QPair<QString, KleStikord>> result;
    while (query.step()) {
        result.append({query.columnText(0),
                       KleStikord{query.columnText(1), query.columnText(2), false, query.columnInt(3) != 0}});
    }
    return result;
}

QList<KleRepository::Keyword> KleRepository::keywords()
{
    auto query = m_db.prepare(QStringLiteral("SELECT number, term, max(weight) FROM kle_keywords "
                                             "GROUP BY number, term ORDER BY number"));
    QList<Keyword> result;
    while (query.step()) {
        result.append(Keyword{query.columnText(0), query.columnText(1), query.columnInt(2)});
    }
    return result;
}

} // namespace akta::kle
