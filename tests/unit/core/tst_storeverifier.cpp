// Tests of akta::store::StoreVerifier: a sound encrypted store passes; a damaged database page, a damaged
// blob and a blob under another's name are each reported.

#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/KeyFileProvider.h"
#include "store/LocalStore.h"
#include "store/StoreVerifier.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::store::KeyFileProvider;
using akta::store::LocalStore;
using akta::store::StoreVerification;
using akta::store::StoreVerifier;

namespace {

void flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset)) {
        qFatal("cannot open %s", qPrintable(path));
    }
    char byte = 0;
    file.getChar(&byte);
    file.seek(offset);
    file.putChar(char(byte ^ 0x20));
}

} // namespace

class TestStoreVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void soundStorePasses();
    void damagedPageReported();
    void damagedBlobsReported();

private:
    QString m_blobA;
    QString m_blobB;
    void seed(LocalStore& store);
};

void TestStoreVerifier::seed(LocalStore& store)
{
    store.setMeta(QStringLiteral("municipality"), QStringLiteral("Testrup"));
    const auto blobs = store.blobStore();
    m_blobA = blobs.putData(QByteArray(100000, 'a')).sha256;
    m_blobB = blobs.putData("a short note").sha256;
}

void TestStoreVerifier::soundStorePasses()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("s")), KeyFileProvider(dir.filePath(QStringLiteral("k"))));
    seed(store);
    const StoreVerification result = StoreVerifier(store).run();
    QVERIFY(result.ok);
    QVERIFY(result.pages + result.walFrames >
            10); // the built-in KLE plan fills pages (some still in the WAL)
    QCOMPARE(result.unreadableWalFrames, 0);
    QVERIFY(result.unreadablePages.isEmpty());
    QCOMPARE(result.blobs, 2);
    QVERIFY(result.integrityProblems.isEmpty());
}

void TestStoreVerifier::damagedPageReported()
{
    QTemporaryDir dir;
    const QString storeDir = dir.filePath(QStringLiteral("s"));
    const KeyFileProvider keys(dir.filePath(QStringLiteral("k")));
    {
        LocalStore store(storeDir, keys);
        seed(store);
        store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    flipByte(LocalStore::databasePathFor(storeDir), 4096 * 5 + 1000); // inside page 6
    LocalStore store(storeDir, keys);
    const StoreVerification result = StoreVerifier(store).run();
    QVERIFY(!result.ok);
    QCOMPARE(result.unreadablePages, QList<qint64>{6});
}

void TestStoreVerifier::damagedBlobsReported()
{
    QTemporaryDir dir;
    LocalStore store(dir.filePath(QStringLiteral("s")), KeyFileProvider(dir.filePath(QStringLiteral("k"))));
    seed(store);
    const auto blobs = store.blobStore();
    flipByte(blobs.pathOf(m_blobA), 5000);
    StoreVerification result = StoreVerifier(store).run();
    QVERIFY(!result.ok);
    QCOMPARE(result.damagedBlobs, QStringList{m_blobA});
    QVERIFY(result.unreadablePages.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreVerifier)
#include "tst_storeverifier.moc"
