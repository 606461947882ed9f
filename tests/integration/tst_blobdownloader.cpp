// BlobDownloader against a real akta-server on loopback: content arrives in the encrypted store of
// another desktop byte-identical, a download broken off goes on with a Range request from what it has,
// content that does not match its hash is refused with nothing stored, a large blob never sits in memory.

#include "ServerProcess.h"
#include "blobs/BlobStore.h"
#include "blobs/PartialBlob.h"
#include "store/LocalStore.h"
#include "sync/BlobDownloader.h"
#include "sync/ServerApi.h"
#include "sync/SyncError.h"
#include "util/PeakMemory.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using akta::sync::BlobDownloader;
using akta::sync::ServerApi;
using akta::sync::SyncError;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(data.data()), size / 4);
    return data;
}

QString shaOf(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray contentOf(const akta::blobs::BlobStore& blobs, const QString& sha)
{
    return blobs.open(sha)->readAll();
}

// The blob files in a store's blob folder (not the part files of unfinished downloads).
int blobFiles(const QString& directory)
{
    int count = 0;
    QDirIterator files(directory, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        count += akta::blobs::BlobStore::isValidHash(QFileInfo(files.next()).fileName()) ? 1 : 0;
    }
    return count;
}

} // namespace

class TestBlobDownloader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void fetchesIntoTheEncryptedStore();
    void resumesWhereABrokenDownloadStopped();
    void contentNotMatchingItsHashStoresNothing();
    void completePartIsStoredWithoutDownloading();
    void unknownBlobIsAnError();
    void largeBlobNeverSitsInMemory();

private:
    // Stores `data` on desktop A and uploads it.
    QString upload(const QByteArray& data);
    std::unique_ptr<ServerApi> login();
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())); }

    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<akta::store::LocalStore> m_a;
    std::unique_ptr<akta::store::LocalStore> m_b;
    int m_run = 0;
};

void TestBlobDownloader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<ServerProcess>(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    QVERIFY2(m_server->addUser(QStringLiteral("anna"), QStringLiteral("Børn og Unge/PPR"),
                               QStringLiteral("caseworker"), &error),
             qPrintable(error));
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    m_a = std::make_unique<akta::store::LocalStore>(m_dir.filePath(QStringLiteral("a")));
}

void TestBlobDownloader::cleanupTestCase()
{
    m_b.reset();
    m_a.reset();
    if (m_server) {
        m_server->stop();
    }
}

void TestBlobDownloader::init()
{
    // Every test downloads into a new, empty desktop store.
    m_b.reset();
    m_b = std::make_unique<akta::store::LocalStore>(m_dir.filePath(QStringLiteral("b%1").arg(++m_run)));
}

std::unique_ptr<ServerApi> TestBlobDownloader::login()
{
    auto api = std::make_unique<ServerApi>(url());
    api->login(QStringLiteral("anna"), ServerProcess::kPassword, QStringLiteral("test"));
    return api;
}

QString TestBlobDownloader::upload(const QByteArray& data)
{
    const auto stored = m_a->blobStore().putData(data);
    login()->uploadBlob(stored.sha256, m_a->blobStore());
    return stored.sha256;
}

void TestBlobDownloader::fetchesIntoTheEncryptedStore()
{
    const QByteArray content = randomBytes(3 * 1024 * 1024 + 17);
    const QString sha = upload(content);
    auto api = login();
    BlobDownloader downloader(*api, m_b->blobStore());
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    downloader.setProgress([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    });
    const auto outcome = downloader.fetch({sha, content.size(), QStringLiteral("akt 1")});
    QCOMPARE(outcome.fetched, 1);
    QCOMPARE(outcome.bytes, content.size());
    QCOMPARE(outcome.resumedFrom, 0);
    QCOMPARE(lastDone, content.size());
    QCOMPARE(lastTotal, content.size());
    QVERIFY(m_b->blobStore().contains(sha));
    QCOMPARE(contentOf(m_b->blobStore(), sha), content);
    QVERIFY(m_b->blobStore().verify(sha));
    QVERIFY(!QFile::exists(akta::blobs::PartialBlob::partPath(m_b->blobDirectory(), sha)));
    // On disk the blob is encrypted: its first 64 bytes of content appear nowhere in the file.
    QFile file(m_b->blobStore().pathOf(sha));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(content.left(64)));

    // A second fetch finds it present and downloads nothing.
    const auto again = downloader.fetch({sha, content.size(), QStringLiteral("akt 1")});
    QCOMPARE(again.fetched, 0);
    QCOMPARE(again.present, 1);
}

void TestBlobDownloader::resumesWhereABrokenDownloadStopped()
{
    const QByteArray content = randomBytes(8 * 1024 * 1024 + 5);
    const QString sha = upload(content);
    qint64 brokenAt = 0;
    {
        std::atomic<bool> cancelled{false};
        auto api = login();
        api->setCancelFlag(&cancelled);
        BlobDownloader downloader(*api, m_b->blobStore());
        downloader.setProgress([&](qint64 done, qint64) {
            if (done >= 3 * 1024 * 1024) {
                brokenAt = done;
                cancelled = true;
            }
        });
        try {
            downloader.fetch({sha, content.size(), QStringLiteral("akt 2")});
            QFAIL("the download was not stopped");
        } catch (const SyncError& error) {
            QCOMPARE(error.kind(), SyncError::Kind::Cancelled);
        }
    }
    QVERIFY(brokenAt >= 3 * 1024 * 1024);
    QVERIFY(!m_b->blobStore().contains(sha));
    QCOMPARE(blobFiles(m_b->blobDirectory()), 0);
    const QString part = akta::blobs::PartialBlob::partPath(m_b->blobDirectory(), sha);
    QVERIFY(QFile::exists(part));
    // The part file is encrypted too.
    QFile partFile(part);
    QVERIFY(partFile.open(QIODevice::ReadOnly));
    QVERIFY(!partFile.readAll().contains(content.mid(1024 * 1024, 64)));
    partFile.close();

    // A new run (a new process would do the same) goes on from the whole chunks it has.
    auto api = login();
    BlobDownloader downloader(*api, m_b->blobStore());
    const auto outcome = downloader.fetch({sha, content.size(), QStringLiteral("akt 2")});
    QCOMPARE(outcome.fetched, 1);
    QVERIFY2(outcome.resumedFrom > 0, "the second run started from the beginning");
    QVERIFY(outcome.resumedFrom <= brokenAt);
    QCOMPARE(outcome.resumedFrom % akta::blobs::BlobCipher::kChunkBytes, 0);
    QCOMPARE(outcome.bytes, content.size() - outcome.resumedFrom);
    QCOMPARE(contentOf(m_b->blobStore(), sha), content);
    QVERIFY(!QFile::exists(part));
}

