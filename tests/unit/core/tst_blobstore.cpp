// Tests of akta::blobs::BlobStore: content addressing, atomic writes, deduplication, verification.

#include "blobs/BlobStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using akta::blobs::BlobError;
using akta::blobs::BlobStore;

class TestBlobStore : public QObject
{
    Q_OBJECT

private slots:
    void storesByHash();
    void sameContentStoredOnce();
    void streamsLargeFile();
    void emptyContent();
    void verifyDetectsDamage();
    void openMissingThrows();
    void leavesNoTemporaryFiles();
    void copyToWritesAWholeCopy();

private:
    static QString sha(const QByteArray& data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }
};

void TestBlobStore::storesByHash()
{
    QTemporaryDir dir;
    const BlobStore store(dir.filePath(QStringLiteral("blobs")));
    const QByteArray data("Afgørelse om boligstøtte");
    const BlobStore::Stored stored = store.putData(data);
    QCOMPARE(stored.sha256, sha(data));
    QCOMPARE(stored.size, qint64(data.size()));
    QVERIFY(stored.added);
    QVERIFY(store.contains(stored.sha256));
    QCOMPARE(store.pathOf(stored.sha256),
             dir.filePath(QStringLiteral("blobs/%1/%2").arg(stored.sha256.left(2), stored.sha256)));
    auto file = store.open(stored.sha256);
    QCOMPARE(file->readAll(), data);
    QVERIFY(store.verify(stored.sha256));
    QVERIFY(!store.contains(QStringLiteral("../etc/passwd")));
}

void TestBlobStore::sameContentStoredOnce()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path());
    const QByteArray data(1000, 'x');
    const auto first = store.putData(data);
    QBuffer buffer;
    buffer.setData(data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto second = store.put(buffer);
    QCOMPARE(second.sha256, first.sha256);
    QVERIFY(first.added);
    QVERIFY(!second.added);
    const QStringList files =
        QDir(store.pathOf(first.sha256).section(QLatin1Char('/'), 0, -2)).entryList(QDir::Files);
    QCOMPARE(files, QStringList{first.sha256});
}

void TestBlobStore::streamsLargeFile()
{
    QTemporaryDir dir;
    const BlobStore store(dir.filePath(QStringLiteral("blobs")));
    const QString source = dir.filePath(QStringLiteral("large.bin"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, '\0');
        for (int i = 0; i < 5; ++i) {
            chunk.fill(char('a' + i));
            hash.addData(chunk);
            QCOMPARE(file.write(chunk), qint64(chunk.size()));
        }
        QCOMPARE(file.write("tail"), qint64(4));
        hash.addData(QByteArrayView("tail"));
    }
    const auto stored = store.putFile(source);
    QCOMPARE(stored.sha256, QString::fromLatin1(hash.result().toHex()));
    QCOMPARE(stored.size, qint64(5 * 1024 * 1024 + 4));
    QCOMPARE(QFileInfo(store.pathOf(stored.sha256)).size(), stored.size);
    QVERIFY(store.verify(stored.sha256));
}

void TestBlobStore::emptyContent()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path());
    const auto stored = store.putData({});
    QCOMPARE(stored.sha256, sha({}));
    QCOMPARE(stored.size, qint64(0));
    QVERIFY(store.contains(stored.sha256));
}

void TestBlobStore::verifyDetectsDamage()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path());
    const auto stored = store.putData("original content");
    QFile file(store.pathOf(stored.sha256));
    QVERIFY(file.setPermissions(file.permissions() | QFileDevice::WriteOwner));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("tampered");
    file.close();
    QVERIFY(!store.verify(stored.sha256));
    QVERIFY(!store.verify(sha("never stored")));
    // Storing the content again repairs the damaged copy.
    QVERIFY(store.putData("original content").added);
    QVERIFY(store.verify(stored.sha256));
}

void TestBlobStore::openMissingThrows()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path());
    QVERIFY_THROWS_EXCEPTION(BlobError, store.open(sha("missing")));
    QVERIFY_THROWS_EXCEPTION(BlobError, store.open(QStringLiteral("not-a-hash")));
    QVERIFY_THROWS_EXCEPTION(BlobError, store.putFile(dir.filePath(QStringLiteral("no-such-file"))));
}

void TestBlobStore::leavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path());
    store.putData("one");
    store.putData("one");
    store.putData("two");
    const QStringList top = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(top.isEmpty(), qPrintable(top.join(QLatin1Char(','))));
}

void TestBlobStore::copyToWritesAWholeCopy()
{
    QTemporaryDir dir;
    const BlobStore store(dir.filePath(QStringLiteral("blobs")));
    const QByteArray data = QByteArray("Version 1 af afgørelsen. ").repeated(100000); // > one chunk
    const QString sha256 = store.putData(data).sha256;
    const QString target = dir.filePath(QStringLiteral("Afgørelse v1.txt"));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("old content");
    existing.close();
    store.copyTo(sha256, target);
    QFile copy(target);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), data);
    copy.close();

    // A missing blob leaves the target as it was.
    const QString other = dir.filePath(QStringLiteral("keep.txt"));
    QFile keep(other);
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("keep me");
    keep.close();
    QVERIFY_THROWS_EXCEPTION(akta::blobs::BlobError, store.copyTo(QString(64, QLatin1Char('a')), other));
    QVERIFY(keep.open(QIODevice::ReadOnly));
    QCOMPARE(keep.readAll(), QByteArray("keep me"));
    // An unwritable target is an error, not a silent partial file.
    QVERIFY_THROWS_EXCEPTION(akta::blobs::BlobError,
                             store.copyTo(sha256, dir.filePath(QStringLiteral("no/such/folder/x.txt"))));
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
