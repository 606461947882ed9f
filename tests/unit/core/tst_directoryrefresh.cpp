// Tests of akta::sync::DirectoryRefresh on a real local store: the server's units and users are
// stored, a local account of the same user name steps aside, and the server's user signs in.

#include "directory/Directory.h"
#include "directory/LocalAccount.h"
#include "store/LocalStore.h"
#include "sync/DirectoryRefresh.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDirectoryRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void storesUnitsUsersAndSignsIn();
};

void TestDirectoryRefresh::storesUnitsUsersAndSignsIn()
{
    QTemporaryDir dir;
    akta::store::LocalStore store(dir.path());
    qputenv("USER", "anna");
    qputenv("USERNAME", "anna");
    const QString local = akta::directory::LocalAccount::ensure(store.database());
    const QString root = QStringLiteral("11111111-1111-4111-8111-111111111111");
    const QString ppr = QStringLiteral("22222222-2222-4222-8222-222222222222");
    const QString anna = QStringLiteral("33333333-3333-4333-8333-333333333333");
    const QJsonObject user{{QStringLiteral("id"), anna},
                           {QStringLiteral("username"), QStringLiteral("anna")},
                           {QStringLiteral("fullName"), QStringLiteral("Anna Berg")},
                           {QStringLiteral("unitId"), ppr},
                           {QStringLiteral("role"), QStringLiteral("caseworker")}};
    const QJsonObject me{{QStringLiteral("user"), user}, {QStringLiteral("visibleUnits"), QJsonArray{ppr}}};
    const QJsonArray units{QJsonObject{{QStringLiteral("id"), root},
                                       {QStringLiteral("parentId"), QJsonValue::Null},
                                       {QStringLiteral("name"), QStringLiteral("Børn og Unge")}},
                           QJsonObject{{QStringLiteral("id"), ppr},
                                       {QStringLiteral("parentId"), root},
                                       {QStringLiteral("name"), QStringLiteral("PPR")}}};
    const akta::sync::ServerIdentity identity =
        akta::sync::DirectoryRefresh(store.database()).apply(me, units, QJsonArray{user});
    QCOMPARE(identity.userId, anna);
    QCOMPARE(identity.unitId, ppr);
    QVERIFY(identity.visibleUnits.contains(ppr));
    QVERIFY(identity.knownUsers.contains(anna));

    akta::directory::Directory directory(store.database());
    QCOMPARE(directory.unit(ppr)->parentId, root);
    QCOMPARE(directory.currentUser()->id, anna);
    QCOMPARE(directory.userByName(QStringLiteral("anna"))->id, anna);
    QVERIFY(directory.user(local)->username.startsWith(QStringLiteral("anna-")));

    // Again (the next sync): nothing doubles, nothing fails.
    akta::sync::DirectoryRefresh(store.database()).apply(me, units, QJsonArray{user});
    QCOMPARE(directory.users().size(), 2);
}

QTEST_GUILESS_MAIN(TestDirectoryRefresh)
#include "tst_directoryrefresh.moc"
