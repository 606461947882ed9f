// The audit log's coverage against a real akta-server (SQLite, and PostgreSQL when AKTA_TEST_PG_URL
// names a cluster): exports reported by clients through POST /audit/events (strict schema, only the
// kinds a client may report, only about cases the user may read, a retried report recorded once), a
// report about another unit's case recorded as a refused attempt under that case, and a blob asked
// for by someone who may not read it: denied, not unlocked by re-sending its hash or naming it in a
// version of one's own, and each attempt in the log for the case's leader to see.

#include "ApiClient.h"
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <array>
#include <csignal>
#include <map>
#include <memory>

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject operation(const QString& entity, const QString& id, const QJsonObject& fields)
{
    return {{QStringLiteral("opId"), newId()},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("baseRev"), 0},
            {QStringLiteral("fields"), fields}};
}

QJsonObject reportEvent(const QString& kind, const QString& caseId, const QString& documentId = {})
{
    QJsonObject json{{QStringLiteral("eventId"), newId()},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("at"), QStringLiteral("2026-11-28T09:30:00.000Z")},
                     {QStringLiteral("device"), QStringLiteral("laptop-7")},
                     {QStringLiteral("fileName"), QStringLiteral("Afgørelse.pdf")}};
    if (!caseId.isEmpty()) {
        json.insert(QStringLiteral("caseId"), caseId);
    }
    if (!documentId.isEmpty()) {
        json.insert(QStringLiteral("documentId"), documentId);
    }
    return json;
}

QJsonObject events(const QJsonArray& list)
{
    return {{QStringLiteral("events"), list}};
}

struct OwnCase
{
    QString caseId;
    QString documentId;
    QString sha;
};

} // namespace

class TestAuditEvents final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void exportsAreRecordedOnce();
    void badReportsAreRefusedWhole();
    void reportsAboutForeignCasesAreRefusedAndRecorded();
    void foreignBlobStaysDeniedAndAttemptsAreRecorded();

private:
    ApiClient& client(const QString& name) { return *m_clients.at(name); }
    bool makeCase(const QString& user, OwnCase& made, const QByteArray& content);
    QJsonArray entries(const QString& reader, const QString& caseId, const QString& action);
    qint64 chainLength();

    std::unique_ptr<ServerProcess> m_server;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    OwnCase m_ppr; // bo's case in Kommune/PPR/Syd
};

void TestAuditEvents::initTestCase_data()
{
#ifndef Q_OS_WIN
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

void TestAuditEvents::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_server = std::make_unique<ServerProcess>(backend);
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    const QList<std::array<const char*, 3>> users{{"lea", "Kommune/PPR", "leader"},
                                                  {"bo", "Kommune/PPR/Syd", "caseworker"},
                                                  {"cai", "Kommune/Social", "caseworker"},
                                                  {"lis", "Kommune/Social", "leader"},
                                                  {"dpo", "Kommune", "dpo"}};
    for (const auto& user : users) {
        QVERIFY2(m_server->addUser(QString::fromUtf8(user[0]), QString::fromUtf8(user[1]),
                                   QString::fromUtf8(user[2]), &error),
                 qPrintable(error));
    }
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    for (const auto& user : users) {
        const QString name = QString::fromUtf8(user[0]);
        m_clients[name] = std::make_unique<ApiClient>(m_server->port());
        QVERIFY(m_clients[name]->login(name, ServerProcess::kPassword));
    }
    QVERIFY(makeCase(QStringLiteral("bo"), m_ppr, "Skoleudtalelse om Emil"));
}

void TestAuditEvents::cleanup()
{
    m_clients.clear();
    if (m_server) {
        m_server->stop();
    }
    m_server.reset();
}

