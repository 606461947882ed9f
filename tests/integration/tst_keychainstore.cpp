// The store key in the REAL OS keychain (QtKeychain over the Secret Service: gnome-keyring in CI, started by
// scripts/test.sh under dbus-run-session): this process makes a store whose key goes into the keychain, a
// second process (akta-cli, without AKTA_KEY_FILE) opens the encrypted store with the key from the keychain,
// and once the key is removed the store is refused with a clear message and every file unchanged.
// With CI=true a missing keychain fails the test; on a developer machine without one it is skipped.

#include "KeychainKeyProvider.h"
#include "store/LocalStore.h"
#include "store/SecretStoreKeyProvider.h"
#include "store/StoreId.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <exception>

using akta::keychain::KeychainKeyProvider;
using akta::store::LocalStore;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// akta-cli with no AKTA_KEY_FILE: the key comes from the keychain.
Result runCli(const QStringList& args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("AKTA_KEY_FILE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray digestOfTree(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    for (const QString& name : files) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}

bool inCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == QLatin1String("true") || ci == QLatin1String("1");
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void keyInKeychainOpensStoreInSecondProcess();
};

void TestKeychainStore::keyInKeychainOpensStoreInSecondProcess()
{
    qunsetenv("AKTA_KEY_FILE");
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (inCi()) {
            QFAIL("CI=true but there is no D-Bus session: run this test under dbus-run-session with "
                  "gnome-keyring (scripts/test.sh does)");
        }
        QSKIP("no D-Bus session, so no Secret Service keychain: run under dbus-run-session with "
              "gnome-keyring-daemon --unlock --components=secrets to test the real keychain");
    }
#endif
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    const KeychainKeyProvider keys;
    try {
        LocalStore store(folder, keys);
    } catch (const std::exception& error) {
        if (inCi()) {
            QFAIL(qPrintable(QStringLiteral("CI=true but the keychain did not take the store key: ") +
                             QString::fromUtf8(error.what())));
        }
        QSKIP(qPrintable(QStringLiteral("no usable keychain on this machine: ") +
                         QString::fromUtf8(error.what())));
    }
    const QString id = akta::store::StoreId::read(folder);
    QVERIFY(!id.isEmpty());
    // The key is in the keychain and only there: this provider reads it back, the folder does not hold it.
    const QByteArray hex = keys.keyFor(folder, false).toHex();
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(hex));
        QVERIFY(!bytes.contains(QByteArray::fromHex(hex)));
    }

    // A second process finds the key in the keychain by the store's id and writes to the encrypted store.
    const Result created =
        runCli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"), folder,
                QStringLiteral("--json"), QStringLiteral("--no-party"), QStringLiteral("--title"),
                QStringLiteral("Nøglering"), QStringLiteral("--kle"), QStringLiteral("00.01.00")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Result listed = runCli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--store"),
                                  folder, QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray cases = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Nøglering"));

    // The key removed from the keychain: the store is refused with a clear message, nothing changed.
    keys.forget(folder);
    const QByteArray before = digestOfTree(folder);
    const Result refused = runCli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--store"),
                                   folder, QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("is not in this user's keychain"), refused.err.constData());
    QCOMPARE(digestOfTree(folder), before);
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
