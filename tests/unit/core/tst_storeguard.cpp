// Tests of akta::store::StoreGuard and StoreWipe on real encrypted stores with an injected clock: a store
// whose offline data has expired is wiped (database, WAL, blobs, store id, key) and the unsynced changes lost
// are counted; a store within its days and a store that never synced are left alone; a pending wipe (revoked
// device) is finished; a store whose key is missing is not touched.

#include "secrets/InMemorySecretStore.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"
#include "store/SecretStoreKeyProvider.h"
#include "store/StoreExpiry.h"
#include "store/StoreGuard.h"
#include "store/StoreId.h"
#include "store/StoreWipe.h"
#include "sync/Outbox.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::secrets::InMemorySecretStore;
using akta::store::LocalStore;
using akta::store::SecretStoreKeyProvider;
using akta::store::StoreGuard;

namespace {

const QDateTime kContact(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);

// A store with a blob, one synced contact at kContact (10 days allowed) and `unsynced` outbox operations.
void makeStore(const QString& folder, const SecretStoreKeyProvider& keys, int unsynced)
{
    LocalStore store(folder, keys);
    QByteArray content("fortroligt indhold");
    QBuffer buffer(&content);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    store.blobStore().put(buffer);
    akta::store::StoreExpiry::recordContact(store.database(), kContact, 10);
    akta::sqlite::Transaction transaction(store.database());
    for (int i = 0; i < unsynced; ++i) {
        akta::sync::Outbox(store.database())
            .append(QStringLiteral("case"), QString::number(i), 0,
                    {{QStringLiteral("title"), QStringLiteral("x")}});
    }
    transaction.commit();
}

QStringList filesIn(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    return files;
}

} // namespace

class TestStoreGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void expiredStoreIsWiped();
    void storeWithinItsDaysIsKept();
    void pendingWipeIsFinished();
    void missingKeyTouchesNothing();
};

void TestStoreGuard::expiredStoreIsWiped()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    InMemorySecretStore secrets;
    const SecretStoreKeyProvider keys(secrets);
    makeStore(folder, keys, 3);
    const QString secret = SecretStoreKeyProvider::secretName(akta::store::StoreId::read(folder));
    QVERIFY(secrets.contains(secret));
    QVERIFY(!filesIn(LocalStore::blobDirectoryFor(folder)).isEmpty());

    const auto verdict = StoreGuard::enforce(folder, keys, kContact.addDays(10));
    QCOMPARE(verdict.action, StoreGuard::Action::WipedExpired);
    QCOMPARE(verdict.lostOperations, 3);
    QCOMPARE(verdict.offlineDays, 10);
    QVERIFY(verdict.failures.isEmpty());
    QVERIFY2(filesIn(folder).isEmpty(), qPrintable(filesIn(folder).join(QLatin1Char(' '))));
    QVERIFY(!secrets.contains(secret));
    const QString text = StoreGuard::describe(verdict);
    QVERIFY2(text.contains(QStringLiteral("3 unsynced change(s) were lost")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("10 days")), qPrintable(text));

    // Akta starts afresh there: a new, empty store with a new key.
    LocalStore fresh(folder, keys);
    QCOMPARE(akta::sync::Outbox(fresh.database()).pendingCount(), 0);
}

void TestStoreGuard::storeWithinItsDaysIsKept()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    InMemorySecretStore secrets;
    const SecretStoreKeyProvider keys(secrets);
    makeStore(folder, keys, 1);
    const auto verdict = StoreGuard::enforce(folder, keys, kContact.addDays(10).addSecs(-60));
    QCOMPARE(verdict.action, StoreGuard::Action::None);
    QVERIFY(StoreGuard::describe(verdict).isEmpty());
    LocalStore store(folder, keys);
    QCOMPARE(akta::sync::Outbox(store.database()).pendingCount(), 1);

    // A folder without a store yet: nothing to do.
    QCOMPARE(StoreGuard::enforce(dir.filePath(QStringLiteral("none")), keys, kContact.addYears(3)).action,
             StoreGuard::Action::None);
}

void TestStoreGuard::pendingWipeIsFinished()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    InMemorySecretStore secrets;
    const SecretStoreKeyProvider keys(secrets);
    makeStore(folder, keys, 2);
    akta::store::StoreWipe::markPending(folder);
    QVERIFY(akta::store::StoreWipe::isPending(folder));
    const auto verdict = StoreGuard::enforce(folder, keys, kContact);
    QCOMPARE(verdict.action, StoreGuard::Action::WipedRevoked);
    QCOMPARE(verdict.lostOperations, 2);
    QVERIFY(filesIn(folder).isEmpty());
    QVERIFY(!akta::store::StoreWipe::isPending(folder));
    QVERIFY(StoreGuard::describe(verdict).contains(QStringLiteral("revoked")));
}

void TestStoreGuard::missingKeyTouchesNothing()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    {
        InMemorySecretStore secrets;
        const SecretStoreKeyProvider keys(secrets);
        makeStore(folder, keys, 1);
    }
    const QStringList before = filesIn(folder);
    InMemorySecretStore empty;
    const SecretStoreKeyProvider keys(empty);
    QVERIFY_THROWS_EXCEPTION(akta::store::StoreKeyError,
                             StoreGuard::enforce(folder, keys, kContact.addYears(1)));
    QCOMPARE(filesIn(folder), before);
}

QTEST_GUILESS_MAIN(TestStoreGuard)
#include "tst_storeguard.moc"
