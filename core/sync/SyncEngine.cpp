#include "sync/SyncEngine.h"

#include "offline/OfflineInventory.h"
#include "offline/OfflineSet.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"
#include "store/PasswordVerifier.h"
#include "store/StoreExpiry.h"
#include "store/StoreWipe.h"
#include "sync/AuditOutbox.h"
#include "sync/ChangeApplier.h"
#include "sync/ConflictStore.h"
#include "sync/DirectoryRefresh.h"
#include "sync/OutboxPusher.h"
#include "sync/ServerApi.h"
#include "sync/SyncError.h"
#include "sync/SyncLog.h"
#include "util/Ids.h"

#include <QJsonArray>
#include <QSysInfo>

namespace akta::sync {

namespace {

void setState(sqlite::Database& db, const QString& key, const QString& value)
{
    db.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?1, ?2) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
        .bind(1, key)
        .bind(2, value)
        .exec();
}

// A first sync of a big server inserts millions of rows keyed by random UUIDs, and every index
// insert lands on a random page: a page cache that holds those indexes saves reading (and, in an
// encrypted store, decrypting) them again and again. The store's own size comes back afterwards.
class PullCache final
{
public:
    explicit PullCache(sqlite::Database& db) : m_db(db)
    {
        auto query = m_db.prepare(QStringLiteral("PRAGMA cache_size"));
        m_previous = query.step() ? query.columnInt64(0) : -2000;
        m_db.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
    ~PullCache()
    {
        try {
            m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        } catch (...) {
            qCWarning(lcSync) << "cannot restore the page cache size";
        }
    }
    PullCache(const PullCache&) = delete;
    PullCache& operator=(const PullCache&) = delete;

private:
    sqlite::Database& m_db;
    qint64 m_previous = 0;
};

} // namespace

SyncEngine::SyncEngine(QString storeDirectory, QObject* parent)
    : QObject(parent), m_storeDirectory(std::move(storeDirectory))
{}

QString SyncEngine::deviceId(store::LocalStore& store)
{
    // One device id per store, made at its first sync: the server lists and revokes devices by it.
    QString id = store.meta(QStringLiteral("device_id"));
    if (id.isEmpty()) {
        id = util::newId();
        store.setMeta(QStringLiteral("device_id"), id);
    }
    return id;
}

qint64 SyncEngine::cursor(sqlite::Database& db)
{
    auto query = db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"));
    return query.step() ? query.columnText(0).toLongLong() : 0;
}

ServerIdentity SyncEngine::signIn(ServerApi& api, sqlite::Database& db, const SyncOptions& options,
                                  SyncSummary& summary)
{
    emit progress(QStringLiteral("login"), 0, 0);
    const QString device = options.device.isEmpty() ? QSysInfo::machineHostName() : options.device;
    QJsonObject me;
    if (!options.token.isEmpty()) {
        api.setToken(options.token);
        try {
            me = api.me();
        } catch (const SyncError& error) {
            if (error.kind() != SyncError::Kind::Auth || options.password.isEmpty()) {
                throw;
            }
            qCInfo(lcSync) << "the session token no longer works; logging in again";
        }
    }
    if (me.isEmpty()) {
        if (options.username.isEmpty() || options.password.isEmpty()) {
            throw SyncError(SyncError::Kind::Auth, "no session and no user name and password to log in with");
        }
        api.login(options.username, options.password, device);
        me = api.me();
        if (options.keepPasswordVerifier) {
            // The idle lock checks the password offline against this (Argon2id, in the encrypted store).
            store::PasswordVerifier::remember(db, options.password);
        }
    }
    summary.token = api.token();
    {
        // A successful contact: offline data expires counting from now, after the server's number of days.
        sqlite::Transaction transaction(db);
        store::StoreExpiry::recordContact(db, QDateTime::currentDateTimeUtc(),
                                          me.value(QStringLiteral("offlineDays")).toInt());
        transaction.commit();
    }
    return DirectoryRefresh(db).apply(me, api.units(), api.users());
}

void SyncEngine::pull(ServerApi& api, sqlite::Database& db, const SyncOptions& options, SyncSummary& summary)
{
    const PullCache cache(db);
    ChangeApplier applier(db);
    qint64 since = cursor(db);
    for (bool more = true; more;) {
        const QJsonObject page = api.changes(since, options.pageSize);
        const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
        const QJsonArray revoked = page.value(QStringLiteral("revoked")).toArray();
        const qint64 next = page.value(QStringLiteral("cursor")).toInteger(-1);
        if (next < 0) {
            throw SyncError(SyncError::Kind::Protocol, "changes: the answer has no cursor");
        }
        sqlite::Transaction transaction(db);
        for (const QJsonValue& value : changes) {
            const QJsonObject change = value.toObject();
            if (applier.apply(change.value(QStringLiteral("entity")).toString(),
                              change.value(QStringLiteral("id")).toString(),
                              change.value(QStringLiteral("rev")).toInteger(),
                              change.value(QStringLiteral("fields")).toObject()) ==
                ChangeApplier::Outcome::Applied) {
                ++summary.pulled;
            }
        }
        for (const QJsonValue& value : revoked) {
            const QJsonObject entity = value.toObject();
            applier.revoke(entity.value(QStringLiteral("entity")).toString(),
                           entity.value(QStringLiteral("id")).toString());
        }
        summary.pulled += applier.applyParked();
        more = page.value(QStringLiteral("more")).toBool() && next > since;
        if (!more) {
            summary.pulled += applier.releaseParkedCases();
        }
        setState(db, QStringLiteral("cursor"), QString::number(next));
        transaction.commit();
        since = next;
        emit progress(QStringLiteral("pull"), summary.pulled, 0);
    }
    summary.cursor = since;
}

void SyncEngine::fetchOffline(ServerApi& api, store::LocalStore& store, const SyncOptions& options,
                              SyncSummary& summary)
{
    offline::OfflineSet set(store.database(), store.databasePath());
    offline::OfflineInventory inventory(store.database(), store.blobStore());
    const offline::OfflineStatus before = inventory.status(set.caseIds());
    if (before.missingItems.isEmpty()) {
        return;
    }
    BlobDownloader downloader(api, store.blobStore(), options.retry);
    downloader.setProgress(
        [this](qint64 done, qint64 total) { emit progress(QStringLiteral("download"), done, total); });
    const BlobDownloader::Outcome outcome = downloader.fetchAll(before.missingItems);
    summary.fetched = outcome.fetched;
    summary.fetchFailures = outcome.failures;
    summary.offlineMissing = inventory.status(set.caseIds()).missing;
}

BlobDownloader::Outcome SyncEngine::fetchContent(const SyncOptions& options,
                                                 const QList<BlobDownloader::Item>& items)
{
    m_cancelled = false;
    store::LocalStore store(m_storeDirectory);
    ServerApi api(options.server, options.retry, options.idleTimeoutMs);
    api.setCancelFlag(&m_cancelled);
    SyncSummary summary;
    signIn(api, store.database(), options, summary);
    BlobDownloader downloader(api, store.blobStore(), options.retry);
    downloader.setProgress(
        [this](qint64 done, qint64 total) { emit progress(QStringLiteral("download"), done, total); });
    if (items.size() == 1) {
        return downloader.fetch(items.constFirst());
    }
    return downloader.fetchAll(items);
}

SyncSummary SyncEngine::run(const SyncOptions& options)
{
    try {
        return runOnce(options);
    } catch (const SyncError& error) {
        if (error.kind() == SyncError::Kind::DeviceRevoked) {
            // Recorded before anyone hears of it: the store is wiped when it is closed, or at the next start.
            store::StoreWipe::markPending(m_storeDirectory);
        }
        throw;
    }
}

SyncSummary SyncEngine::runOnce(const SyncOptions& options)
{
    m_cancelled = false;
    store::LocalStore store(m_storeDirectory);
    sqlite::Database& db = store.database();
    ServerApi api(options.server, options.retry, options.idleTimeoutMs);
    api.setCancelFlag(&m_cancelled);
    api.setDeviceId(deviceId(store));

    SyncSummary summary;
    const ServerIdentity identity = signIn(api, db, options, summary);
    {
        // A cursor belongs to one server and user: another account starts from the beginning.
        const QString account = options.server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) +
                                QLatin1Char('|') + identity.userId;
        const QString known = [&db] {
            auto query = db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'account'"));
            return query.step() ? query.columnText(0) : QString();
        }();
        if (known != account) {
            sqlite::Transaction transaction(db);
            setState(db, QStringLiteral("account"), account);
            setState(db, QStringLiteral("cursor"), QStringLiteral("0"));
            transaction.commit();
        }
    }

    OutboxPusher pusher(db, api, store.blobStore(), identity);
    pusher.setBatchSize(options.pushBatchSize);
    pusher.setProgress(
        [this](qint64 done, qint64 total) { emit progress(QStringLiteral("push"), done, total); });
    const OutboxPusher::Counts counts = pusher.pushAll();
    summary.pushed = counts.pushed;
    summary.rejected = counts.rejected;
    // Exports made since the last sync (perhaps offline) go to the server's audit log.
    summary.reported = AuditOutbox(db).send(api).recorded;

    pull(api, db, options, summary);
    fetchOffline(api, store, options, summary);
    {
        sqlite::Transaction transaction(db);
        setState(db, QStringLiteral("last_sync"), util::nowIso());
        transaction.commit();
    }
    summary.conflicts = ConflictStore(db).count();
    qCInfo(lcSync) << "sync done: pushed" << summary.pushed << "pulled" << summary.pulled << "conflicts"
                   << summary.conflicts << "cursor" << summary.cursor;
    return summary;
}

} // namespace akta::sync
