// Tests of akta::blobs::BlobStore (with BlobCipher): content addressing, atomic writes, deduplication,
// verification, encryption of every file (no plaintext, wrong key, truncation and renaming detected).

#include "blobs/BlobStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using akta::blobs::BlobCipher;
using akta::blobs::BlobError;
using akta::blobs::BlobStore;

namespace {

BlobCipher::Key testKey(std::uint8_t seed = 3)
{
    BlobCipher::Key key;
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = std::uint8_t(seed * 11 + i);
    }
    return key;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

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
    void sizeOfIsTheContentSize();
    void filesHoldNoPlaintext();
    void wrongKeyTruncationAndRenameDetected();

private:
    static QString sha(const QByteArray& data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }
};

void TestBlobStore::storesByHash()
{
    QTemporaryDir dir;
    const BlobStore store(dir.filePath(QStringLiteral("blobs")), testKey());
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
    const BlobStore store(dir.path(), testKey());
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
    const BlobStore store(dir.filePath(QStringLiteral("blobs")), testKey());
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
    QCOMPARE(QFileInfo(store.pathOf(stored.sha256)).size(), BlobCipher::encryptedSize(stored.size));
    QVERIFY(store.verify(stored.sha256));
    // Read back in small pieces, as a viewer would.
    auto content = store.open(stored.sha256);
    QCryptographicHash again(QCryptographicHash::Sha256);
    char piece[1000];
    qint64 total = 0;
    for (qint64 n = 0; (n = content->read(piece, sizeof piece)) > 0;) {
        again.addData(QByteArrayView(piece, n));
        total += n;
    }
    QCOMPARE(total, stored.size);
    QCOMPARE(again.result(), hash.result());
    // Exactly one chunk's worth, and one byte more, end right.
    for (const qint64 size :
         {BlobCipher::kChunkBytes, BlobCipher::kChunkBytes + 1, 2 * BlobCipher::kChunkBytes}) {
        const QByteArray data(size, 'q');
        const auto exact = store.putData(data);
        QCOMPARE(store.open(exact.sha256)->readAll(), data);
        QCOMPARE(QFileInfo(store.pathOf(exact.sha256)).size(), BlobCipher::encryptedSize(size));
    }
}

void TestBlobStore::emptyContent()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path(), testKey());
    const auto stored = store.putData({});
    QCOMPARE(stored.sha256, sha({}));
    QCOMPARE(stored.size, qint64(0));
    QVERIFY(store.contains(stored.sha256));
}

void TestBlobStore::verifyDetectsDamage()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path(), testKey());
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
    const BlobStore store(dir.path(), testKey());
    QVERIFY_THROWS_EXCEPTION(BlobError, store.open(sha("missing")));
    QVERIFY_THROWS_EXCEPTION(BlobError, store.open(QStringLiteral("not-a-hash")));
    QVERIFY_THROWS_EXCEPTION(BlobError, store.putFile(dir.filePath(QStringLiteral("no-such-file"))));
}

void TestBlobStore::leavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path(), testKey());
    store.putData("one");
    store.putData("one");
    store.putData("two");
    const QStringList top = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(top.isEmpty(), qPrintable(top.join(QLatin1Char(','))));
}

void TestBlobStore::copyToWritesAWholeCopy()
{
    QTemporaryDir dir;
    const BlobStore store(dir.filePath(QStringLiteral("blobs")), testKey());
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
    keep.close();

    // A blob whose file does not authenticate (one flipped byte in its last chunk) is a read error: the
    // target keeps its old content and no temporary file is left beside it.
    const QString path = store.pathOf(sha256);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.seek(damaged.size() - 20));
    const char flipped = char(damaged.peek(1).at(0) ^ 0x01);
    QCOMPARE(damaged.write(&flipped, 1), qint64(1));
    damaged.close();
    QVERIFY_THROWS_EXCEPTION(akta::blobs::BlobError, store.copyTo(sha256, other));
    QVERIFY(keep.open(QIODevice::ReadOnly));
    QCOMPARE(keep.readAll(), QByteArray("keep me"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // the first copy and keep.txt
}

void TestBlobStore::sizeOfIsTheContentSize()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path(), testKey());
    const qint64 chunk = BlobCipher::kChunkBytes;
    for (const qint64 size : {qint64(0), qint64(1), chunk - 1, chunk, chunk + 1, 3 * chunk, 3 * chunk + 5}) {
        const auto stored = store.putData(QByteArray(size, 'q'));
        QCOMPARE(store.sizeOf(stored.sha256), size);
        QCOMPARE(BlobCipher::plainSize(BlobCipher::encryptedSize(size)), size);
    }
    QCOMPARE(store.sizeOf(QString(64, QLatin1Char('b'))), qint64(-1));
    // A file size no content can have (cut inside the header, or a tag short) is not a size.
    QCOMPARE(BlobCipher::plainSize(BlobCipher::headerBytes() - 1), qint64(-1));
    QCOMPARE(BlobCipher::plainSize(BlobCipher::encryptedSize(chunk) + 1), qint64(-1));
}

void TestBlobStore::filesHoldNoPlaintext()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path(), testKey());
    const QByteArray marker("Journalnotat om Xylofon-barnet 010203-4567");
    QByteArray data;
    for (int i = 0; i < 5000; ++i) {
        data += marker;
    }
    const auto stored = store.putData(data);
    const QByteArray bytes = fileBytes(store.pathOf(stored.sha256));
    QVERIFY(bytes.startsWith(BlobCipher::magic()));
    QVERIFY(!bytes.contains("Xylofon"));
    QVERIFY(!bytes.contains("010203-4567"));
    QCOMPARE(store.open(stored.sha256)->readAll(), data);
}

void TestBlobStore::wrongKeyTruncationAndRenameDetected()
{
    QTemporaryDir dir;
    const BlobStore store(dir.path(), testKey());
    const QByteArray data(3 * BlobCipher::kChunkBytes / 2, 'z');
    const auto stored = store.putData(data);
    const auto other = store.putData("another document");

    const BlobStore wrongKey(dir.path(), testKey(4));
    QVERIFY(wrongKey.contains(stored.sha256));
    QVERIFY(!wrongKey.verify(stored.sha256));
    auto content = wrongKey.open(stored.sha256);
    char buffer[16];
    QCOMPARE(content->read(buffer, sizeof buffer), qint64(-1));
    QVERIFY(!content->errorString().isEmpty());

    // A file copied over another blob's name does not pass as that blob.
    const QString otherPath = store.pathOf(other.sha256);
    QFile::setPermissions(otherPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(QFile::remove(otherPath));
    QVERIFY(QFile::copy(store.pathOf(stored.sha256), otherPath));
    QVERIFY(!store.verify(other.sha256));

    // A file cut after its first chunk does not pass either, though its first chunk authenticates.
    const QString path = store.pathOf(stored.sha256);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(QFile::resize(path, BlobCipher::headerBytes() + BlobCipher::kChunkBytes + 17));
    QVERIFY(!store.verify(stored.sha256));
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
