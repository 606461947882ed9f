// Tests of akta::store::StoreId: made once per folder (and the folder with it), read back the same, a file
// that does not hold a UUID is no id.

#include "store/StoreId.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using akta::store::StoreId;

class TestStoreId : public QObject
{
    Q_OBJECT

private slots:
    void madeOnceAndReadBack();
    void garbageIsNoId();
};

void TestStoreId::madeOnceAndReadBack()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("a/b"));
    QVERIFY(StoreId::read(folder).isEmpty());
    const QString id = StoreId::ensure(folder);
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY(QFile::exists(StoreId::filePathFor(folder)));
    QCOMPARE(StoreId::read(folder), id);
    QCOMPARE(StoreId::ensure(folder), id);
    QVERIFY(StoreId::ensure(dir.filePath(QStringLiteral("c"))) != id);
}

void TestStoreId::garbageIsNoId()
{
    QTemporaryDir dir;
    QFile file(StoreId::filePathFor(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a uuid\n");
    file.close();
    QVERIFY(StoreId::read(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreId)
#include "tst_storeid.moc"
