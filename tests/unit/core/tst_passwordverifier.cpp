// Tests of akta::store::PasswordVerifier in a real encrypted store: the right password verifies, a wrong one
// and a store without a verifier do not, the password itself is not stored, a new login replaces the
// verifier.

#include "secrets/InMemorySecretStore.h"
#include "store/LocalStore.h"
#include "store/PasswordVerifier.h"
#include "store/SecretStoreKeyProvider.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::store::LocalStore;
using akta::store::PasswordVerifier;

class TestPasswordVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void verifiesOnlyTheRightPassword();
};

void TestPasswordVerifier::verifiesOnlyTheRightPassword()
{
    QTemporaryDir dir;
    akta::secrets::InMemorySecretStore secrets;
    const akta::store::SecretStoreKeyProvider keys(secrets);
    LocalStore store(dir.filePath(QStringLiteral("store")), keys);
    QVERIFY(!PasswordVerifier::isKnown(store.database()));
    QVERIFY(!PasswordVerifier::verify(store.database(), QString()));
    PasswordVerifier::remember(store.database(), QStringLiteral("Rødgrød med fløde 7"));
    QVERIFY(PasswordVerifier::isKnown(store.database()));
    QVERIFY(PasswordVerifier::verify(store.database(), QStringLiteral("Rødgrød med fløde 7")));
    QVERIFY(!PasswordVerifier::verify(store.database(), QStringLiteral("rødgrød med fløde 7")));
    QVERIFY(!PasswordVerifier::verify(store.database(), QString()));
    const QString kept = store.meta(QStringLiteral("lock_verifier"));
    QVERIFY(kept.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!kept.contains(QStringLiteral("fløde")));
    PasswordVerifier::remember(store.database(), QStringLiteral("nyt kodeord"));
    QVERIFY(!PasswordVerifier::verify(store.database(), QStringLiteral("Rødgrød med fløde 7")));
    QVERIFY(PasswordVerifier::verify(store.database(), QStringLiteral("nyt kodeord")));
}

QTEST_GUILESS_MAIN(TestPasswordVerifier)
#include "tst_passwordverifier.moc"
