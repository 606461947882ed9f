// Runs the real akta-server (SQLite, and PostgreSQL when AKTA_TEST_PG_URL names a cluster) on a free
// loopback port and talks HTTP to it: health, login/logout, users and units, push (applied, merged,
// conflict, rejected, idempotent retries, official case numbers), pull (paging, revoked), search,
// access by unit, and bad requests that must get a 4xx JSON error and store nothing.

#include "ApiClient.h"
#include "ServerProcess.h"
#include "ThreeUserServer.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <memory>
#include <numeric>
#include <thread>
#include <vector>

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject op(const QString& entity, const QString& id, qint64 baseRev, const QJsonObject& fields,
               const QString& opId = newId())
{
    return {{QStringLiteral("opId"), opId},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("baseRev"), baseRev},
            {QStringLiteral("fields"), fields}};
}

QJsonObject pushBody(const QJsonArray& operations)
{
    return {{QStringLiteral("operations"), operations}};
}

QSet<QString> ids(const QJsonArray& items)
{
    QSet<QString> result;
    for (const QJsonValue& item : items) {
        result.insert(item.toObject().value(QStringLiteral("id")).toString());
    }
    return result;
}

} // namespace

class TestServerApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void healthAndVersion();
    void loginAndLogout();
    void usersAndUnits();
    void newCaseGetsOfficialNumber();
    void retriedOperationIsHarmless();
    void fieldLevelMergeAndConflict();
    void pullPagesByCursor();
    void accessFollowsUnits();
    void movedCaseIsRevoked();
    void concurrentPushesLoseNothing();
    void searchOnlyWhatTheUserMaySee();
    void badRequestsStoreNothing_data();
    void badRequestsStoreNothing();
    void badQueriesAreRejected();
    void oversizedBodyIsRejected();
    void plainHttpOnlyOnLoopback();
    void tlsServes();
    void gracefulShutdown();

private:
    // Pushes one operation as `client`; the result object.
    QJsonObject pushOne(ApiClient& client, const QJsonObject& operation);
    QString createCase(ApiClient& client, const QString& title, const QString& unitId = {});
    QJsonObject pullAll(ApiClient& client, qint64 since = 0);
    QString unitId(const QString& path);

    ThreeUserServer m_fixture;
};

void TestServerApi::initTestCase_data()
{
#ifndef Q_OS_WIN
    // httplib's client writes with send(): a server closing early must not kill the test.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QTest::addColumn<QString>("backend");
    QString error;
    const QStringList backends = ServerProcess::backends(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString& backend : backends) {
        QTest::newRow(qPrintable(backend)) << backend;
    }
}

void TestServerApi::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    QVERIFY2(m_fixture.start(backend, &error), qPrintable(error));
}

void TestServerApi::cleanup()
{
    m_fixture.stop();
}

QJsonObject TestServerApi::pushOne(ApiClient& client, const QJsonObject& operation)
{
    const auto reply = client.postJson(QStringLiteral("/api/v1/push"), pushBody({operation}));
    if (reply.status != 200) {
        qWarning() << "push failed" << reply.status << reply.body;
        return {};
    }
    return reply.json.value(QStringLiteral("results")).toArray().first().toObject();
}

QString TestServerApi::createCase(ApiClient& client, const QString& title, const QString& unit)
{
    const QString id = newId();
    QJsonObject fields{{QStringLiteral("caseNumber"), QStringLiteral("17.01.00-G01-P7-26")},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")},
                       {QStringLiteral("kleFacet"), QStringLiteral("G01")},
                       {QStringLiteral("kind"), QStringLiteral("citizen")},
                       {QStringLiteral("status"), QStringLiteral("opened")}};
    if (!unit.isEmpty()) {
        fields.insert(QStringLiteral("responsibleUnit"), unit);
    }
    const QJsonObject result = pushOne(client, op(QStringLiteral("case"), id, 0, fields));
    return result.value(QStringLiteral("status")).toString() == QLatin1String("applied") ? id : QString();
}

QJsonObject TestServerApi::pullAll(ApiClient& client, qint64 since)
{
    return client.get(QStringLiteral("/api/v1/changes?since=%1").arg(since)).json;
}

