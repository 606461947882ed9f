#include "AccessPolicy.h"
#include "AuditLog.h"
#include "ChangesFeed.h"
#include "GrantStore.h"
#include "ServerBlobStore.h"
#include "ServerDatabase.h"
#include "SyncService.h"
#include "UserDirectory.h"

#include <QDate>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace akta::server;

// Grants on a real SQLite server database: who they reach, what they refuse, and a grant whose last
// day has passed ends at the next pull and is revoked from its holder.
class TestGrantStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readGrantReadsOnly();
    void unitGrantReachesMembers();
    void badRequestsStoreNothing_data();
    void badRequestsStoreNothing();
    void endedGrantIsRevoked();

private:
    QJsonObject feed(const ServerUser& user, qint64 since = 0);
    GrantStore::Request request(const QString& to, const QString& access, const QString& until = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<ServerBlobStore> m_blobs;
    ServerUser m_owner;
    ServerUser m_reader;
    ServerUser m_colleague;
    QString m_caseId;
    QString m_caseNumber;
};

void TestGrantStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<ServerDatabase>(m_dir->path(), QString());
    m_db->migrate();
    m_blobs = std::make_unique<ServerBlobStore>(m_dir->filePath(QStringLiteral("blobs")));
    UserDirectory users(*m_db);
    m_owner = users.addUser(QStringLiteral("bo"), "password1", QStringLiteral("PPR"),
                            QStringLiteral("caseworker"), {});
    m_reader = users.addUser(QStringLiteral("cai"), "password1", QStringLiteral("Social"),
                             QStringLiteral("caseworker"), {});
    m_colleague = users.addUser(QStringLiteral("dan"), "password1", QStringLiteral("Social"),
                                QStringLiteral("caseworker"), {});
    m_caseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    AccessPolicy policy(*m_db, m_owner);
    const QJsonObject result =
        SyncService(*m_db, policy, *m_blobs)
            .push({{QStringLiteral("operations"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("entity"), QStringLiteral("case")},
                        {QStringLiteral("id"), m_caseId},
                        {QStringLiteral("baseRev"), 0},
                        {QStringLiteral("fields"),
                         QJsonObject{{QStringLiteral("title"), QStringLiteral("Sag")},
                                     {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")}}}}}}})
            .value(QStringLiteral("results"))
            .toArray()
            .first()
            .toObject();
    m_caseNumber =
        result.value(QStringLiteral("fields")).toObject().value(QStringLiteral("caseNumber")).toString();
    QVERIFY(!m_caseNumber.isEmpty());
}

void TestGrantStore::cleanup()
{
    m_blobs.reset();
    m_db.reset();
    m_dir.reset();
}

QJsonObject TestGrantStore::feed(const ServerUser& user, qint64 since)
{
    AccessPolicy policy(*m_db, user);
    return ChangesFeed(*m_db, policy).page(since, 100);
}

GrantStore::Request TestGrantStore::request(const QString& to, const QString& access,
                                            const QString& until) const
{
    return {m_caseNumber, to, access, until, QStringLiteral("test")};
}

void TestGrantStore::readGrantReadsOnly()
{
    QVERIFY(!AccessPolicy(*m_db, m_reader).canReadCase(m_caseId));
    const QJsonObject grant = GrantStore(*m_db).add(request(QStringLiteral("cai"), QStringLiteral("read")));
    QCOMPARE(grant.value(QStringLiteral("userId")).toString(), m_reader.id);
    AccessPolicy reader(*m_db, m_reader);
    QVERIFY(reader.canReadCase(m_caseId));
    QVERIFY(!reader.canWriteCase(m_caseId));
    QVERIFY(!AccessPolicy(*m_db, m_colleague).canReadCase(m_caseId));
    QCOMPARE(feed(m_reader).value(QStringLiteral("changes")).toArray().size(), 1);
    // The grant is an audit entry, and the chain holds.
    QSqlQuery entries =
        m_db->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'grant_add'"));
    QVERIFY(entries.next());
    QCOMPARE(entries.value(0).toInt(), 1);
    QVERIFY(AuditLog(*m_db).verify().intact);
}

void TestGrantStore::unitGrantReachesMembers()
{
    GrantStore(*m_db).add(request(QStringLiteral("Social"), QStringLiteral("write")));
    QVERIFY(AccessPolicy(*m_db, m_reader).canWriteCase(m_caseId));
    QVERIFY(AccessPolicy(*m_db, m_colleague).canWriteCase(m_caseId));
}

void TestGrantStore::badRequestsStoreNothing_data()
{
    QTest::addColumn<QString>("caseNumber");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("until");
    QTest::newRow("unknown case") << QStringLiteral("99.99.99-G01-1-26") << QStringLiteral("cai")
                                  << QStringLiteral("read") << QString();
    QTest::newRow("empty case") << QString() << QStringLiteral("cai") << QStringLiteral("read") << QString();
    QTest::newRow("unknown user") << QString() << QStringLiteral("nobody") << QStringLiteral("read")
                                  << QString();
    QTest::newRow("bad access") << QString() << QStringLiteral("cai") << QStringLiteral("owner") << QString();
    QTest::newRow("bad date") << QString() << QStringLiteral("cai") << QStringLiteral("read")
                              << QStringLiteral("31-12-2030");
    QTest::newRow("past date") << QString() << QStringLiteral("cai") << QStringLiteral("read")
                               << QStringLiteral("2001-01-01");
}

void TestGrantStore::badRequestsStoreNothing()
{
    QFETCH(QString, caseNumber);
    QFETCH(QString, to);
    QFETCH(QString, access);
    QFETCH(QString, until);
    GrantStore::Request bad = request(to, access, until);
    if (!caseNumber.isEmpty() || QLatin1String(QTest::currentDataTag()) == QLatin1String("empty case")) {
        bad.caseNumber = caseNumber;
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, GrantStore(*m_db).add(bad));
    QSqlQuery grants = m_db->exec(QStringLiteral("SELECT count(*) FROM grants"));
    QVERIFY(grants.next());
    QCOMPARE(grants.value(0).toInt(), 0);
    QVERIFY(!AccessPolicy(*m_db, m_reader).canReadCase(m_caseId));
}

void TestGrantStore::endedGrantIsRevoked()
{
    GrantStore(*m_db).add(
        request(QStringLiteral("cai"), QStringLiteral("read"), QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(AccessPolicy(*m_db, m_reader).canReadCase(m_caseId)); // the last day counts
    const qint64 cursor = feed(m_reader).value(QStringLiteral("cursor")).toInteger();
    // The last day passes.
    m_db->exec(QStringLiteral("UPDATE grants SET until = ?"),
               {QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    QVERIFY(!AccessPolicy(*m_db, m_reader).canReadCase(m_caseId));
    const QJsonObject after = feed(m_reader, cursor);
    const QJsonArray revoked = after.value(QStringLiteral("revoked")).toArray();
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(revoked.first().toObject().value(QStringLiteral("id")).toString(), m_caseId);
    QVERIFY(after.value(QStringLiteral("changes")).toArray().isEmpty());
    // The owner keeps it and is told of no revocation; the end is in the audit log once.
    QVERIFY(feed(m_owner, cursor).value(QStringLiteral("revoked")).toArray().isEmpty());
    QCOMPARE(GrantStore(*m_db).endExpired(), 0);
    QSqlQuery ended = m_db->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'grant_end'"));
    QVERIFY(ended.next());
    QCOMPARE(ended.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestGrantStore)
#include "tst_grantstore.moc"
