#pragma once

#include <QJsonArray>
#include <QString>

namespace akta::server {

class AccessPolicy;
class ServerDatabase;

// Server-side full-text search over cases, documents and document versions (title and text),
// limited to what the user may see (SQLite: FTS5; PostgreSQL: tsvector 'danish').
class SearchIndex final
{
public:
    explicit SearchIndex(ServerDatabase& db) : m_db(db) {}

    // Inside the transaction that stores the entity.
    void update(const QString& entity, const QString& id, const QString& caseId, const QString& title,
                const QString& body);
    // SearchHit objects, best first. Throws ApiError 400 for an empty or too long query.
    QJsonArray search(const AccessPolicy& policy, const QString& query, int limit);

private:
    ServerDatabase& m_db;
};

} // namespace akta::server
