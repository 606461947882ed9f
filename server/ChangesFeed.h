#pragma once

#include <QJsonObject>

namespace akta::server {

class AccessPolicy;
class ServerDatabase;

// GET /changes: the entities the user may see that changed after a cursor, and those they may have
// seen and see no longer (`revoked`). Grants whose last day has passed are ended first. Reading a
// confidential or personnel case through the feed is an audit entry.
class ChangesFeed final
{
public:
    ChangesFeed(ServerDatabase& db, AccessPolicy& policy) : m_db(db), m_policy(policy) {}

    // The ChangesPage JSON.
    QJsonObject page(qint64 since, int limit);

private:
    ServerDatabase& m_db;
    AccessPolicy& m_policy;
};

} // namespace akta::server
