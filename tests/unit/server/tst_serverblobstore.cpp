#include "ServerBlobStore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using akta::server::ServerBlobStore;

namespace {

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestServerBlobStore final : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void partialThenStored();
    void mismatchIsDiscarded();
    void oneUploadAtATime();
};

void TestServerBlobStore::names()
{
    QVERIFY(ServerBlobStore::isHash(QString(64, QLatin1Char('0'))));
    QVERIFY(!ServerBlobStore::isHash(QString(64, QLatin1Char('A'))));
    QVERIFY(!ServerBlobStore::isHash(QString(63, QLatin1Char('0'))));
    QVERIFY(!ServerBlobStore::isHash(QString(64, QLatin1Char('0')) + QLatin1Char('\n')));
    QVERIFY(!ServerBlobStore::isHash(QStringLiteral("../") + QString(61, QLatin1Char('0'))));
    QTemporaryDir dir;
    ServerBlobStore store(dir.path());
    const QString sha = sha256("x");
    QCOMPARE(store.path(sha),
             dir.filePath(sha.left(2) + QLatin1Char('/') + sha.mid(2, 2) + QLatin1Char('/') + sha));
}

void TestServerBlobStore::partialThenStored()
{
    QTemporaryDir dir;
    ServerBlobStore store(dir.path());
    const QByteArray content = QByteArray(100000, 'q') + "tail";
    const QString sha = sha256(content);
    QCOMPARE(store.partialSize(sha), 0);
    {
        auto file = store.openPartial(sha);
        QVERIFY(file);
        file->write(content.left(40000));
    }
    QCOMPARE(store.partialSize(sha), 40000);
    QCOMPARE(store.finish(sha, content.size()), ServerBlobStore::Finish::Incomplete);
    QVERIFY(!store.contains(sha));
    {
        auto file = store.openPartial(sha);
        file->write(content.mid(40000));
    }
    QCOMPARE(store.finish(sha, content.size()), ServerBlobStore::Finish::Stored);
    QVERIFY(store.contains(sha));
    QCOMPARE(store.size(sha), content.size());
    QCOMPARE(store.partialSize(sha), 0);
    QFile stored(store.path(sha));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), content);
}

void TestServerBlobStore::mismatchIsDiscarded()
{
    QTemporaryDir dir;
    ServerBlobStore store(dir.path());
    const QString sha = sha256("expected");
    {
        auto file = store.openPartial(sha);
        file->write("received");
    }
    QCOMPARE(store.finish(sha, 8), ServerBlobStore::Finish::HashMismatch);
    QVERIFY(!store.contains(sha));
    QCOMPARE(store.partialSize(sha), 0);
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(!files.hasNext());
}

void TestServerBlobStore::oneUploadAtATime()
{
    QTemporaryDir dir;
    ServerBlobStore store(dir.path());
    const QString a = sha256("a");
    QVERIFY(store.beginUpload(a));
    QVERIFY(!store.beginUpload(a));
    QVERIFY(store.beginUpload(sha256("b")));
    store.endUpload(a);
    QVERIFY(store.beginUpload(a));
}

QTEST_GUILESS_MAIN(TestServerBlobStore)
#include "tst_serverblobstore.moc"