QString TestServerApi::unitId(const QString& path)
{
    const auto reply = m_fixture.leader->get(QStringLiteral("/api/v1/units"));
    for (const QJsonValue& unit : reply.json.value(QStringLiteral("units")).toArray()) {
        if (unit.toObject().value(QStringLiteral("path")).toString() == path) {
            return unit.toObject().value(QStringLiteral("id")).toString();
        }
    }
    return {};
}

void TestServerApi::healthAndVersion()
{
    QFETCH_GLOBAL(QString, backend);
    ApiClient anonymous(m_fixture.server->port());
    const auto health = anonymous.get(QStringLiteral("/api/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.json.value(QStringLiteral("backend")).toString(), backend);
    QCOMPARE(health.json.value(QStringLiteral("schemaVersion")).toInt(), 3);
    const auto version = ServerProcess::run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("akta-server "));
    const auto unknown = anonymous.get(QStringLiteral("/api/v1/no-such-thing"));
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.isJsonError());
    // Every request is logged as a JSON line.
    QVERIFY(m_fixture.server->log().contains(R"("event":"request")"));
}

void TestServerApi::loginAndLogout()
{
    ApiClient client(m_fixture.server->port());
    const auto wrong = client.postJson(QStringLiteral("/api/v1/login"),
                                       {{QStringLiteral("username"), QStringLiteral("lea")},
                                        {QStringLiteral("password"), QStringLiteral("wrong password")}});
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.isJsonError());
    const auto nobody = client.postJson(QStringLiteral("/api/v1/login"),
                                        {{QStringLiteral("username"), QStringLiteral("nobody")},
                                         {QStringLiteral("password"), ServerProcess::kPassword}});
    QCOMPARE(nobody.status, 401);
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 401);
    client.setToken(QStringLiteral("made-up-token"));
    QCOMPARE(client.get(QStringLiteral("/api/v1/me")).status, 401);

    QVERIFY(client.login(QStringLiteral("lea"), ServerProcess::kPassword));
    const auto me = client.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("lea"));
    // The leader sees the own unit and the one below it.
    QCOMPARE(me.json.value(QStringLiteral("visibleUnits")).toArray().size(), 2);
    // The token is stored hashed: it does not appear in the SQLite file.
    QFETCH_GLOBAL(QString, backend);
    if (backend == QLatin1String("sqlite")) {
        QFile database(m_fixture.server->dataDir() + QStringLiteral("/data/akta-server.sqlite"));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(client.token().toUtf8()));
    }
    QCOMPARE(client.post(QStringLiteral("/api/v1/logout"), {}).status, 204);
    const auto after = client.get(QStringLiteral("/api/v1/me"));
    QCOMPARE(after.status, 401);
    QVERIFY(after.isJsonError());
}

void TestServerApi::usersAndUnits()
{
    const auto users = m_fixture.caseworker->get(QStringLiteral("/api/v1/users"));
    QCOMPARE(users.status, 200);
    QStringList names;
    for (const QJsonValue& user : users.json.value(QStringLiteral("users")).toArray()) {
        names << user.toObject().value(QStringLiteral("username")).toString();
        QVERIFY(!user.toObject().contains(QStringLiteral("passwordHash")));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("bo"), QStringLiteral("cai"), QStringLiteral("lea")}));
    const auto units = m_fixture.caseworker->get(QStringLiteral("/api/v1/units"));
    QCOMPARE(units.status, 200);
    QStringList paths;
    for (const QJsonValue& unit : units.json.value(QStringLiteral("units")).toArray()) {
        paths << unit.toObject().value(QStringLiteral("path")).toString();
    }
    QCOMPARE(paths, (QStringList{QStringLiteral("Børn og Unge"), QStringLiteral("Børn og Unge/PPR"),
                                 QStringLiteral("Børn og Unge/PPR/Syd"), QStringLiteral("Social"),
                                 QStringLiteral("Social/Handicap")}));
    QVERIFY(!unitId(QStringLiteral("Børn og Unge/PPR/Syd")).isEmpty());
    // A user name that exists already is refused, and so is an unknown role.
    const auto again = m_fixture.server->admin({QStringLiteral("user"), QStringLiteral("add")},
                                               {QStringLiteral("--user"), QStringLiteral("bo"),
                                                QStringLiteral("--password-file"),
                                                m_fixture.server->filePath(QStringLiteral("password")),
                                                QStringLiteral("--unit"), QStringLiteral("X")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("exists already"), again.err.constData());
    const auto role = m_fixture.server->admin(
        {QStringLiteral("user"), QStringLiteral("add")},
        {QStringLiteral("--user"), QStringLiteral("dan"), QStringLiteral("--password-file"),
         m_fixture.server->filePath(QStringLiteral("password")), QStringLiteral("--unit"),
         QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("king")});
    QCOMPARE(role.exitCode, 1);
    QCOMPARE(m_fixture.server->admin({QStringLiteral("user"), QStringLiteral("add")}, {}).exitCode, 2);
}

