#include "AccessPolicy.h"
#include "ServerDatabase.h"
#include "UserDirectory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace akta::server;

class TestAccessPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void leaderSeesSubUnits();
    void caseworkerSeesOwnUnitOnly();
    void filterIsSql();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerDatabase> m_db;
    ServerUser m_leader;
    ServerUser m_caseworker;
};

void TestAccessPolicy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<ServerDatabase>(m_dir->path(), QString());
    m_db->migrate();
    UserDirectory users(*m_db);
    m_leader = users.addUser(QStringLiteral("lea"), "password1", QStringLiteral("Børn og Unge/PPR"),
                             QStringLiteral("leader"), {});
    m_caseworker = users.addUser(QStringLiteral("bo"), "password1", QStringLiteral("Børn og Unge/PPR/Syd"),
                                 QStringLiteral("caseworker"), {});
    users.addUser(QStringLiteral("pia"), "password1", QStringLiteral("Børn og Unge/PPR Nord"),
                  QStringLiteral("caseworker"), {});
}

void TestAccessPolicy::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAccessPolicy::leaderSeesSubUnits()
{
    const AccessPolicy policy(*m_db, m_leader);
    QCOMPARE(policy.visibleUnits().size(), 2);
    QVERIFY(policy.canSeeUnit(m_leader.unitId));
    QVERIFY(policy.canSeeUnit(m_caseworker.unitId));
    // "PPR Nord" starts with "PPR" but is not below it.
    const auto units = UserDirectory(*m_db).units();
    for (const ServerUnit& unit : units) {
        if (unit.path == QLatin1String("Børn og Unge/PPR Nord") ||
            unit.path == QLatin1String("Børn og Unge")) {
            QVERIFY2(!policy.canSeeUnit(unit.id), qPrintable(unit.path));
        }
    }
}

void TestAccessPolicy::caseworkerSeesOwnUnitOnly()
{
    const AccessPolicy policy(*m_db, m_caseworker);
    QCOMPARE(policy.visibleUnits(), QStringList{m_caseworker.unitId});
    QVERIFY(!policy.canSeeUnit(m_leader.unitId));
    QVERIFY(!policy.canSeeUnit(QString()));
    // A leader elsewhere sees nothing of this unit either: the role only reaches down.
    ServerUser stranger = m_caseworker;
    stranger.unitId = QStringLiteral("no-such-unit");
    stranger.role = QStringLiteral("leader");
    QVERIFY(AccessPolicy(*m_db, stranger).visibleUnits().isEmpty());
}

void TestAccessPolicy::filterIsSql()
{
    const AccessPolicy policy(*m_db, m_leader);
    QVariantList binds;
    const QString filter = policy.unitFilter(QStringLiteral("u.id"), binds);
    QCOMPARE(binds.size(), 2);
    QSqlQuery query = m_db->exec(QStringLiteral("SELECT count(*) FROM units u WHERE ") + filter, binds);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    ServerUser nobody = m_caseworker;
    nobody.unitId = QStringLiteral("gone");
    QVariantList none;
    QCOMPARE(AccessPolicy(*m_db, nobody).unitFilter(QStringLiteral("u.id"), none), QStringLiteral("1 = 0"));
    QVERIFY(none.isEmpty());
}

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
