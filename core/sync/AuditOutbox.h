#pragma once

#include <QJsonObject>
#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::sync {

class ServerApi;

// One export done on this desktop, to be reported to the server's audit log
// (POST /api/v1/audit/events): a document saved elsewhere, opened in another program, or the
// audit log exported as CSV.
struct ExportEvent
{
    enum class Kind
    {
        SaveCopy,     // export_save: "Save as…"
        OpenExternal, // export_open: "Open in program…"
        AuditCsv      // export_csv: the audit log written to a CSV file
    };
    Kind kind = Kind::SaveCopy;
    QString caseId;      // empty only for AuditCsv without one case
    QString documentId;  // optional
    QString sha256;      // optional: the content exported
    QString fileName;    // optional: where it went, or the file's name
    qint64 entries = -1; // AuditCsv: the number of entries written

    static QString kindName(Kind kind);
};

// The queue of exports not yet reported. append() stores the event at once (the desktop calls it on
// a worker thread the moment the export is done), so an export made offline is reported at the next
// sync; an event leaves the queue only when the server has answered for it (recorded, or refused),
// and the server records a retried event id once, so nothing is lost and nothing counted twice.
class AuditOutbox final
{
public:
    explicit AuditOutbox(sqlite::Database& db) : m_db(db) {}

    // Queues the event with a new event id (returned), this moment and `device`. Without a caseId the
    // document's case is filled in from the store.
    QString append(const ExportEvent& event, const QString& device);
    qint64 pendingCount();

    struct Counts
    {
        qint64 recorded = 0;
        qint64 rejected = 0;
    };
    // Reports everything queued, in batches; throws SyncError when the server cannot be reached
    // (what was answered before that has left the queue, the rest stays).
    Counts send(ServerApi& api);

    static constexpr int kBatch = 500;

private:
    sqlite::Database& m_db;
};

} // namespace akta::sync