void TestServerApi::newCaseGetsOfficialNumber()
{
    const QString id = newId();
    const QJsonObject result = pushOne(
        *m_fixture.caseworker, op(QStringLiteral("case"), id, 0,
                                  {{QStringLiteral("caseNumber"), QStringLiteral("17.01.00-G01-P3-26")},
                                   {QStringLiteral("numberProvisional"), true},
                                   {QStringLiteral("title"), QStringLiteral("Udtalelse om skolestart")},
                                   {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")},
                                   {QStringLiteral("kleFacet"), QStringLiteral("G01")}}));
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(result.value(QStringLiteral("rev")).toInt(), 1);
    const QJsonObject fields = result.value(QStringLiteral("fields")).toObject();
    const QString year =
        QString::number(QDate::currentDate().year() % 100).rightJustified(2, QLatin1Char('0'));
    QCOMPARE(fields.value(QStringLiteral("caseNumber")).toString(), QStringLiteral("17.01.00-G01-1-") + year);
    QCOMPARE(fields.value(QStringLiteral("numberProvisional")).toBool(true), false);
    QCOMPARE(fields.value(QStringLiteral("responsibleUnit")).toString(),
             unitId(QStringLiteral("Børn og Unge/PPR/Syd")));
    const QString second = createCase(*m_fixture.leader, QStringLiteral("Anden sag"));
    QVERIFY(!second.isEmpty());
    const QJsonObject changes = pullAll(*m_fixture.leader);
    QStringList numbers;
    for (const QJsonValue& change : changes.value(QStringLiteral("changes")).toArray()) {
        numbers << change.toObject()
                       .value(QStringLiteral("fields"))
                       .toObject()
                       .value(QStringLiteral("caseNumber"))
                       .toString();
    }
    QCOMPARE(numbers, (QStringList{QStringLiteral("17.01.00-G01-1-") + year,
                                   QStringLiteral("17.01.00-G01-2-") + year}));
    // A later push cannot replace the official number.
    const QJsonObject renumber =
        pushOne(*m_fixture.caseworker,
                op(QStringLiteral("case"), id, 1, {{QStringLiteral("caseNumber"), QStringLiteral("X-1")}}));
    QCOMPARE(
        renumber.value(QStringLiteral("fields")).toObject().value(QStringLiteral("caseNumber")).toString(),
        QStringLiteral("17.01.00-G01-1-") + year);
}

void TestServerApi::retriedOperationIsHarmless()
{
    const QString caseId = createCase(*m_fixture.caseworker, QStringLiteral("Sag"));
    const QJsonObject rename =
        op(QStringLiteral("case"), caseId, 1, {{QStringLiteral("title"), QStringLiteral("Nyt navn")}});
    const QJsonObject first = pushOne(*m_fixture.caseworker, rename);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(first.value(QStringLiteral("rev")).toInt(), 2);
    const QJsonObject cursor = pullAll(*m_fixture.caseworker);
    // The same opId again (a client that never saw the answer): the same result, nothing new.
    const QJsonObject retry = pushOne(*m_fixture.caseworker, rename);
    QCOMPARE(retry, first);
    const QJsonObject after =
        pullAll(*m_fixture.caseworker, cursor.value(QStringLiteral("cursor")).toInteger());
    QCOMPARE(after.value(QStringLiteral("changes")).toArray().size(), 0);
    // A document pushed twice in one request with the same opId exists once.
    const QJsonObject document = op(QStringLiteral("document"), newId(), 0,
                                    {{QStringLiteral("caseId"), caseId},
                                     {QStringLiteral("number"), 1},
                                     {QStringLiteral("title"), QStringLiteral("Notat")},
                                     {QStringLiteral("kind"), QStringLiteral("note")}});
    const auto twice =
        m_fixture.caseworker->postJson(QStringLiteral("/api/v1/push"), pushBody({document, document}));
    QCOMPARE(twice.status, 200);
    const QJsonArray results = twice.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(0), results.at(1));
    const QJsonObject documents =
        pullAll(*m_fixture.caseworker, cursor.value(QStringLiteral("cursor")).toInteger());
    QCOMPARE(documents.value(QStringLiteral("changes")).toArray().size(), 1);
}

