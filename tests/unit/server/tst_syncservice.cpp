#include "AccessPolicy.h"
#include "ApiError.h"
#include "ServerBlobStore.h"
#include "ServerDatabase.h"
#include "SyncService.h"
#include "UserDirectory.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace akta::server;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject push(const QString& entity, const QString& id, qint64 baseRev, const QJsonObject& fields,
                 const QString& opId = newId())
{
    return {{QStringLiteral("operations"), QJsonArray{QJsonObject{{QStringLiteral("opId"), opId},
                                                                  {QStringLiteral("entity"), entity},
                                                                  {QStringLiteral("id"), id},
                                                                  {QStringLiteral("baseRev"), baseRev},
                                                                  {QStringLiteral("fields"), fields}}}}};
}

} // namespace

class TestSyncService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createMergeConflict();
    void sameValueIsNoChange();
    void caseNumbersCountPerSubject();
    void invalidRequestStoresNothing();
    void pullLimitAndRevocation();

private:
    QJsonObject apply(const ServerUser& user, const QJsonObject& body);
    QJsonObject pull(const ServerUser& user, qint64 since, int limit = 100);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<ServerBlobStore> m_blobs;
    ServerUser m_leader;
    ServerUser m_caseworker;
};

void TestSyncService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<ServerDatabase>(m_dir->path(), QString());
    m_db->migrate();
    m_blobs = std::make_unique<ServerBlobStore>(m_dir->filePath(QStringLiteral("blobs")));
    UserDirectory users(*m_db);
    m_leader = users.addUser(QStringLiteral("lea"), "password1", QStringLiteral("PPR"),
                             QStringLiteral("leader"), {});
    m_caseworker = users.addUser(QStringLiteral("bo"), "password1", QStringLiteral("PPR/Syd"),
                                 QStringLiteral("caseworker"), {});
}

void TestSyncService::cleanup()
{
    m_blobs.reset();
    m_db.reset();
    m_dir.reset();
}

QJsonObject TestSyncService::apply(const ServerUser& user, const QJsonObject& body)
{
    AccessPolicy policy(*m_db, user);
    return SyncService(*m_db, policy, *m_blobs)
        .push(body)
        .value(QStringLiteral("results"))
        .toArray()
        .first()
        .toObject();
}

QJsonObject TestSyncService::pull(const ServerUser& user, qint64 since, int limit)
{
    AccessPolicy policy(*m_db, user);
    return SyncService(*m_db, policy, *m_blobs).pull(since, limit);
}

