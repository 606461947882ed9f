// The desktop's side of a lost laptop against a real akta-server on loopback: the sync controller logs in
// with the store's device id and keeps an offline password verifier; the idle lock's password check asks the
// server (right, wrong); after `akta-server device revoke` the next sync reports deviceRevoked, the store is
// marked for wiping, an unlock attempt is told the device is revoked, and the wipe leaves nothing behind.

#include "ServerProcess.h"
#include "SyncController.h"
#include "secrets/InMemorySecretStore.h"
#include "sqlite/Database.h"
#include "store/LocalStore.h"
#include "store/PasswordVerifier.h"
#include "store/StoreGuard.h"
#include "store/StoreKeyProvider.h"
#include "store/StoreWipe.h"
#include "sync/PasswordCheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::sync::PasswordCheck;
using akta::widgets::SyncController;

class TestSyncRevocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void revokedDesktopIsWiped();

private:
    QTemporaryDir m_keys;
};

void TestSyncRevocation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A key file of its own: the wipe removes it (never the build tree's shared test key).
    QVERIFY(m_keys.isValid());
    qputenv("AKTA_KEY_FILE", m_keys.filePath(QStringLiteral("store.key")).toUtf8());
}

void TestSyncRevocation::revokedDesktopIsWiped()
{
    ServerProcess server(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(server.prepare(&error), qPrintable(error));
    QVERIFY2(
        server.addUser(QStringLiteral("anna"), QStringLiteral("PPR"), QStringLiteral("caseworker"), &error),
        qPrintable(error));
    QVERIFY2(server.start({}, &error), qPrintable(error));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    {
        akta::store::LocalStore store(folder);
    }
    akta::secrets::InMemorySecretStore secrets;
    SyncController controller(folder, &secrets);
    controller.connectAccount(url, QStringLiteral("anna"), ServerProcess::kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::Online, 60000);
    {
        akta::store::LocalStore store(folder);
        QVERIFY(akta::store::PasswordVerifier::verify(store.database(), ServerProcess::kPassword));
        QVERIFY(!store.meta(QStringLiteral("device_id")).isEmpty());
        QVERIFY(!store.meta(QStringLiteral("last_contact")).isEmpty());
    }

    // Unlocking asks the server while it answers.
    auto checked = PasswordCheck::check(folder, url, QStringLiteral("anna"), ServerProcess::kPassword);
    QCOMPARE(checked.outcome, PasswordCheck::Outcome::Accepted);
    QVERIFY(checked.online);
    checked = PasswordCheck::check(folder, url, QStringLiteral("anna"), QStringLiteral("forkert"));
    QCOMPARE(checked.outcome, PasswordCheck::Outcome::Wrong);
    QVERIFY(checked.online);
    // The server away: the offline verifier decides.
    checked = PasswordCheck::check(folder, QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("anna"),
                                   ServerProcess::kPassword, 2000);
    QCOMPARE(checked.outcome, PasswordCheck::Outcome::Accepted);
    QVERIFY(!checked.online);

    const auto listed =
        server.admin({QStringLiteral("device"), QStringLiteral("list")}, {QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray devices =
        QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("devices")).toArray();
    QCOMPARE(devices.size(), 1);
    const auto revoked = server.admin(
        {QStringLiteral("device"), QStringLiteral("revoke")},
        {QStringLiteral("--device"), devices.at(0).toObject().value(QStringLiteral("id")).toString()});
    QVERIFY2(revoked.exitCode == 0, revoked.err.constData());

    QSignalSpy revokedSpy(&controller, &SyncController::deviceRevoked);
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(revokedSpy.size(), 1, 60000);
    QVERIFY(akta::store::StoreWipe::isPending(folder));
    QVERIFY(!secrets.contains(SyncController::secretKey(url, QStringLiteral("anna"))));
    checked = PasswordCheck::check(folder, url, QStringLiteral("anna"), ServerProcess::kPassword);
    QCOMPARE(checked.outcome, PasswordCheck::Outcome::Revoked);

    const auto verdict = akta::store::StoreGuard::enforce(folder, akta::store::StoreKeyProvider::forProcess(),
                                                          QDateTime::currentDateTimeUtc());
    QCOMPARE(verdict.action, akta::store::StoreGuard::Action::WipedRevoked);
    QVERIFY(verdict.failures.isEmpty());
    QVERIFY(!QFile::exists(m_keys.filePath(QStringLiteral("store.key"))));
    QDirIterator left(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY2(!left.hasNext(), qPrintable(left.hasNext() ? left.next() : QString()));
    server.stop();
}

QTEST_MAIN(TestSyncRevocation)
#include "tst_syncrevocation.moc"
