#pragma once

#include <QJsonObject>
#include <QString>

namespace akta::server {

class ServerDatabase;

// Grants on single cases: read (kigge-adgang) or write, to a user or a unit, with an optional last
// day. Adding one re-sends the case to the new readers; one that has ended is swept by endExpired(),
// which revokes the case from those who no longer see it. Every change is an audit entry.
class GrantStore final
{
public:
    explicit GrantStore(ServerDatabase& db) : m_db(db) {}

    struct Request
    {
        QString caseNumber;
        QString to;     // a username, or a unit's path or name
        QString access; // read or write
        QString until;  // YYYY-MM-DD (the last day) or empty
        QString grantedBy;
    };
    // Throws std::invalid_argument for a bad request (unknown case, user or unit, past date); nothing is
    // stored then. The grant as JSON.
    QJsonObject add(const Request& request);
    // Ends the grants whose last day has passed. The number ended.
    int endExpired();

private:
    ServerDatabase& m_db;
};

} // namespace akta::server