void TestSyncService::createMergeConflict()
{
    const QString id = newId();
    const QJsonObject created =
        apply(m_caseworker, push(QStringLiteral("case"), id, 0,
                                 {{QStringLiteral("title"), QStringLiteral("A")},
                                  {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")}}));
    QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(created.value(QStringLiteral("seq")).toInteger(), 1);
    const QJsonObject a = apply(
        m_caseworker, push(QStringLiteral("case"), id, 1, {{QStringLiteral("title"), QStringLiteral("B")}}));
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QJsonObject b = apply(
        m_leader, push(QStringLiteral("case"), id, 1, {{QStringLiteral("deletion"), QStringLiteral("P5Y")}}));
    QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
    QCOMPARE(b.value(QStringLiteral("rev")).toInt(), 3);
    const QJsonObject c = apply(m_leader, push(QStringLiteral("case"), id, 2,
                                               {{QStringLiteral("deletion"), QStringLiteral("P10Y")},
                                                {QStringLiteral("title"), QStringLiteral("C")}}));
    QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    QCOMPARE(c.value(QStringLiteral("conflictingFields")).toArray(), QJsonArray{QStringLiteral("deletion")});
    QCOMPARE(c.value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")),
             QStringLiteral("B"));
}

void TestSyncService::sameValueIsNoChange()
{
    const QString party = newId();
    const QJsonObject fields{{QStringLiteral("kind"), QStringLiteral("person")},
                             {QStringLiteral("identifier"), QStringLiteral("0101801234")},
                             {QStringLiteral("name"), QStringLiteral("Anna")}};
    QCOMPARE(
        apply(m_caseworker, push(QStringLiteral("party"), party, 0, fields)).value(QStringLiteral("rev")), 1);
    // Another desktop creating the same party with the same values: nothing to store, no conflict.
    const QJsonObject again = apply(m_leader, push(QStringLiteral("party"), party, 0, fields));
    QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
    QCOMPARE(again.value(QStringLiteral("rev")).toInt(), 1);
    QVERIFY(!again.contains(QStringLiteral("seq")));
    QCOMPARE(pull(m_caseworker, 0).value(QStringLiteral("cursor")).toInteger(), 1);
}

void TestSyncService::caseNumbersCountPerSubject()
{
    const auto number = [&](const char* subject, const char* facet) {
        const QJsonObject result =
            apply(m_caseworker, push(QStringLiteral("case"), newId(), 0,
                                     {{QStringLiteral("title"), QStringLiteral("T")},
                                      {QStringLiteral("kleSubject"), QLatin1String(subject)},
                                      {QStringLiteral("kleFacet"), QLatin1String(facet)}}));
        return result.value(QStringLiteral("fields"))
            .toObject()
            .value(QStringLiteral("caseNumber"))
            .toString();
    };
    const QString yy = QString::number(QDate::currentDate().year() % 100).rightJustified(2, QLatin1Char('0'));
    QCOMPARE(number("17.01.00", "G01"), QStringLiteral("17.01.00-G01-1-") + yy);
    QCOMPARE(number("17.01.00", "P20"), QStringLiteral("17.01.00-P20-2-") + yy);
    QCOMPARE(number("27.24.00", "G01"), QStringLiteral("27.24.00-G01-1-") + yy);
}

void TestSyncService::invalidRequestStoresNothing()
{
    AccessPolicy policy(*m_db, m_caseworker);
    SyncService sync(*m_db, policy, *m_blobs);
    QJsonObject body = push(QStringLiteral("case"), newId(), 0,
                            {{QStringLiteral("title"), QStringLiteral("T")},
                             {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")}});
    QJsonArray operations = body.value(QStringLiteral("operations")).toArray();
    QJsonObject bad = operations.first().toObject();
    bad.insert(QStringLiteral("id"), QStringLiteral("../../x"));
    operations.append(bad);
    body.insert(QStringLiteral("operations"), operations);
    QVERIFY_THROWS_EXCEPTION(ApiError, sync.push(body));
    QCOMPARE(sync.pull(0, 10).value(QStringLiteral("changes")).toArray().size(), 0);
}

void TestSyncService::pullLimitAndRevocation()
{
    const QString pprUnit = m_leader.unitId;
    const QString first = newId();
    const QString second = newId();
    for (const QString& id : {first, second}) {
        apply(m_caseworker, push(QStringLiteral("case"), id, 0,
                                 {{QStringLiteral("title"), QStringLiteral("T")},
                                  {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")}}));
    }
    const QJsonObject page = pull(m_caseworker, 0, 1);
    QCOMPARE(page.value(QStringLiteral("more")).toBool(), true);
    QCOMPARE(page.value(QStringLiteral("cursor")).toInteger(), 1);
    const qint64 cursor = pull(m_caseworker, 0).value(QStringLiteral("cursor")).toInteger();
    QCOMPARE(apply(m_leader,
                   push(QStringLiteral("case"), first, 1, {{QStringLiteral("responsibleUnit"), pprUnit}}))
                 .value(QStringLiteral("status")),
             QStringLiteral("applied"));
    const QJsonObject after = pull(m_caseworker, cursor);
    QCOMPARE(after.value(QStringLiteral("revoked")).toArray().size(), 1);
    QCOMPARE(after.value(QStringLiteral("revoked")).toArray().first().toObject().value(QStringLiteral("id")),
             first);
    QCOMPARE(pull(m_leader, cursor).value(QStringLiteral("changes")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
