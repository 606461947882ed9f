#include "blobs/BlobStore.h"
#include "blobs/PartialBlob.h"
#include "store/LocalStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::blobs::BlobCipher;
using akta::blobs::BlobError;
using akta::blobs::PartialBlob;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        data[i] = char(QRandomGenerator::global()->bounded(256));
    }
    return data;
}

QString shaOf(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPartialBlob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void commitStoresTheContent();
    void reopenKeepsWholeChunksOnly();
    void damagedRecordIsDroppedOnOpen();
    void wrongHashStoresNothing();
    void restartForgetsWhatArrived();
    void partFileIsEncrypted();

private:
    akta::blobs::BlobStore blobs() const { return m_store->blobStore(); }
    QString partPath(const QString& sha) const
    {
        return PartialBlob::partPath(m_store->blobDirectory(), sha);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
};

void TestPartialBlob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
}

void TestPartialBlob::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestPartialBlob::commitStoresTheContent()
{
    const QByteArray content = randomBytes(3 * BlobCipher::kChunkBytes + 123);
    const QString sha = shaOf(content);
    const auto store = blobs();
    {
        PartialBlob part(store, sha);
        QCOMPARE(part.size(), 0);
        part.append(QByteArrayView(content).first(1000));
        part.append(QByteArrayView(content).sliced(1000));
        QCOMPARE(part.size(), content.size());
        part.commit();
    }
    QVERIFY(store.contains(sha));
    QCOMPARE(store.open(sha)->readAll(), content);
    QVERIFY(!QFile::exists(partPath(sha)));
}

void TestPartialBlob::reopenKeepsWholeChunksOnly()
{
    const QByteArray content = randomBytes(2 * BlobCipher::kChunkBytes + 500);
    const QString sha = shaOf(content);
    const auto store = blobs();
    {
        PartialBlob part(store, sha);
        part.append(content); // two whole chunks sealed, 500 bytes only in memory
    }
    PartialBlob again(store, sha);
    QCOMPARE(again.size(), 2 * BlobCipher::kChunkBytes);
    again.append(QByteArrayView(content).sliced(again.size()));
    again.commit();
    QCOMPARE(store.open(sha)->readAll(), content);
}

void TestPartialBlob::damagedRecordIsDroppedOnOpen()
{
    const QByteArray content = randomBytes(3 * BlobCipher::kChunkBytes);
    const QString sha = shaOf(content);
    const auto store = blobs();
    {
        PartialBlob part(store, sha);
        part.append(content);
    }
    // Flip one byte in the second record: it and everything after it are dropped.
    QFile file(partPath(sha));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 recordBytes = file.size() / 3;
    QVERIFY(file.seek(recordBytes + 100));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(recordBytes + 100));
    QVERIFY(file.putChar(char(byte ^ 0x5a)));
    file.close();
    PartialBlob again(store, sha);
    QCOMPARE(again.size(), BlobCipher::kChunkBytes);
    again.append(QByteArrayView(content).sliced(again.size()));
    again.commit();
    QCOMPARE(store.open(sha)->readAll(), content);
}

void TestPartialBlob::wrongHashStoresNothing()
{
    const QByteArray content = randomBytes(BlobCipher::kChunkBytes + 10);
    const QString sha = shaOf(QByteArrayLiteral("something else"));
    const auto store = blobs();
    PartialBlob part(store, sha);
    part.append(content);
    QVERIFY_THROWS_EXCEPTION(BlobError, part.commit());
    QVERIFY(!store.contains(sha));
    QVERIFY(!store.contains(shaOf(content)));
    QVERIFY(!QFile::exists(partPath(sha)));
}

void TestPartialBlob::restartForgetsWhatArrived()
{
    const QByteArray content = randomBytes(BlobCipher::kChunkBytes * 2);
    const QString sha = shaOf(content);
    const auto store = blobs();
    PartialBlob part(store, sha);
    part.append(randomBytes(BlobCipher::kChunkBytes + 7));
    part.restart();
    QCOMPARE(part.size(), 0);
    part.append(content);
    part.commit();
    QCOMPARE(store.open(sha)->readAll(), content);
}

void TestPartialBlob::partFileIsEncrypted()
{
    const QByteArray marker = QByteArrayLiteral("ELEVEN PLAINTEXT MARKER 0101901234 ");
    QByteArray content;
    while (content.size() < 2 * BlobCipher::kChunkBytes) {
        content += marker;
    }
    const QString sha = shaOf(content);
    const auto store = blobs();
    {
        PartialBlob part(store, sha);
        part.append(content);
    }
    QFile file(partPath(sha));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QVERIFY(onDisk.size() > BlobCipher::kChunkBytes);
    QVERIFY(!onDisk.contains(marker.left(20)));
    QVERIFY(!onDisk.contains(QByteArrayLiteral("0101901234")));
}

QTEST_GUILESS_MAIN(TestPartialBlob)
#include "tst_partialblob.moc"