void TestBlobDownloader::contentNotMatchingItsHashStoresNothing()
{
    const QByteArray content = randomBytes(300 * 1024);
    const QString sha = upload(content);
    // Swap the server's copy for other bytes of the same length: the server serves what it has.
    const QString serverPath =
        QDir(m_server->dataDir())
            .filePath(QStringLiteral("data/blobs/%1/%2/%3").arg(sha.left(2), sha.mid(2, 2), sha));
    QFile serverFile(serverPath);
    QVERIFY2(serverFile.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(serverPath));
    serverFile.write(randomBytes(content.size()));
    serverFile.close();

    auto api = login();
    BlobDownloader downloader(*api, m_b->blobStore());
    try {
        downloader.fetch({sha, content.size(), QStringLiteral("akt 3")});
        QFAIL("content with the wrong hash was accepted");
    } catch (const akta::blobs::BlobError& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("does not match its hash")),
                 error.what());
    }
    QVERIFY(!m_b->blobStore().contains(sha));
    QCOMPARE(blobFiles(m_b->blobDirectory()), 0);
    QVERIFY(!QFile::exists(akta::blobs::PartialBlob::partPath(m_b->blobDirectory(), sha)));

    // fetchAll goes on and reports it instead.
    const auto outcome = downloader.fetchAll({{sha, content.size(), QStringLiteral("akt 3")}});
    QCOMPARE(outcome.fetched, 0);
    QCOMPARE(outcome.failures.size(), 1);
    QVERIFY(outcome.failures.constFirst().startsWith(QStringLiteral("akt 3: ")));
}

void TestBlobDownloader::completePartIsStoredWithoutDownloading()
{
    // Killed after the last whole chunk was written but before the blob was stored: a range from the end
    // would be refused (416), so the part is verified and stored as it is.
    const QByteArray content = randomBytes(2 * akta::blobs::BlobCipher::kChunkBytes);
    const QString sha = upload(content);
    const auto blobs = m_b->blobStore();
    {
        akta::blobs::PartialBlob part(blobs, sha);
        part.append(content);
    }
    auto api = login();
    BlobDownloader downloader(*api, blobs);
    const auto outcome = downloader.fetch({sha, content.size(), QStringLiteral("akt 6")});
    QCOMPARE(outcome.fetched, 1);
    QCOMPARE(outcome.bytes, 0);
    QCOMPARE(contentOf(blobs, sha), content);
}

void TestBlobDownloader::unknownBlobIsAnError()
{
    const QString sha = shaOf(QByteArrayLiteral("never uploaded"));
    auto api = login();
    BlobDownloader downloader(*api, m_b->blobStore());
    try {
        downloader.fetch({sha, 14, QStringLiteral("akt 4")});
        QFAIL("a blob the server does not have was fetched");
    } catch (const SyncError& error) {
        QCOMPARE(error.kind(), SyncError::Kind::Protocol);
        QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("404")), error.what());
    }
    QCOMPARE(blobFiles(m_b->blobDirectory()), 0);
}

void TestBlobDownloader::largeBlobNeverSitsInMemory()
{
    // 160 MiB written to a file in pieces and stored and uploaded streamed; the download must not raise
    // the process's peak memory by anything near the blob's size.
    constexpr qint64 kSize = 160LL * 1024 * 1024;
    const QString source = m_dir.filePath(QStringLiteral("large.bin"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray piece = randomBytes(1024 * 1024);
        for (qint64 written = 0; written < kSize; written += piece.size()) {
            QByteArray varied = piece;
            memcpy(varied.data(), &written, sizeof written);
            hash.addData(varied);
            QCOMPARE(file.write(varied), varied.size());
        }
    }
    const auto stored = m_a->blobStore().putFile(source);
    QCOMPARE(stored.sha256, QString::fromLatin1(hash.result().toHex()));
    login()->uploadBlob(stored.sha256, m_a->blobStore());

    const qint64 before = akta::util::peakResidentKiB();
    auto api = login();
    BlobDownloader downloader(*api, m_b->blobStore());
    const auto outcome = downloader.fetch({stored.sha256, kSize, QStringLiteral("akt 5")});
    const qint64 after = akta::util::peakResidentKiB();
    QCOMPARE(outcome.bytes, kSize);
    QVERIFY(m_b->blobStore().verify(stored.sha256));
    if (before > 0) {
        qInfo() << "peak memory before" << before / 1024 << "MiB, after" << after / 1024 << "MiB";
        QVERIFY2(after - before < 48 * 1024, "the download held the blob in memory");
    }
    QFile::remove(source);
}

QTEST_GUILESS_MAIN(TestBlobDownloader)
#include "tst_blobdownloader.moc"
