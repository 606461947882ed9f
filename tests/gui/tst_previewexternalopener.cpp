// PreviewExternalOpener: the copy handed to another program is a read-only file with the
// document's own (made safe) name with the decrypted content, never the (encrypted) blob itself.

#include "PreviewExternalOpener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace blobs = akta::blobs;
using akta::widgets::PreviewExternalOpener;

namespace {

blobs::BlobCipher::Key testKey()
{
    blobs::BlobCipher::Key key;
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = std::uint8_t(7 * i + 1);
    }
    return key;
}

} // namespace

class TestPreviewExternalOpener : public QObject
{
    Q_OBJECT

private slots:
    void copiesToAReadOnlyFile();
    void missingBlobIsAnError();
    void safeFileNames();
    void oldCopiesAreRemoved();
};

void TestPreviewExternalOpener::copiesToAReadOnlyFile()
{
    QTemporaryDir dir;
    const blobs::BlobStore store(dir.path(), testKey());
    const QString sha256 = store.putData("indhold").sha256;
    const QString blob = store.pathOf(sha256);

    const auto copy =
        PreviewExternalOpener::copyToTemporary(store, sha256, QStringLiteral("Afgørelse 2026.pdf"));
    QVERIFY2(copy.error.isEmpty(), qPrintable(copy.error));
    QCOMPARE(QFileInfo(copy.path).fileName(), QStringLiteral("Afgørelse 2026.pdf"));
    QVERIFY(copy.path != blob);
    QFile copied(copy.path);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), QByteArray("indhold"));
    QVERIFY(!(QFileInfo(copy.path).permissions() & QFileDevice::WriteOwner));
    QFile::setPermissions(copy.path, QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    QVERIFY(QDir(QFileInfo(copy.path).absolutePath()).removeRecursively());
}

void TestPreviewExternalOpener::missingBlobIsAnError()
{
    const auto folders = [] {
        return QDir::temp().entryList({QStringLiteral("akta-preview-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    };
    const QStringList before = folders();
    QTemporaryDir dir;
    const blobs::BlobStore store(dir.path(), testKey());
    const auto copy =
        PreviewExternalOpener::copyToTemporary(store, QString(64, QLatin1Char('a')), QStringLiteral("a.pdf"));
    QVERIFY(copy.path.isEmpty());
    QVERIFY(!copy.error.isEmpty());
    QCOMPARE(folders(), before); // no empty folder left behind
}

void TestPreviewExternalOpener::oldCopiesAreRemoved()
{
    QTemporaryDir temp;
    QTemporaryDir dir;
    const blobs::BlobStore store(dir.path(), testKey());
    const QString sha256 = store.putData("indhold").sha256;
    const QString copy = temp.filePath(QStringLiteral("akta-preview-abc123/brev.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).path()));
    store.copyTo(sha256, copy);
    QFile::setPermissions(copy, QFileDevice::ReadOwner);
    QVERIFY(QDir().mkpath(temp.filePath(QStringLiteral("other-folder"))));
    // A fresh copy stays (the other program may still be reading it); an old one goes, read-only or not.
    QCOMPARE(PreviewExternalOpener::removeOldCopies(temp.path(), 3600), 0);
    QVERIFY(QFile::exists(copy));
    QCOMPARE(PreviewExternalOpener::removeOldCopies(temp.path(), 0), 1);
    QVERIFY(!QFile::exists(copy));
    QVERIFY(!QFileInfo::exists(QFileInfo(copy).path()));
    QVERIFY(QFileInfo::exists(temp.filePath(QStringLiteral("other-folder"))));
}

void TestPreviewExternalOpener::safeFileNames()
{
    QCOMPARE(PreviewExternalOpener::safeFileName(QStringLiteral("../../etc/passwd")),
             QStringLiteral("passwd"));
    QCOMPARE(PreviewExternalOpener::safeFileName(QStringLiteral("a:b*c?.txt")), QStringLiteral("a_b_c_.txt"));
    QCOMPARE(PreviewExternalOpener::safeFileName(QStringLiteral(".skjult")), QStringLiteral("skjult"));
    QCOMPARE(PreviewExternalOpener::safeFileName(QString()), QStringLiteral("dokument"));
}

QTEST_GUILESS_MAIN(TestPreviewExternalOpener)
#include "tst_previewexternalopener.moc"
