#pragma once

#include "sync/BlobDownloader.h"
#include "sync/ServerIdentity.h"
#include "sync/SyncOptions.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace akta::sqlite {
class Database;
}
namespace akta::store {
class LocalStore;
}

namespace akta::store {
class LocalStore;
}

namespace akta::sync {

class ServerApi;

// One full sync of a local store against akta-server: log in (or reuse the token), refresh units
// and users, push the outbox (blobs first), then pull changes by cursor until there are no more.
// run() blocks the thread it is called on: the desktop calls it on a worker thread (SyncWorker),
// the command line directly. Every step that changes the store runs in a transaction after the
// server's answer, so a sync killed at any instant leaves a store that the next sync completes.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    // `storeDirectory` is the LocalStore folder; the engine opens its own connection to it.
    explicit SyncEngine(QString storeDirectory, QObject* parent = nullptr);

    // Throws SyncError (network, login, protocol, cancelled) or a store error. A revoked device
    // (SyncError::Kind::DeviceRevoked) leaves the store marked for wiping (store::StoreWipe).
    SyncSummary run(const SyncOptions& options);
    // Logs in as run() does and downloads the content of `items` that this store does not have (a
    // document opened on demand). Throws SyncError or blobs::BlobError; nothing partial becomes visible.
    BlobDownloader::Outcome fetchContent(const SyncOptions& options,
                                         const QList<BlobDownloader::Item>& items);
    // Safe from any thread: the running sync stops at its next request.
    void cancel() { m_cancelled = true; }

    static qint64 cursor(sqlite::Database& db);
    // The store's device id (made at the first sync), sent at login.
    static QString deviceId(store::LocalStore& store);

signals:
    // phase: "login", "push", "pull", "download" (bytes); done and total in operations or changes (total 0:
    // unknown).
    void progress(const QString& phase, qint64 done, qint64 total);

private:
    SyncSummary runOnce(const SyncOptions& options);
    ServerIdentity signIn(ServerApi& api, sqlite::Database& db, const SyncOptions& options,
                          SyncSummary& summary);
    void pull(ServerApi& api, sqlite::Database& db, const SyncOptions& options, SyncSummary& summary);
    // Downloads the content of every document version of the cases taken offline.
    void fetchOffline(ServerApi& api, store::LocalStore& store, const SyncOptions& options,
                      SyncSummary& summary);

    QString m_storeDirectory;
    std::atomic<bool> m_cancelled{false};
};

} // namespace akta::sync
