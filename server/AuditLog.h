#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace akta::server {

class AccessPolicy;
class ServerDatabase;

// One entry of the audit log: who did what to which case or entity.
struct AuditEvent
{
    QString userId;   // empty for an admin command
    QString action;   // read_case, read_blob, write, search, grant_add, ...
    QString caseId;   // empty when no single case is concerned (a search)
    QString entity;   // case, document, document_version, blob, grant, ...
    QString entityId; // the entity's id, or a blob's SHA-256
    QJsonObject detail;
};

// The server's audit log: append-only and hash-chained. Each entry's hash is SHA-256 over the
// previous entry's hash and the entry's own columns, so an entry that is changed, removed or
// inserted afterwards breaks the chain at that point, and verify() says where. Appends are
// serialised by the 'audit' counter row (a row lock on PostgreSQL, the write lock on SQLite).
class AuditLog final
{
public:
    explicit AuditLog(ServerDatabase& db) : m_db(db) {}

    // Appends in the caller's open write transaction (a push records its writes with them).
    void appendInTransaction(const AuditEvent& event);
    // Appends in a transaction of its own (reads, searches). Throws StorageError.
    void append(const AuditEvent& event);

    struct Verdict
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 brokenAt = 0; // the seq of the first entry that does not hold; 0 when intact
        QString reason;
        QString lastHash; // the hash of the last entry that holds: keep it elsewhere to anchor the chain
        QJsonObject toJson() const;
    };
    // Walks the whole chain in order.
    Verdict verify();

    struct Filter
    {
        QString caseId;
        QString userId;
        QString from; // ISO dates or times, inclusive; empty for open ends
        QString to;
        int limit = 500;
    };
    // Entries newest first, limited to the cases that `caseFilter` (an SQL predicate on the case row
    // `c`, with `binds`) lets through. Entries without a case are left out.
    QJsonArray list(const Filter& filter, const QString& caseFilter, const QVariantList& binds);

    // GET /audit: for leaders and the data protection officer (ApiError 403 for others), the entries
    // about cases in their area; the look is itself an entry.
    QJsonArray listFor(const AccessPolicy& policy, const Filter& filter);

    // The entry hash: exposed for the unit test.
    static QString entryHash(qint64 seq, const QString& at, const AuditEvent& event, const QString& detail,
                             const QString& previousHash);

private:
    ServerDatabase& m_db;
};

} // namespace akta::server
