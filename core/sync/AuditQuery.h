#pragma once

#include "sync/AuditEntry.h"
#include "sync/SyncOptions.h"

#include <QDate>
#include <QString>

namespace akta::sync {

// What to ask the audit log for. Names as people know them: a case number (or the case's id) and a
// user name, resolved through the local store before asking the server.
struct AuditFilter
{
    QString caseNumber;
    QString user;
    QDate from; // inclusive; null for an open start
    QDate to;   // inclusive (the whole day); null for an open end
    int limit = 500;
};

// Reads the server's audit log for a store's account: GET /api/v1/audit with the filter, the
// entries' documents named from the local store. Blocks its thread (akta-cli calls it directly, the
// desktop on a worker thread). Only leaders and the data protection officer get entries; for anyone
// else, and for a filter naming a case or user the store does not know, it throws SyncError with a
// message for the user.
class AuditQuery final
{
public:
    explicit AuditQuery(QString storeDirectory) : m_storeDirectory(std::move(storeDirectory)) {}

    // `account`: the server and a token, or a user name and password (SyncOptions' fields).
    AuditEntries fetch(const SyncOptions& account, const AuditFilter& filter);

    // The server and user name the store last synced with (empty when it never did).
    static std::pair<QUrl, QString> storeAccount(const QString& storeDirectory);

private:
    QString m_storeDirectory;
};

} // namespace akta::sync
