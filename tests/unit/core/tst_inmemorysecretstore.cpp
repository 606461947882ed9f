// Tests of akta::secrets::InMemorySecretStore: answers come later through signals, as from the keychain.

#include "secrets/InMemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

class TestInMemorySecretStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove();
};

void TestInMemorySecretStore::writeReadRemove()
{
    akta::secrets::InMemorySecretStore store;
    QSignalSpy read(&store, &akta::secrets::SecretStore::readDone);
    QSignalSpy written(&store, &akta::secrets::SecretStore::writeDone);
    store.read(QStringLiteral("k"));
    QCOMPARE(read.count(), 0); // not at once
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(2).toBool(), false);
    store.write(QStringLiteral("k"), QStringLiteral("token"));
    QTRY_COMPARE(written.count(), 1);
    store.read(QStringLiteral("k"));
    QTRY_COMPARE(read.count(), 2);
    QCOMPARE(read.at(1).at(1).toString(), QStringLiteral("token"));
    QCOMPARE(read.at(1).at(2).toBool(), true);
    store.remove(QStringLiteral("k"));
    QVERIFY(!store.contains(QStringLiteral("k")));
}

QTEST_GUILESS_MAIN(TestInMemorySecretStore)
#include "tst_inmemorysecretstore.moc"