bool TestAuditEvents::makeCase(const QString& user, OwnCase& made, const QByteArray& content)
{
    made.caseId = newId();
    made.documentId = newId();
    made.sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (client(user)
            .put(QStringLiteral("/api/v1/blobs/") + made.sha, content,
                 {{QStringLiteral("Akta-Upload-Length"), QString::number(content.size())}})
            .status != 201) {
        return false;
    }
    const QJsonArray ops{operation(QStringLiteral("case"), made.caseId,
                                   {{QStringLiteral("title"), QStringLiteral("Sag om skolegang")},
                                    {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")},
                                    {QStringLiteral("kind"), QStringLiteral("citizen")}}),
                         operation(QStringLiteral("document"), made.documentId,
                                   {{QStringLiteral("caseId"), made.caseId},
                                    {QStringLiteral("title"), QStringLiteral("Udtalelse")}}),
                         operation(QStringLiteral("document_version"), newId(),
                                   {{QStringLiteral("documentId"), made.documentId},
                                    {QStringLiteral("sha256"), made.sha},
                                    {QStringLiteral("fileName"), QStringLiteral("udtalelse.txt")},
                                    {QStringLiteral("size"), content.size()}})};
    const auto reply =
        client(user).postJson(QStringLiteral("/api/v1/push"), {{QStringLiteral("operations"), ops}});
    for (const QJsonValue& result : reply.json.value(QStringLiteral("results")).toArray()) {
        if (result.toObject().value(QStringLiteral("status")) != QLatin1String("applied")) {
            qWarning() << "push" << result;
            return false;
        }
    }
    return reply.status == 200;
}

QJsonArray TestAuditEvents::entries(const QString& reader, const QString& caseId, const QString& action)
{
    const auto reply = client(reader).get(QStringLiteral("/api/v1/audit?case=") + caseId);
    if (reply.status != 200) {
        qWarning() << "audit" << reply.status << reply.body;
    }
    QJsonArray matching;
    for (const QJsonValue& entry : reply.json.value(QStringLiteral("entries")).toArray()) {
        if (entry.toObject().value(QStringLiteral("action")).toString() == action) {
            matching.append(entry);
        }
    }
    return matching;
}

qint64 TestAuditEvents::chainLength()
{
    const auto verdict =
        m_server->admin({QStringLiteral("audit"), QStringLiteral("verify")}, {QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(verdict.out).object();
    return json.value(QStringLiteral("intact")).toBool() ? json.value(QStringLiteral("entries")).toInteger()
                                                         : -1;
}

void TestAuditEvents::exportsAreRecordedOnce()
{
    const QJsonObject saved = reportEvent(QStringLiteral("export_save"), m_ppr.caseId, m_ppr.documentId);
    const QJsonObject opened = reportEvent(QStringLiteral("export_open"), m_ppr.caseId, m_ppr.documentId);
    const auto reply = client(QStringLiteral("bo"))
                           .postJson(QStringLiteral("/api/v1/audit/events"), events({saved, opened}));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue& result : results) {
        QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("recorded"));
    }
    const QJsonArray saves = entries(QStringLiteral("lea"), m_ppr.caseId, QStringLiteral("export_save"));
    QCOMPARE(saves.size(), 1);
    const QJsonObject entry = saves.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("username")).toString(), QStringLiteral("bo"));
    QCOMPARE(entry.value(QStringLiteral("entity")).toString(), QStringLiteral("document"));
    QCOMPARE(entry.value(QStringLiteral("entityId")).toString(), m_ppr.documentId);
    const QJsonObject detail = entry.value(QStringLiteral("detail")).toObject();
    QCOMPARE(detail.value(QStringLiteral("fileName")).toString(), QStringLiteral("Afgørelse.pdf"));
    QCOMPARE(detail.value(QStringLiteral("device")).toString(), QStringLiteral("laptop-7"));
    QCOMPARE(detail.value(QStringLiteral("clientAt")).toString(), QStringLiteral("2026-11-28T09:30:00.000Z"));
    QCOMPARE(entries(QStringLiteral("dpo"), m_ppr.caseId, QStringLiteral("export_open")).size(), 1);

    // The same report again (a sync that was cut off before the answer): answered, not recorded twice.
    const qint64 before = chainLength();
    QVERIFY(before > 0);
    const auto again =
        client(QStringLiteral("bo")).postJson(QStringLiteral("/api/v1/audit/events"), events({saved}));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status")),
             QStringLiteral("recorded"));
    QCOMPARE(chainLength(), before);

    // A leader's CSV export of the log without one case; a caseworker may not report one.
    const auto csv = client(QStringLiteral("lea"))
                         .postJson(QStringLiteral("/api/v1/audit/events"),
                                   events({reportEvent(QStringLiteral("export_csv"), {})}));
    QCOMPARE(csv.json.value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status")),
             QStringLiteral("recorded"));
    const auto notLeader = client(QStringLiteral("bo"))
                               .postJson(QStringLiteral("/api/v1/audit/events"),
                                         events({reportEvent(QStringLiteral("export_csv"), {})}));
    QCOMPARE(notLeader.json.value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status")),
             QStringLiteral("rejected"));
    QVERIFY(chainLength() >= before + 2);
}

void TestAuditEvents::badReportsAreRefusedWhole()
{
    const QJsonObject good = reportEvent(QStringLiteral("export_save"), m_ppr.caseId, m_ppr.documentId);
    QJsonObject unknownMember = good;
    unknownMember.insert(QStringLiteral("userId"), QStringLiteral("someone-else"));
    QJsonObject serverKind = good;
    serverKind.insert(QStringLiteral("kind"), QStringLiteral("read_blob"));
    QJsonObject badId = good;
    badId.insert(QStringLiteral("caseId"), QStringLiteral("27.24.00-G01-1-26"));
    QJsonObject noTime = good;
    noTime.remove(QStringLiteral("at"));
    QJsonObject badTime = good;
    badTime.insert(QStringLiteral("at"), QStringLiteral("i går"));
    QJsonObject badHash = good;
    badHash.insert(QStringLiteral("sha256"), QStringLiteral("ABC"));
    QJsonObject negative = good;
    negative.insert(QStringLiteral("entries"), -1);
    const QList<QJsonObject> bodies{events({good, unknownMember}),
                                    events({serverKind}),
                                    events({badId}),
                                    events({noTime}),
                                    events({badTime}),
                                    events({badHash}),
                                    events({negative}),
                                    events({}),
                                    events({QStringLiteral("export_save")}),
                                    {{QStringLiteral("event"), good}},
                                    {}};
    const qint64 before = chainLength();
    for (const QJsonObject& body : bodies) {
        const auto reply =
            client(QStringLiteral("bo")).postJson(QStringLiteral("/api/v1/audit/events"), body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.isJsonError(), reply.body.constData());
    }
    QCOMPARE(client(QStringLiteral("bo")).post(QStringLiteral("/api/v1/audit/events"), "not json").status,
             400);
    ApiClient anonymous(m_server->port());
    QCOMPARE(anonymous.postJson(QStringLiteral("/api/v1/audit/events"), events({good})).status, 401);
    // The good event in the first body was not written either: a bad body stores nothing.
    QCOMPARE(chainLength(), before);
    QCOMPARE(entries(QStringLiteral("lea"), m_ppr.caseId, QStringLiteral("export_save")).size(), 0);
}

