#include "offline/OfflineInventory.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "util/Ids.h"

#include <QSet>

namespace akta::offline {

namespace {

QString state(sqlite::Database& db, const QString& key)
{
    auto query = db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?1"));
    query.bind(1, key);
    return query.step() ? query.columnText(0) : QString();
}

} // namespace

OfflineInventory::OfflineInventory(sqlite::Database& db, blobs::BlobStore blobs)
    : m_db(db), m_blobs(std::move(blobs))
{}

QString OfflineInventory::lastSync(sqlite::Database& db)
{
    return state(db, QStringLiteral("last_sync"));
}

void OfflineInventory::markChecked()
{
    m_db.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('offline_checked', ?1) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
        .bind(1, util::nowIso())
        .exec();
}

OfflineStatus OfflineInventory::status(const QStringList& caseIds)
{
    OfflineStatus status;
    status.lastSync = lastSync(m_db);
    status.lastCheck = state(m_db, QStringLiteral("offline_checked"));
    auto caseQuery = m_db.prepare(QStringLiteral("SELECT case_number, title FROM cases WHERE id = ?1"));
    auto versions = m_db.prepare(
        QStringLiteral("SELECT d.id, d.number, d.title, v.version, v.sha256, v.size, v.file_name "
                       "FROM documents d JOIN document_versions v ON v.document_id = d.id "
                       "WHERE d.case_id = ?1 ORDER BY d.number, v.version"));
    QSet<QString> counted; // a blob shared by two versions is fetched and counted once
    for (const QString& caseId : caseIds) {
        caseQuery.reset();
        caseQuery.bind(1, caseId);
        if (!caseQuery.step()) {
            continue;
        }
        OfflineCaseStatus one;
        one.caseId = caseId;
        one.caseNumber = caseQuery.columnText(0);
        one.title = caseQuery.columnText(1);
        versions.reset();
        versions.bind(1, caseId);
        QSet<QString> documents;
        while (versions.step()) {
            documents.insert(versions.columnText(0));
            ++one.versions;
            const QString sha = versions.columnText(4);
            const qint64 size = versions.columnInt64(5);
            one.bytes += size;
            if (!m_blobs.contains(sha)) {
                ++one.missing;
                one.missingBytes += size;
                if (!counted.contains(sha)) {
                    counted.insert(sha);
                    status.missingItems.append({sha, size,
                                                QStringLiteral("%1 akt %2 v%3 %4")
                                                    .arg(one.caseNumber, versions.columnText(1),
                                                         versions.columnText(3), versions.columnText(6))});
                }
            }
        }
        one.documents = int(documents.size());
        status.documents += one.documents;
        status.versions += one.versions;
        status.missing += one.missing;
        status.bytes += one.bytes;
        status.missingBytes += one.missingBytes;
        status.cases.append(one);
    }
    return status;
}

} // namespace akta::offline