void TestServerApi::fieldLevelMergeAndConflict()
{
    const QString caseId = createCase(*m_fixture.caseworker, QStringLiteral("Oprindelig titel"));
    // Two desktops both on rev 1. One changes the title...
    const QJsonObject title =
        pushOne(*m_fixture.caseworker, op(QStringLiteral("case"), caseId, 1,
                                          {{QStringLiteral("title"), QStringLiteral("Titel fra A")}}));
    QCOMPARE(title.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    // ...the other the status: disjoint fields merge.
    const QJsonObject status =
        pushOne(*m_fixture.leader, op(QStringLiteral("case"), caseId, 1,
                                      {{QStringLiteral("status"), QStringLiteral("in_progress")}}));
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
    QCOMPARE(status.value(QStringLiteral("rev")).toInt(), 3);
    const QJsonObject merged = status.value(QStringLiteral("fields")).toObject();
    QCOMPARE(merged.value(QStringLiteral("title")).toString(), QStringLiteral("Titel fra A"));
    QCOMPARE(merged.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    // The same field changed on both sides since rev 1: a conflict with the server's version.
    const QJsonObject conflict =
        pushOne(*m_fixture.leader, op(QStringLiteral("case"), caseId, 1,
                                      {{QStringLiteral("title"), QStringLiteral("Titel fra B")},
                                       {QStringLiteral("followUpDate"), QStringLiteral("2027-01-01")}}));
    QCOMPARE(conflict.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
    QCOMPARE(conflict.value(QStringLiteral("rev")).toInt(), 3);
    QCOMPARE(conflict.value(QStringLiteral("conflictingFields")).toArray(),
             QJsonArray{QStringLiteral("title")});
    QCOMPARE(conflict.value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Titel fra A"));
    // Nothing of the conflicting operation was stored.
    const QJsonArray changes = pullAll(*m_fixture.leader).value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().toObject().value(QStringLiteral("rev")).toInt(), 3);
    QVERIFY(!changes.first()
                 .toObject()
                 .value(QStringLiteral("fields"))
                 .toObject()
                 .contains(QStringLiteral("followUpDate")));
    // Resolved on the client and pushed on the server's rev: applied.
    const QJsonObject resolved =
        pushOne(*m_fixture.leader, op(QStringLiteral("case"), caseId, 3,
                                      {{QStringLiteral("title"), QStringLiteral("Titel fra B")}}));
    QCOMPARE(resolved.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(resolved.value(QStringLiteral("rev")).toInt(), 4);
}

void TestServerApi::pullPagesByCursor()
{
    QSet<QString> created;
    for (int i = 0; i < 7; ++i) {
        created.insert(createCase(*m_fixture.caseworker, QStringLiteral("Sag %1").arg(i)));
    }
    QSet<QString> pulled;
    qint64 cursor = 0;
    int pages = 0;
    bool more = true;
    while (more) {
        const auto page =
            m_fixture.caseworker->get(QStringLiteral("/api/v1/changes?since=%1&limit=3").arg(cursor));
        QCOMPARE(page.status, 200);
        const QJsonArray changes = page.json.value(QStringLiteral("changes")).toArray();
        QVERIFY(changes.size() <= 3);
        for (const QJsonValue& change : changes) {
            QVERIFY(change.toObject().value(QStringLiteral("seq")).toInteger() > cursor);
        }
        pulled += ids(changes);
        more = page.json.value(QStringLiteral("more")).toBool();
        const qint64 next = page.json.value(QStringLiteral("cursor")).toInteger();
        QVERIFY(next >= cursor);
        cursor = next;
        QVERIFY(++pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(pulled, created);
    // Up to date: nothing more, the cursor stays.
    const auto idle = m_fixture.caseworker->get(QStringLiteral("/api/v1/changes?since=%1").arg(cursor));
    QCOMPARE(idle.json.value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(idle.json.value(QStringLiteral("cursor")).toInteger(), cursor);
}

void TestServerApi::accessFollowsUnits()
{
    const QString syd = createCase(*m_fixture.caseworker, QStringLiteral("Sag i Syd"));
    const QString ppr = createCase(*m_fixture.leader, QStringLiteral("Sag i PPR"));
    const QString handicap = createCase(*m_fixture.outsider, QStringLiteral("Sag i Handicap"));
    QVERIFY(!syd.isEmpty() && !ppr.isEmpty() && !handicap.isEmpty());
    // The leader sees the own unit and the sub-unit; caseworkers only their own unit.
    QCOMPARE(ids(pullAll(*m_fixture.leader).value(QStringLiteral("changes")).toArray()),
             (QSet<QString>{syd, ppr}));
    QCOMPARE(ids(pullAll(*m_fixture.caseworker).value(QStringLiteral("changes")).toArray()),
             (QSet<QString>{syd}));
    QCOMPARE(ids(pullAll(*m_fixture.outsider).value(QStringLiteral("changes")).toArray()),
             (QSet<QString>{handicap}));
    // Changing or adding to a case out of reach is rejected and stores nothing.
    const QJsonObject change =
        pushOne(*m_fixture.outsider,
                op(QStringLiteral("case"), syd, 1, {{QStringLiteral("title"), QStringLiteral("Hack")}}));
    QCOMPARE(change.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(!change.contains(QStringLiteral("fields")));
    const QJsonObject document = pushOne(
        *m_fixture.outsider,
        op(QStringLiteral("document"), newId(), 0,
           {{QStringLiteral("caseId"), syd}, {QStringLiteral("title"), QStringLiteral("Indsmuglet")}}));
    QCOMPARE(document.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const QJsonObject elsewhere =
        pushOne(*m_fixture.caseworker,
                op(QStringLiteral("case"), newId(), 0,
                   {{QStringLiteral("title"), QStringLiteral("I en andens enhed")},
                    {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")},
                    {QStringLiteral("responsibleUnit"), unitId(QStringLiteral("Social/Handicap"))}}));
    QCOMPARE(elsewhere.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(ids(pullAll(*m_fixture.leader).value(QStringLiteral("changes")).toArray()),
             (QSet<QString>{syd, ppr}));
    const auto sydCase =
        pullAll(*m_fixture.caseworker).value(QStringLiteral("changes")).toArray().first().toObject();
    QCOMPARE(sydCase.value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("Sag i Syd"));
    // Parties travel with the cases they belong to.
    const QString party = newId();
    QCOMPARE(pushOne(*m_fixture.caseworker, op(QStringLiteral("party"), party, 0,
                                               {{QStringLiteral("kind"), QStringLiteral("person")},
                                                {QStringLiteral("identifier"), QStringLiteral("0101801234")},
                                                {QStringLiteral("name"), QStringLiteral("Anna Hansen")}}))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    QCOMPARE(pushOne(*m_fixture.caseworker,
                     op(QStringLiteral("case"), syd, 1,
                        {{QStringLiteral("parties"),
                          QJsonArray{QJsonObject{{QStringLiteral("partyId"), party},
                                                 {QStringLiteral("role"), QStringLiteral("primary")}}}}}))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    QVERIFY(ids(pullAll(*m_fixture.leader).value(QStringLiteral("changes")).toArray()).contains(party));
    QVERIFY(!ids(pullAll(*m_fixture.outsider).value(QStringLiteral("changes")).toArray()).contains(party));
}

void TestServerApi::movedCaseIsRevoked()
{
    const QString caseId = createCase(*m_fixture.caseworker, QStringLiteral("Flyttes"));
    const QString documentId = newId();
    QCOMPARE(pushOne(*m_fixture.caseworker, op(QStringLiteral("document"), documentId, 0,
                                               {{QStringLiteral("caseId"), caseId},
                                                {QStringLiteral("title"), QStringLiteral("Notat")}}))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    const qint64 cursor = pullAll(*m_fixture.caseworker).value(QStringLiteral("cursor")).toInteger();
    // The leader moves the case from Syd up to PPR: bo loses it and its document.
    const QJsonObject move =
        pushOne(*m_fixture.leader,
                op(QStringLiteral("case"), caseId, 1,
                   {{QStringLiteral("responsibleUnit"), unitId(QStringLiteral("Børn og Unge/PPR"))}}));
    QCOMPARE(move.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QJsonObject after = pullAll(*m_fixture.caseworker, cursor);
    QCOMPARE(after.value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(ids(after.value(QStringLiteral("revoked")).toArray()), (QSet<QString>{caseId, documentId}));
    // The leader still sees both, with the document's new place.
    QCOMPARE(ids(pullAll(*m_fixture.leader).value(QStringLiteral("changes")).toArray()),
             (QSet<QString>{caseId, documentId}));
    QCOMPARE(pullAll(*m_fixture.leader).value(QStringLiteral("revoked")).toArray().size(), 0);
}

void TestServerApi::concurrentPushesLoseNothing()
{
    const QString shared = createCase(*m_fixture.caseworker, QStringLiteral("Fælles sag"));
    constexpr int kClients = 12;
    constexpr int kCasesEach = 5;
    std::vector<QString> statuses(kClients);
    std::vector<int> created(kClients);
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([&, i] {
            ApiClient client(m_fixture.server->port());
            client.setToken(m_fixture.caseworker->token());
            // Everyone renames the shared case from rev 1 at once: exactly one can win.
            const auto rename = client.postJson(
                QStringLiteral("/api/v1/push"),
                pushBody({op(QStringLiteral("case"), shared, 1,
                             {{QStringLiteral("title"), QStringLiteral("Titel %1").arg(i)}})}));
            statuses[static_cast<size_t>(i)] = rename.json.value(QStringLiteral("results"))
                                                   .toArray()
                                                   .first()
                                                   .toObject()
                                                   .value(QStringLiteral("status"))
                                                   .toString();
            for (int n = 0; n < kCasesEach; ++n) {
                const auto reply = client.postJson(
                    QStringLiteral("/api/v1/push"),
                    pushBody({op(QStringLiteral("case"), newId(), 0,
                                 {{QStringLiteral("title"), QStringLiteral("Sag %1-%2").arg(i).arg(n)},
                                  {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")}})}));
                created[static_cast<size_t>(i)] += reply.status == 200 ? 1 : 0;
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    QCOMPARE(std::count(statuses.begin(), statuses.end(), QStringLiteral("applied")), 1);
    QCOMPARE(std::count(statuses.begin(), statuses.end(), QStringLiteral("conflict")), kClients - 1);
    QCOMPARE(std::accumulate(created.begin(), created.end(), 0), kClients * kCasesEach);
    // Every case once, with its own case number, and seq values without gaps or repeats.
    const QJsonObject all = pullAll(*m_fixture.caseworker);
    const QJsonArray changes = all.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), kClients * kCasesEach + 1);
    QSet<QString> numbers;
    QSet<qint64> seqs;
    for (const QJsonValue& change : changes) {
        numbers.insert(change.toObject()
                           .value(QStringLiteral("fields"))
                           .toObject()
                           .value(QStringLiteral("caseNumber"))
                           .toString());
        seqs.insert(change.toObject().value(QStringLiteral("seq")).toInteger());
    }
    QCOMPARE(numbers.size(), changes.size());
    QCOMPARE(seqs.size(), changes.size());
    QCOMPARE(all.value(QStringLiteral("cursor")).toInteger(), kClients * kCasesEach + 2);
}

void TestServerApi::searchOnlyWhatTheUserMaySee()
{
    const QString mine = createCase(*m_fixture.caseworker, QStringLiteral("Skoleudsættelse for Ærø-barn"));
    const QString theirs = createCase(*m_fixture.outsider, QStringLiteral("Skoleudsættelse i Handicap"));
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    QCOMPARE(pushOne(*m_fixture.caseworker,
                     op(QStringLiteral("document"), newId(), 0,
                        {{QStringLiteral("caseId"), mine},
                         {QStringLiteral("title"), QStringLiteral("Referat af netværksmøde")},
                         {QStringLiteral("subject"), QStringLiteral("Møde om trivsel")}}))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    const auto hits = m_fixture.caseworker->get(QStringLiteral("/api/v1/search?q=skoleuds%C3%A6ttelse"));
    QCOMPARE(hits.status, 200);
    const QJsonArray list = hits.json.value(QStringLiteral("hits")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("caseId")).toString(), mine);
    QVERIFY(list.first()
                .toObject()
                .value(QStringLiteral("caseNumber"))
                .toString()
                .startsWith(QStringLiteral("17.01.00")));
    const auto document =
        m_fixture.caseworker->get(QStringLiteral("/api/v1/search?q=netv%C3%A6rksm%C3%B8de"));
    QCOMPARE(document.json.value(QStringLiteral("hits")).toArray().size(), 1);
    QCOMPARE(document.json.value(QStringLiteral("hits"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("entity")),
             QStringLiteral("document"));
    const auto outsider = m_fixture.outsider->get(QStringLiteral("/api/v1/search?q=netv%C3%A6rksm%C3%B8de"));
    QCOMPARE(outsider.json.value(QStringLiteral("hits")).toArray().size(), 0);
    // Query syntax from the user is only text.
    const auto syntax = m_fixture.caseworker->get(QStringLiteral("/api/v1/search?q=%22%20OR%20*%20NEAR(%27"));
    QCOMPARE(syntax.status, 200);
}

void TestServerApi::badRequestsStoreNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray opId = "\"opId\": \"6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c01\"";
    const QByteArray good =
        "{" + opId +
        ", \"entity\": \"case\", \"id\": \"6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c02\", \"baseRev\": 0, "
        "\"fields\": {\"title\": \"T\", \"kleSubject\": \"17.01.00\"}}";
    QTest::newRow("malformed JSON") << QByteArray(R"({"operations": [)") << 400;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 400;
    QTest::newRow("unknown member") << QByteArray(R"({"operations": [], "force": true})") << 400;
    QTest::newRow("operations not an array") << QByteArray(R"({"operations": {}})") << 400;
    // A good operation first: the bad one after it must stop the whole request.
    QTest::newRow("unknown entity")
        << QByteArray(
               "{\"operations\": [" + good + ", {" + opId +
               ", \"entity\": \"user\", \"id\": \"6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c03\", \"baseRev\": 0, "
               "\"fields\": {}}]}")
        << 400;
    QTest::newRow("path trick in id")
        << QByteArray(
               "{\"operations\": [" + good + ", {" + opId +
               ", \"entity\": \"case\", \"id\": \"../../etc/passwd\", \"baseRev\": 0, \"fields\": {}}]}")
        << 400;
    QTest::newRow("wrong type")
        << QByteArray(
               "{\"operations\": [" + good + ", {" + opId +
               ", \"entity\": \"case\", \"id\": \"6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c03\", \"baseRev\": 0, "
               "\"fields\": {\"title\": 17}}]}")
        << 400;
    QTest::newRow("unknown field")
        << QByteArray(
               "{\"operations\": [" + good + ", {" + opId +
               ", \"entity\": \"case\", \"id\": \"6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c03\", \"baseRev\": 0, "
               "\"fields\": {\"owner\": \"me\"}}]}")
        << 400;
    QTest::newRow("negative baseRev")
        << QByteArray(
               "{\"operations\": [" + good + ", {" + opId +
               ", \"entity\": \"case\", \"id\": \"6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c03\", \"baseRev\": -1, "
               "\"fields\": {}}]}")
        << 400;
    QTest::newRow("bad enum value")
        << QByteArray(
               "{\"operations\": [" + good + ", {" + opId +
               ", \"entity\": \"case\", \"id\": \"6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c03\", \"baseRev\": 0, "
               "\"fields\": {\"status\": \"done\"}}]}")
        << 400;
    QTest::newRow("missing fields")
        << QByteArray(
               "{\"operations\": [{" + opId +
               ", \"entity\": \"case\", \"id\": \"6f1c1d5e-94d7-4b0b-9a0a-0f3e3c3c0c03\", \"baseRev\": 0}]}")
        << 400;
}

void TestServerApi::badRequestsStoreNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const auto reply = m_fixture.caseworker->post(QStringLiteral("/api/v1/push"), body);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.isJsonError(), reply.body.constData());
    const QJsonObject changes = pullAll(*m_fixture.caseworker);
    QCOMPARE(changes.value(QStringLiteral("changes")).toArray().size(), 0);
    QCOMPARE(changes.value(QStringLiteral("cursor")).toInteger(), 0);
}

void TestServerApi::badQueriesAreRejected()
{
    const QStringList paths{
        QStringLiteral("/api/v1/changes?since=abc"), QStringLiteral("/api/v1/changes?since=-1"),
        QStringLiteral("/api/v1/changes?limit=0"),   QStringLiteral("/api/v1/changes?limit=100000"),
        QStringLiteral("/api/v1/changes?sinse=1"),   QStringLiteral("/api/v1/search"),
        QStringLiteral("/api/v1/search?q=%20"),      QStringLiteral("/api/v1/search?q=a&limit=x")};
    for (const QString& path : paths) {
        const auto reply = m_fixture.caseworker->get(path);
        QVERIFY2(reply.status == 400, qPrintable(path));
        QVERIFY2(reply.isJsonError(), qPrintable(path));
    }
    const auto login =
        m_fixture.caseworker->post(QStringLiteral("/api/v1/login"), R"({"username": "bo", "password": 5})");
    QCOMPARE(login.status, 400);
    QVERIFY(login.isJsonError());
    const auto extra = m_fixture.caseworker->post(QStringLiteral("/api/v1/login"),
                                                  R"({"username": "bo", "password": "x", "admin": true})");
    QCOMPARE(extra.status, 400);
}

void TestServerApi::oversizedBodyIsRejected()
{
    QByteArray body = R"({"operations": [], "padding": ")";
    body += QByteArray(9 * 1024 * 1024, 'x');
    body += "\"}";
    const auto reply = m_fixture.caseworker->post(QStringLiteral("/api/v1/push"), body);
    QCOMPARE(reply.status, 413);
    QVERIFY(reply.isJsonError());
    // The server is still there.
    QCOMPARE(m_fixture.caseworker->get(QStringLiteral("/api/v1/me")).status, 200);
}

void TestServerApi::plainHttpOnlyOnLoopback()
{
    const auto refused =
        ServerProcess::run(m_fixture.server->storageArgs() +
                           QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("loopback"), refused.err.constData());
    const auto half =
        ServerProcess::run(m_fixture.server->storageArgs() +
                           QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--tls-cert"), QStringLiteral("cert.pem")});
    QCOMPARE(half.exitCode, 2);
}

void TestServerApi::tlsServes()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("sqlite")) {
        return; // TLS does not depend on the backend
    }
    const QString cert = m_fixture.server->filePath(QStringLiteral("cert.pem"));
    const QString key = m_fixture.server->filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());
    ServerProcess tls(QStringLiteral("sqlite"));
    QString error;
    QVERIFY2(tls.prepare(&error), qPrintable(error));
    QVERIFY2(tls.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}, &error),
             qPrintable(error));
    ApiClient client(tls.port(), true);
    const auto health = client.get(QStringLiteral("/api/v1/health"));
    QCOMPARE(health.status, 200);
    // Plain HTTP to the TLS port gets nothing.
    ApiClient plain(tls.port(), false);
    QVERIFY(plain.get(QStringLiteral("/api/v1/health")).status != 200);
    QCOMPARE(tls.stop(), 0);
}

void TestServerApi::gracefulShutdown()
{
#ifdef Q_OS_WIN
    QSKIP("SIGTERM is a POSIX signal; Windows stops the server with Ctrl+C");
#endif
    QCOMPARE(m_fixture.server->stop(), 0);
    QVERIFY(m_fixture.server->log().contains(R"("event":"stopped")"));
    // Started again on the same data: everything is still there.
    QString error;
    QVERIFY2(m_fixture.server->start({}, &error), qPrintable(error));
    ApiClient client(m_fixture.server->port());
    QVERIFY(client.login(QStringLiteral("bo"), ServerProcess::kPassword));
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