void TestAuditEvents::reportsAboutForeignCasesAreRefusedAndRecorded()
{
    // cai (Social) claims to have exported bo's PPR case, and a PPR document under a case of his own.
    OwnCase social;
    QVERIFY(makeCase(QStringLiteral("cai"), social, "Handicapsag"));
    const auto reply =
        client(QStringLiteral("cai"))
            .postJson(QStringLiteral("/api/v1/audit/events"),
                      events({reportEvent(QStringLiteral("export_save"), m_ppr.caseId, m_ppr.documentId),
                              reportEvent(QStringLiteral("export_open"), social.caseId, m_ppr.documentId),
                              reportEvent(QStringLiteral("export_open"), newId())}));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    for (const QJsonValue& result : results) {
        QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(!result.toObject().value(QStringLiteral("reason")).toString().isEmpty());
    }
    // Nothing was written into PPR's trail as an export; the attempt is there for PPR's leader.
    QCOMPARE(entries(QStringLiteral("lea"), m_ppr.caseId, QStringLiteral("export_save")).size(), 0);
    const QJsonArray refused = entries(QStringLiteral("lea"), m_ppr.caseId, QStringLiteral("report_refused"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().toObject().value(QStringLiteral("username")).toString(), QStringLiteral("cai"));
    QCOMPARE(entries(QStringLiteral("lis"), social.caseId, QStringLiteral("report_refused")).size(), 1);
    // lis leads Social: PPR's log is not hers to read.
    QCOMPARE(entries(QStringLiteral("lis"), m_ppr.caseId, QStringLiteral("report_refused")).size(), 0);
}

void TestAuditEvents::foreignBlobStaysDeniedAndAttemptsAreRecorded()
{
    const QString path = QStringLiteral("/api/v1/blobs/") + m_ppr.sha;
    ApiClient& cai = client(QStringLiteral("cai"));
    QCOMPARE(cai.get(path).status, 404);
    const QJsonArray denied =
        entries(QStringLiteral("lea"), m_ppr.caseId, QStringLiteral("read_blob_denied"));
    QCOMPARE(denied.size(), 1);
    QCOMPARE(denied.first().toObject().value(QStringLiteral("username")).toString(), QStringLiteral("cai"));
    QCOMPARE(denied.first().toObject().value(QStringLiteral("entityId")).toString(), m_ppr.sha);

    // Knowing the hash is not holding the content: an upload of other bytes under it does not unlock it.
    const QByteArray wrong = "anything at all";
    const auto claim =
        cai.put(path, wrong, {{QStringLiteral("Akta-Upload-Length"), QString::number(wrong.size())}});
    QCOMPARE(claim.status, 422);
    QCOMPARE(cai.put(path, {}, {{QStringLiteral("Akta-Upload-Length"), QStringLiteral("0")}}).status, 422);
    QCOMPARE(cai.get(path).status, 404);

    // Nor does naming it in a version of a case of his own.
    OwnCase social;
    QVERIFY(makeCase(QStringLiteral("cai"), social, "Handicapsag"));
    const auto pushed =
        cai.postJson(QStringLiteral("/api/v1/push"),
                     {{QStringLiteral("operations"),
                       QJsonArray{operation(QStringLiteral("document_version"), newId(),
                                            {{QStringLiteral("documentId"), social.documentId},
                                             {QStringLiteral("sha256"), m_ppr.sha},
                                             {QStringLiteral("fileName"), QStringLiteral("x.txt")},
                                             {QStringLiteral("size"), 22}})}}});
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.json.value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("status")),
             QStringLiteral("rejected"));
    QCOMPARE(cai.get(path).status, 404);
    QCOMPARE(entries(QStringLiteral("lea"), m_ppr.caseId, QStringLiteral("read_blob_denied")).size(), 3);

    // Whoever holds the very content proves it by sending it, and may then read it back.
    const QByteArray content = "Skoleudtalelse om Emil";
    QCOMPARE(cai.put(path, content, {{QStringLiteral("Akta-Upload-Length"), QString::number(content.size())}})
                 .status,
             200);
    QCOMPARE(cai.get(path).body, content);
}

QTEST_GUILESS_MAIN(TestAuditEvents)
#include "tst_auditevents.moc"
