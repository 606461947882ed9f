#pragma once

#include <QString>

namespace akta::server {

class ServerDatabase;

// Who may see a case changed (its unit, class, caseworker or employee, or a grant): the case, its
// documents and versions and its parties are sent again through the changes feed, so those who may
// see it now receive them all, and revocation rows tell those who saw it that it may be gone. Runs in
// the caller's write transaction.
class CaseReach final
{
public:
    explicit CaseReach(ServerDatabase& db) : m_db(db) {}

    // The next global seq (the counter row's lock serialises writers on PostgreSQL).
    static qint64 nextSeq(ServerDatabase& db);

    void reannounce(const QString& caseId, const QString& previousUnitId, bool revoke);

private:
    ServerDatabase& m_db;
};

} // namespace akta::server
