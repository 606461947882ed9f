// Tests of akta::store::SecretStoreKeyProvider over an InMemorySecretStore (the OS keychain's part is
// tst_keychainstore): a new store keeps a new random key under its store id, never in its folder; the key
// follows the store when its folder is moved; a missing or malformed key, or a keychain that does not answer,
// is refused with the store unchanged; forget() removes the key.

#include "secrets/InMemorySecretStore.h"
#include "store/LocalStore.h"
#include "store/SecretStoreKeyProvider.h"
#include "store/StoreId.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::secrets::InMemorySecretStore;
using akta::store::LocalStore;
using akta::store::SecretStoreKeyProvider;
using akta::store::StoreId;
using akta::store::StoreKeyError;

namespace {

// A keychain that never answers (a locked keychain whose prompt nobody sees).
class SilentSecretStore final : public akta::secrets::SecretStore
{
public:
    void read(const QString&) override {}
    void write(const QString&, const QString&) override {}
    void remove(const QString&) override {}
};

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

bool treeContains(const QString& path, const QByteArray& needle)
{
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestSecretStoreKeyProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newStoreKeepsKeyUnderItsId();
    void keyFollowsMovedFolder();
    void missingKeyRefusedAndStoreUnchanged();
    void malformedKeyRefused();
    void silentKeychainIsAnError();
    void forgetRemovesKey();
};

void TestSecretStoreKeyProvider::newStoreKeepsKeyUnderItsId()
{
    QTemporaryDir dir;
    InMemorySecretStore secrets;
    const SecretStoreKeyProvider keys(secrets);
    const QString folder = dir.filePath(QStringLiteral("store"));
    QString hex;
    {
        LocalStore store(folder, keys);
        store.setMeta(QStringLiteral("marker"), QStringLiteral("kept"));
    }
    const QString id = StoreId::read(folder);
    QVERIFY(!id.isEmpty());
    const QString name = SecretStoreKeyProvider::secretName(id);
    QVERIFY(secrets.contains(name));
    hex = secrets.value(name);
    QCOMPARE(hex.size(), 64);
    // The key is nowhere in the store's folder, in hex or raw.
    QVERIFY(!treeContains(folder, hex.toLatin1()));
    QVERIFY(!treeContains(folder, QByteArray::fromHex(hex.toLatin1())));

    LocalStore again(folder, keys);
    QCOMPARE(again.meta(QStringLiteral("marker")), QStringLiteral("kept"));

    // A second store gets its own id and key.
    const QString other = dir.filePath(QStringLiteral("other"));
    LocalStore second(other, keys);
    QVERIFY(StoreId::read(other) != id);
    QVERIFY(secrets.value(SecretStoreKeyProvider::secretName(StoreId::read(other))) != hex);
}

void TestSecretStoreKeyProvider::keyFollowsMovedFolder()
{
    QTemporaryDir dir;
    InMemorySecretStore secrets;
    const SecretStoreKeyProvider keys(secrets);
    {
        LocalStore store(dir.filePath(QStringLiteral("before")), keys);
        store.setMeta(QStringLiteral("marker"), QStringLiteral("moved"));
    }
    QVERIFY(QDir(dir.path()).rename(QStringLiteral("before"), QStringLiteral("after")));
    LocalStore moved(dir.filePath(QStringLiteral("after")), keys);
    QCOMPARE(moved.meta(QStringLiteral("marker")), QStringLiteral("moved"));
}

void TestSecretStoreKeyProvider::missingKeyRefusedAndStoreUnchanged()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    {
        InMemorySecretStore secrets;
        const SecretStoreKeyProvider keys(secrets);
        LocalStore store(folder, keys);
        store.setMeta(QStringLiteral("marker"), QStringLiteral("x"));
    }
    const QByteArray before = digestOfTree(folder);
    InMemorySecretStore empty;
    const SecretStoreKeyProvider keys(empty);
    try {
        LocalStore store(folder, keys);
        QFAIL("a store whose key is not in the keychain was opened");
    } catch (const StoreKeyError& error) {
        QVERIFY2(QByteArray(error.what()).contains("is not in this user's keychain"), error.what());
    }
    QCOMPARE(digestOfTree(folder), before);
    // No key was made up for the existing store.
    QVERIFY(!empty.contains(SecretStoreKeyProvider::secretName(StoreId::read(folder))));

    // A store folder without a store id (made with a key file) says so.
    QVERIFY(QFile::remove(StoreId::filePathFor(folder)));
    try {
        LocalStore store(folder, keys);
        QFAIL("a store without an id was opened");
    } catch (const StoreKeyError& error) {
        QVERIFY2(QByteArray(error.what()).contains("AKTA_KEY_FILE"), error.what());
    }
}

void TestSecretStoreKeyProvider::malformedKeyRefused()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    InMemorySecretStore secrets;
    const SecretStoreKeyProvider keys(secrets);
    {
        LocalStore store(folder, keys);
    }
    const QString name = SecretStoreKeyProvider::secretName(StoreId::read(folder));
    secrets.write(name, QStringLiteral("not a key"));
    QVERIFY_THROWS_EXCEPTION(StoreKeyError, LocalStore(folder, keys));
    // A different valid key: the store refuses it and nothing changes.
    const QByteArray before = digestOfTree(folder);
    secrets.write(name, QString(64, QLatin1Char('7')));
    QVERIFY_THROWS_EXCEPTION(StoreKeyError, LocalStore(folder, keys));
    QCOMPARE(digestOfTree(folder), before);
}

void TestSecretStoreKeyProvider::silentKeychainIsAnError()
{
    QTemporaryDir dir;
    SilentSecretStore silent;
    const SecretStoreKeyProvider keys(silent, 50);
    try {
        LocalStore store(dir.filePath(QStringLiteral("store")), keys);
        QFAIL("a store was opened without an answer from the keychain");
    } catch (const StoreKeyError& error) {
        QVERIFY2(QByteArray(error.what()).contains("did not answer"), error.what());
    }
    QVERIFY(!QFile::exists(LocalStore::databasePathFor(dir.filePath(QStringLiteral("store")))));
}

void TestSecretStoreKeyProvider::forgetRemovesKey()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    InMemorySecretStore secrets;
    const SecretStoreKeyProvider keys(secrets);
    {
        LocalStore store(folder, keys);
    }
    const QString name = SecretStoreKeyProvider::secretName(StoreId::read(folder));
    QVERIFY(secrets.contains(name));
    keys.forget(folder);
    QVERIFY(!secrets.contains(name));
    QVERIFY_THROWS_EXCEPTION(StoreKeyError, LocalStore(folder, keys));
}

QTEST_GUILESS_MAIN(TestSecretStoreKeyProvider)
#include "tst_secretstorekeyprovider.moc"
