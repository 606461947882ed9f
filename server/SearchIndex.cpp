#include "SearchIndex.h"

#include "AccessPolicy.h"
#include "ApiError.h"
#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace akta::server {

void SearchIndex::update(const QString& entity, const QString& id, const QString& caseId,
                         const QString& title, const QString& body)
{
    m_db.exec(
        QStringLiteral("INSERT INTO search_docs(entity, id, case_id, title, body) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (entity, id) DO UPDATE SET case_id = excluded.case_id, "
                       "title = excluded.title, body = excluded.body"),
        {entity, id, caseId, title, body});
}

QJsonArray SearchIndex::search(const AccessPolicy& policy, const QString& query, int limit)
{
    const QString trimmed = query.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 500) {
        throw ApiError::badRequest(QStringLiteral("q must have 1 to 500 characters"));
    }
    const QString text = m_db.dialect().searchText(trimmed);
    QJsonArray hits;
    if (text.isEmpty()) {
        return hits;
    }
    QVariantList binds{text};
    const QString filter = policy.caseFilter(QStringLiteral("c"), binds);
    binds << limit;
    QSqlQuery rows = m_db.exec(m_db.dialect().searchQuery(filter), binds);
    while (rows.next()) {
        const QString caseId = rows.value(2).toString();
        QSqlQuery caseRow = m_db.exec(
            QStringLiteral("SELECT fields FROM entities WHERE entity = 'case' AND id = ?"), {caseId});
        QJsonObject caseFields;
        if (caseRow.next()) {
            caseFields = QJsonDocument::fromJson(caseRow.value(0).toString().toUtf8()).object();
        }
        hits.append(QJsonObject{
            {QStringLiteral("entity"), rows.value(0).toString()},
            {QStringLiteral("id"), rows.value(1).toString()},
            {QStringLiteral("caseId"), caseId},
            {QStringLiteral("caseNumber"), caseFields.value(QStringLiteral("caseNumber")).toString()},
            {QStringLiteral("title"), rows.value(3).toString()},
            {QStringLiteral("snippet"), rows.value(4).toString()}});
    }
    return hits;
}

} // namespace akta::server
