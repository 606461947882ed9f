#pragma once

#include <QJsonObject>

namespace akta::server {

class AccessPolicy;
class ServerDatabase;

// POST /audit/events: what a desktop or akta-cli did with content it already holds, reported for
// the audit log (a document saved elsewhere, opened in another program, the audit log exported as
// CSV). The body is read strictly: only the kinds a client may report, ids as UUIDs, nothing else;
// a bad body is refused whole (400) and nothing is written. Each event names a case the user may
// read; an event about any other case is not recorded as reported but as a refused report, so an
// attempt to write into another case's trail is itself in the log. An event id already recorded is
// answered as before, so a retried report is harmless. All events of one request are written in one
// transaction.
class AuditEventIntake final
{
public:
    AuditEventIntake(ServerDatabase& db, AccessPolicy& policy) : m_db(db), m_policy(policy) {}

    // {"events": [...]} -> {"results": [{"eventId", "status": "recorded"|"rejected", "reason"?}]}.
    QJsonObject record(const QJsonObject& body);

    static constexpr int kMaxEvents = 500;

private:
    ServerDatabase& m_db;
    AccessPolicy& m_policy;
};

} // namespace akta::server
