// A lost laptop against a real akta-server: two desktop stores of the same user (akta-cli processes, each
// with its own key file) sync and appear in `akta-server device list` with the server's offline-data limit
// delivered; the administrator revokes one (`akta-server device revoke`); its next sync gets device_revoked
// and wipes the store (database, WAL, blobs, key file) with a clear message, while the other store keeps
// syncing. A revoked device cannot log in again either.

#include "ServerProcess.h"
#include "store/KeyFileProvider.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kUnit = QStringLiteral("Børn og Unge/PPR");

} // namespace

class TestDeviceRevocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void revokedDeviceIsWipedOthersUnaffected();
    void unknownDeviceAndUsage();

private:
    QString store(const QString& name) const { return m_dir.filePath(name); }
    QString keyFile(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".key")); }
    ServerProcess::Result cli(const QString& name, const QStringList& args);
    ServerProcess::Result sync(const QString& name);
    QJsonArray devices();

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

void TestDeviceRevocation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ServerProcess>(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("anna"), kUnit, QStringLiteral("caseworker"), &error),
             qPrintable(error));
    QVERIFY2(m_server->start({QStringLiteral("--offline-days"), QStringLiteral("12")}, &error),
             qPrintable(error));
    QFile password(m_dir.filePath(QStringLiteral("password")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write(ServerProcess::kPassword.toUtf8() + '\n');
}

ServerProcess::Result TestDeviceRevocation::cli(const QString& name, const QStringList& args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AKTA_KEY_FILE"), keyFile(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForStarted() || !process.waitForFinished(180000)) {
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

ServerProcess::Result TestDeviceRevocation::sync(const QString& name)
{
    return cli(name, {QStringLiteral("sync"), QStringLiteral("--store"), store(name),
                      QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()),
                      QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--password-file"),
                      m_dir.filePath(QStringLiteral("password")), QStringLiteral("--json")});
}

QJsonArray TestDeviceRevocation::devices()
{
    const auto listed =
        m_server->admin({QStringLiteral("device"), QStringLiteral("list")}, {QStringLiteral("--json")});
    if (listed.exitCode != 0) {
        qWarning() << listed.err;
        return {};
    }
    return QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("devices")).toArray();
}

void TestDeviceRevocation::revokedDeviceIsWipedOthersUnaffected()
{
    // The laptop: a case made offline, synced, and one more change left unsynced.
    const auto created =
        cli(QStringLiteral("laptop"),
            {QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
             store(QStringLiteral("laptop")), QStringLiteral("--json"), QStringLiteral("--no-party"),
             QStringLiteral("--title"), QStringLiteral("Skolebesøg"), QStringLiteral("--kle"),
             QStringLiteral("00.01.00")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    auto synced = sync(QStringLiteral("laptop"));
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const QJsonArray first = devices();
    QCOMPARE(first.size(), 1);
    const QString laptop = first.at(0).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(first.at(0).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("anna"));
    QVERIFY(first.at(0).toObject().value(QStringLiteral("revokedAt")).isNull());
    QVERIFY(!first.at(0).toObject().value(QStringLiteral("firstSeen")).toString().isEmpty());
    {
        // The store keeps its device id, the server's offline-data limit and the time of the contact.
        const akta::store::KeyFileProvider keys(keyFile(QStringLiteral("laptop")));
        akta::store::LocalStore opened(store(QStringLiteral("laptop")), keys);
        QCOMPARE(opened.meta(QStringLiteral("device_id")), laptop);
        QCOMPARE(opened.meta(QStringLiteral("offline_days")), QStringLiteral("12"));
        QVERIFY(!opened.meta(QStringLiteral("last_contact")).isEmpty());
    }

    // The office desktop of the same user: a second device.
    synced = sync(QStringLiteral("office"));
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QCOMPARE(devices().size(), 2);

    const auto unsynced =
        cli(QStringLiteral("laptop"),
            {QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
             store(QStringLiteral("laptop")), QStringLiteral("--json"), QStringLiteral("--no-party"),
             QStringLiteral("--title"), QStringLiteral("Ikke sendt"), QStringLiteral("--kle"),
             QStringLiteral("00.01.00")});
    QVERIFY2(unsynced.exitCode == 0, unsynced.err.constData());

    const auto revoked = m_server->admin({QStringLiteral("device"), QStringLiteral("revoke")},
                                         {QStringLiteral("--device"), laptop});
    QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
    bool marked = false;
    for (const QJsonValue& value : devices()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == laptop) {
            marked = !value.toObject().value(QStringLiteral("revokedAt")).isNull();
        }
    }
    QVERIFY(marked);

    // The laptop's next contact: refused, and the store is wiped with a clear message.
    QVERIFY(QFile::exists(keyFile(QStringLiteral("laptop"))));
    const auto wiped = sync(QStringLiteral("laptop"));
    QCOMPARE(wiped.exitCode, 4);
    QVERIFY2(wiped.err.contains("revoked") && wiped.err.contains("wiped"), wiped.err.constData());
    QVERIFY2(wiped.err.contains("1 unsynced change"), wiped.err.constData());
    QVERIFY(!QFile::exists(QDir(store(QStringLiteral("laptop"))).filePath(QStringLiteral("akta.db"))));
    QVERIFY(!QFile::exists(QDir(store(QStringLiteral("laptop"))).filePath(QStringLiteral("akta.db-wal"))));
    QVERIFY(!QDir(QDir(store(QStringLiteral("laptop"))).filePath(QStringLiteral("blobs"))).exists());
    QVERIFY(!QFile::exists(keyFile(QStringLiteral("laptop"))));
    QDirIterator left(store(QStringLiteral("laptop")), QDir::Files | QDir::Hidden,
                      QDirIterator::Subdirectories);
    QVERIFY2(!left.hasNext(), qPrintable(left.hasNext() ? left.next() : QString()));

    // The other device of the same user syncs on and sees the case the laptop pushed before.
    synced = sync(QStringLiteral("office"));
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const auto listed = cli(QStringLiteral("office"),
                            {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--store"),
                             store(QStringLiteral("office")), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(listed.out.contains("Skolebesøg"));
}

void TestDeviceRevocation::unknownDeviceAndUsage()
{
    const auto unknown = m_server->admin({QStringLiteral("device"), QStringLiteral("revoke")},
                                         {QStringLiteral("--device"), QStringLiteral("no-such-device")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("no device"));
    const auto missing = m_server->admin({QStringLiteral("device"), QStringLiteral("revoke")}, {});
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDeviceRevocation)
#include "tst_devicerevocation.moc"
