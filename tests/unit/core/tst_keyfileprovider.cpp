// Tests of akta::store::KeyFileProvider, StoreKey and OwnerOnlyFile, and of how LocalStore uses them: a new
// store writes a new owner-only key file, an existing store reads it, a wrong key and a plain store are
// refused with every byte unchanged.

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/KeyFileProvider.h"
#include "store/LocalStore.h"
#include "store/OwnerOnlyFile.h"
#include "store/StoreKey.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::store::KeyFileProvider;
using akta::store::LocalStore;
using akta::store::StoreKey;
using akta::store::StoreKeyError;

namespace {

QByteArray digestOfFolder(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir dir(path);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}

} // namespace

class TestKeyFileProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newStoreWritesOwnerOnlyKey();
    void malformedKeyFileRefused();
    void missingKeyFileForExistingStore();
    void wrongKeyRefusedAndStoreUnchanged();
    void plainStoreRefused();
    void ownerOnlyFileIsExclusive();
};

void TestKeyFileProvider::newStoreWritesOwnerOnlyKey()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("store.key"));
    const KeyFileProvider keys(keyPath);
    QByteArray firstHex;
    {
        LocalStore store(dir.filePath(QStringLiteral("store")), keys);
        QVERIFY(QFileInfo::exists(keyPath));
        QFile file(keyPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        firstHex = file.readAll().trimmed();
        QCOMPARE(firstHex.size(), 64);
#ifndef Q_OS_WIN
        QCOMPARE(QFileInfo(keyPath).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    }
    // Reopened with the same file: the same key, the store opens.
    LocalStore again(dir.filePath(QStringLiteral("store")), keys);
    QCOMPARE(keys.keyFor(dir.path(), false).toHex(), firstHex);
    // Two stores made from scratch get different keys.
    QTemporaryDir other;
    const KeyFileProvider otherKeys(other.filePath(QStringLiteral("store.key")));
    QVERIFY(otherKeys.keyFor(other.path(), true).toHex() != firstHex);
}

void TestKeyFileProvider::malformedKeyFileRefused()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("bad.key"));
    for (const QByteArray& content : {QByteArray("1234"), QByteArray(64, 'g'), QByteArray(),
                                      QByteArray(66, 'a'), QByteArray("secret\n")}) {
        QFile file(keyPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QVERIFY_THROWS_EXCEPTION(StoreKeyError, KeyFileProvider(keyPath).keyFor(dir.path(), true));
        QVERIFY_THROWS_EXCEPTION(StoreKeyError,
                                 LocalStore(dir.filePath(QStringLiteral("s")), KeyFileProvider(keyPath)));
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("s/akta.db"))));
    QCOMPARE(StoreKey::fromHex(QByteArray(64, 'A') + "\r\n").toHex(), QByteArray(64, 'a'));
}

void TestKeyFileProvider::missingKeyFileForExistingStore()
{
    QTemporaryDir dir;
    {
        LocalStore store(dir.filePath(QStringLiteral("store")),
                         KeyFileProvider(dir.filePath(QStringLiteral("a.key"))));
    }
    // No new key is ever made for a store that exists.
    const QString missing = dir.filePath(QStringLiteral("missing.key"));
    QVERIFY_THROWS_EXCEPTION(StoreKeyError,
                             LocalStore(dir.filePath(QStringLiteral("store")), KeyFileProvider(missing)));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestKeyFileProvider::wrongKeyRefusedAndStoreUnchanged()
{
    QTemporaryDir dir;
    const QString storeDir = dir.filePath(QStringLiteral("store"));
    {
        LocalStore store(storeDir, KeyFileProvider(dir.filePath(QStringLiteral("right.key"))));
        store.setMeta(QStringLiteral("municipality"), QStringLiteral("Testrup"));
    }
    const QByteArray before = digestOfFolder(storeDir);
    const QString wrong = dir.filePath(QStringLiteral("wrong.key"));
    KeyFileProvider(wrong).keyFor(dir.path(), true);
    try {
        LocalStore store(storeDir, KeyFileProvider(wrong));
        QFAIL("a wrong key opened the store");
    } catch (const StoreKeyError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("key does not open")), error.what());
    }
    QCOMPARE(digestOfFolder(storeDir), before);
    LocalStore store(storeDir, KeyFileProvider(dir.filePath(QStringLiteral("right.key"))));
    QCOMPARE(store.meta(QStringLiteral("municipality")), QStringLiteral("Testrup"));
}

void TestKeyFileProvider::plainStoreRefused()
{
    QTemporaryDir dir;
    const QString storeDir = dir.filePath(QStringLiteral("store"));
    QVERIFY(QDir().mkpath(storeDir));
    {
        akta::sqlite::Database plain(LocalStore::databasePathFor(storeDir)); // no key registered: plain
        plain.exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES('plain')"));
    }
    QVERIFY(LocalStore::isPlainDatabase(LocalStore::databasePathFor(storeDir)));
    const QByteArray before = digestOfFolder(storeDir);
    try {
        LocalStore store(storeDir, KeyFileProvider(dir.filePath(QStringLiteral("k.key"))));
        QFAIL("a plain store was opened");
    } catch (const StoreKeyError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("without encryption")),
                 error.what());
    }
    QCOMPARE(digestOfFolder(storeDir), before);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("k.key"))));
}

void TestKeyFileProvider::ownerOnlyFileIsExclusive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("once"));
    QString error;
    QVERIFY(akta::store::OwnerOnlyFile::createExclusive(path, "first", &error));
    QVERIFY(!akta::store::OwnerOnlyFile::createExclusive(path, "second", &error));
    QVERIFY(!error.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("first"));
}

QTEST_GUILESS_MAIN(TestKeyFileProvider)
#include "tst_keyfileprovider.moc"
