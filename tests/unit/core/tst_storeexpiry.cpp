// Tests of akta::store::StoreExpiry with an injected clock: a store that never reached a server does not
// expire; after a contact it expires exactly `offlineDays` later (the server's setting kept in the store, 30
// by default) and counts the unsynced outbox operations that a wipe would lose; a new contact starts again.

#include "secrets/InMemorySecretStore.h"
#include "sqlite/Transaction.h"
#include "store/LocalStore.h"
#include "store/SecretStoreKeyProvider.h"
#include "store/StoreExpiry.h"
#include "sync/Outbox.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::store::LocalStore;
using akta::store::StoreExpiry;

class TestStoreExpiry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void neverSyncedNeverExpires();
    void expiresAfterTheServersDays();
    void defaultIsThirtyDays();
};

void TestStoreExpiry::neverSyncedNeverExpires()
{
    QTemporaryDir dir;
    akta::secrets::InMemorySecretStore secrets;
    const akta::store::SecretStoreKeyProvider keys(secrets);
    LocalStore store(dir.filePath(QStringLiteral("store")), keys);
    const auto status = StoreExpiry::check(store.database(), QDateTime::currentDateTimeUtc().addYears(5));
    QVERIFY(!status.expired);
    QVERIFY(!status.lastContact.isValid());
}

void TestStoreExpiry::expiresAfterTheServersDays()
{
    QTemporaryDir dir;
    akta::secrets::InMemorySecretStore secrets;
    const akta::store::SecretStoreKeyProvider keys(secrets);
    LocalStore store(dir.filePath(QStringLiteral("store")), keys);
    const QDateTime contact(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    StoreExpiry::recordContact(store.database(), contact, 12);
    {
        akta::sqlite::Transaction transaction(store.database());
        akta::sync::Outbox outbox(store.database());
        outbox.append(QStringLiteral("case"), QStringLiteral("c1"), 0,
                      {{QStringLiteral("title"), QStringLiteral("a")}});
        outbox.append(QStringLiteral("case"), QStringLiteral("c2"), 0,
                      {{QStringLiteral("title"), QStringLiteral("b")}});
        transaction.commit();
    }
    auto status = StoreExpiry::check(store.database(), contact.addDays(12).addSecs(-1));
    QVERIFY(!status.expired);
    QCOMPARE(status.offlineDays, 12);
    QCOMPARE(status.lastContact, contact);
    QCOMPARE(status.unsyncedOperations, 0); // only counted when it matters

    status = StoreExpiry::check(store.database(), contact.addDays(12));
    QVERIFY(status.expired);
    QCOMPARE(status.unsyncedOperations, 2);

    // A new contact (without a setting from the server) keeps the 12 days and starts again.
    StoreExpiry::recordContact(store.database(), contact.addDays(11), 0);
    status = StoreExpiry::check(store.database(), contact.addDays(12));
    QVERIFY(!status.expired);
    QCOMPARE(status.offlineDays, 12);
    QVERIFY(StoreExpiry::check(store.database(), contact.addDays(23)).expired);
}

void TestStoreExpiry::defaultIsThirtyDays()
{
    QTemporaryDir dir;
    akta::secrets::InMemorySecretStore secrets;
    const akta::store::SecretStoreKeyProvider keys(secrets);
    LocalStore store(dir.filePath(QStringLiteral("store")), keys);
    const QDateTime contact(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    StoreExpiry::recordContact(store.database(), contact, 0);
    QCOMPARE(StoreExpiry::check(store.database(), contact).offlineDays, StoreExpiry::kDefaultDays);
    QVERIFY(!StoreExpiry::check(store.database(), contact.addDays(29)).expired);
    QVERIFY(StoreExpiry::check(store.database(), contact.addDays(30)).expired);
}

QTEST_GUILESS_MAIN(TestStoreExpiry)
#include "tst_storeexpiry.moc"
