// Personnel cases and leaders' review end to end: a real akta-server on loopback (SQLite, and
// PostgreSQL when AKTA_TEST_PG_URL names a cluster) and one desktop store per user, driven by real
// akta-cli processes. HR creates a personnel case for an employee, journals a document and sends it
// for review; after a sync the leader's desktop lists it, the leader approves with a comment, and
// after a sync HR sees the decision. The employee and a colleague never get the case; a caseworker
// who tries to decide a review is refused by the desktop and, past it, by the server.

#include "ApiClient.h"
#include "ServerProcess.h"
#include "review/DocumentReview.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <memory>

namespace {

const QString kEmployeeCpr = QStringLiteral("0101801234");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct Account
{
    const char* name;
    const char* unit;
    const char* role;
};

// emp is the employee (with a CPR number); kim is emp's colleague; lea leads emp's school; top leads
// the whole municipality; hr works in HR.
const Account kAccounts[] = {
    {"hr", "Kommune/HR", "hr"},
    {"lea", "Kommune/Skole", "leader"},
    {"top", "Kommune", "leader"},
    {"emp", "Kommune/Skole/Syd", "caseworker"},
    {"kim", "Kommune/Skole/Syd", "caseworker"},
};

} // namespace

class TestReviewCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void personnelCaseReviewedByTheLeader();
    void caseworkerCannotDecide();
    void badRequestsAreRefused();

private:
    Result cli(const QStringList& args);
    QJsonObject sync(const QString& user);
    QString store(const QString& user) const { return m_stores->filePath(user); }
    QJsonObject json(const Result& result) const { return QJsonDocument::fromJson(result.out).object(); }
    QString addDocument(const QString& user, const QString& caseId, const QString& name);
    QJsonArray caseIds(const QString& user);
    std::optional<akta::review::ReviewItem> reviewIn(const QString& user, const QString& documentId);
    QString userId(const QString& user);
    QJsonObject push(const QString& user, const QString& documentId, qint64 baseRev,
                     const QJsonObject& fields);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_stores;
};

void TestReviewCli::initTestCase_data()
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

void TestReviewCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewCli::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_stores = std::make_unique<QTemporaryDir>();
    QVERIFY(m_stores->isValid());
    m_server = std::make_unique<ServerProcess>(backend);
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    for (const Account& account : kAccounts) {
        QStringList options{QStringLiteral("--user"),          QString::fromLatin1(account.name),
                            QStringLiteral("--password-file"), m_server->filePath(QStringLiteral("password")),
                            QStringLiteral("--unit"),          QString::fromLatin1(account.unit),
                            QStringLiteral("--role"),          QString::fromLatin1(account.role)};
        if (qstrcmp(account.name, "emp") == 0) {
            options << QStringLiteral("--cpr") << kEmployeeCpr;
        }
        const auto added = m_server->admin({QStringLiteral("user"), QStringLiteral("add")}, options);
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    for (const Account& account : kAccounts) {
        QVERIFY2(!sync(QString::fromLatin1(account.name)).isEmpty(), account.name);
    }
}

void TestReviewCli::cleanup()
{
    if (m_server) {
        m_server->stop();
    }
    m_server.reset();
    m_stores.reset();
}

Result TestReviewCli::cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestReviewCli::sync(const QString& user)
{
    const Result result =
        cli({QStringLiteral("sync"), QStringLiteral("--store"), store(user), QStringLiteral("--server"),
             QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()), QStringLiteral("--user"), user,
             QStringLiteral("--password-file"), m_server->filePath(QStringLiteral("password")),
             QStringLiteral("--json")});
    if (result.exitCode != 0) {
        qWarning() << "sync of" << user << "failed:" << result.err;
        return {};
    }
    return json(result);
}

QString TestReviewCli::addDocument(const QString& user, const QString& caseId, const QString& name)
{
    const QString file = m_stores->filePath(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return {};
    }
    out.write("Tjenstlig samtale om fravær.\n");
    out.close();
    const Result added = cli({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"),
                              store(user), QStringLiteral("--case"), caseId, QStringLiteral("--json"), file});
    return QJsonDocument::fromJson(added.out).array().at(0).toObject().value(QStringLiteral("id")).toString();
}

QJsonArray TestReviewCli::caseIds(const QString& user)
{
    const Result result = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--store"),
                               store(user), QStringLiteral("--json")});
    QJsonArray ids;
    for (const QJsonValue& value : QJsonDocument::fromJson(result.out).array()) {
        ids.append(value.toObject().value(QStringLiteral("id")));
    }
    return ids;
}

std::optional<akta::review::ReviewItem> TestReviewCli::reviewIn(const QString& user,
                                                                const QString& documentId)
{
    akta::store::LocalStore local(store(user));
    return akta::review::DocumentReview(local.database()).find(documentId);
}

QString TestReviewCli::userId(const QString& user)
{
    ApiClient client(m_server->port());
    if (!client.login(user, ServerProcess::kPassword)) {
        return {};
    }
    return client.get(QStringLiteral("/api/v1/me"))
        .json.value(QStringLiteral("user"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QJsonObject TestReviewCli::push(const QString& user, const QString& documentId, qint64 baseRev,
                                const QJsonObject& fields)
{
    ApiClient client(m_server->port());
    if (!client.login(user, ServerProcess::kPassword)) {
        return {};
    }
    const QJsonObject op{{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("entity"), QStringLiteral("document")},
                         {QStringLiteral("id"), documentId},
                         {QStringLiteral("baseRev"), baseRev},
                         {QStringLiteral("fields"), fields}};
    const auto reply =
        client.postJson(QStringLiteral("/api/v1/push"), {{QStringLiteral("operations"), QJsonArray{op}}});
    return reply.json.value(QStringLiteral("results")).toArray().at(0).toObject();
}

void TestReviewCli::personnelCaseReviewedByTheLeader()
{
    // Only HR makes personnel cases: the colleague's desktop says so at once.
    const QStringList create{
        QStringLiteral("case"),   QStringLiteral("create"),    QStringLiteral("--json"),
        QStringLiteral("--kind"), QStringLiteral("personnel"), QStringLiteral("--employee"),
        QStringLiteral("emp"),    QStringLiteral("--title"),   QStringLiteral("Personalesag om fravær"),
        QStringLiteral("--kle"),  QStringLiteral("00.01.00"),  QStringLiteral("--store")};
    const Result refused = cli(create + QStringList{store(QStringLiteral("kim"))});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("only HR may create a personnel case"), refused.err.constData());

    const Result created = cli(create + QStringList{store(QStringLiteral("hr"))});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QJsonObject personnelCase = json(created);
    const QString caseId = personnelCase.value(QStringLiteral("id")).toString();
    QCOMPARE(personnelCase.value(QStringLiteral("kind")).toString(), QStringLiteral("personnel"));
    QCOMPARE(personnelCase.value(QStringLiteral("accessClass")).toString(), QStringLiteral("personnel"));
    QCOMPARE(personnelCase.value(QStringLiteral("employee")).toString(), QStringLiteral("emp"));
    const QJsonArray parties = personnelCase.value(QStringLiteral("parties")).toArray();
    QCOMPARE(parties.size(), 1);
    QCOMPARE(parties.at(0).toObject().value(QStringLiteral("cpr")).toString(), kEmployeeCpr);

    const QString documentId = addDocument(QStringLiteral("hr"), caseId, QStringLiteral("samtale.txt"));
    QVERIFY(!documentId.isEmpty());
    // Without --to: the nearest leader of the employee's unit (Syd has none; its school has lea).
    const Result requested =
        cli({QStringLiteral("review"), QStringLiteral("request"), QStringLiteral("--store"),
             store(QStringLiteral("hr")), QStringLiteral("--json"), documentId});
    QVERIFY2(requested.exitCode == 0, requested.err.constData());
    QCOMPARE(json(requested).value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(json(requested).value(QStringLiteral("reviewerId")).toString(), userId(QStringLiteral("lea")));

    const QJsonObject hrSync = sync(QStringLiteral("hr"));
    QCOMPARE(hrSync.value(QStringLiteral("conflicts")).toInt(), 0);
    QCOMPARE(hrSync.value(QStringLiteral("pushed")).toInt(), 5); // party, case, document, version, review

    QVERIFY(!sync(QStringLiteral("lea")).isEmpty());
    const Result listed = cli({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--store"),
                               store(QStringLiteral("lea")), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray waiting = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(waiting.size(), 1);
    const QJsonObject item = waiting.at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("documentId")).toString(), documentId);
    QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("samtale"));
    QVERIFY(!item.value(QStringLiteral("caseNumber")).toString().isEmpty());
    QCOMPARE(item.value(QStringLiteral("requestedBy")).toString(), QStringLiteral("hr"));
    QVERIFY(!item.value(QStringLiteral("requestedAt")).toString().isEmpty());

    const Result approved =
        cli({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("--store"),
             store(QStringLiteral("lea")), QStringLiteral("--comment"),
             QStringLiteral("Godkendt, god samtale"), QStringLiteral("--json"), documentId});
    QVERIFY2(approved.exitCode == 0, approved.err.constData());
    QCOMPARE(json(approved).value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    const QJsonObject leaderSync = sync(QStringLiteral("lea"));
    QCOMPARE(leaderSync.value(QStringLiteral("pushed")).toInt(), 1);
    QCOMPARE(leaderSync.value(QStringLiteral("conflicts")).toInt(), 0);

    QVERIFY(!sync(QStringLiteral("hr")).isEmpty());
    const auto seenByHr = reviewIn(QStringLiteral("hr"), documentId);
    QVERIFY(seenByHr);
    QCOMPARE(seenByHr->state, QStringLiteral("approved"));
    QCOMPARE(seenByHr->comment, QStringLiteral("Godkendt, god samtale"));
    QCOMPARE(seenByHr->decidedById, userId(QStringLiteral("lea")));
    QVERIFY(!seenByHr->decidedAt.isEmpty());

    // The employee and the colleague never get the case, nor its document.
    for (const QString& user : {QStringLiteral("emp"), QStringLiteral("kim")}) {
        QVERIFY(!sync(user).isEmpty());
        QVERIFY2(!caseIds(user).contains(caseId), qPrintable(user));
        QVERIFY2(!reviewIn(user, documentId), qPrintable(user));
    }
    // Past its desktop, a caseworker's decision is refused by the server.
    const QJsonObject forged = push(QStringLiteral("kim"), documentId, 3,
                                    {{QStringLiteral("reviewState"), QStringLiteral("rejected")},
                                     {QStringLiteral("reviewDecidedBy"), userId(QStringLiteral("kim"))},
                                     {QStringLiteral("reviewDecidedAt"), QStringLiteral("2026-11-28")}});
    QCOMPARE(forged.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
}

void TestReviewCli::caseworkerCannotDecide()
{
    // A normal case in emp's unit: emp and kim may both write it; emp asks lea.
    const Result created =
        cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
             store(QStringLiteral("emp")), QStringLiteral("--json"), QStringLiteral("--no-party"),
             QStringLiteral("--title"), QStringLiteral("Skolebus"), QStringLiteral("--kle"),
             QStringLiteral("00.01.00")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString caseId = json(created).value(QStringLiteral("id")).toString();
    const QString documentId = addDocument(QStringLiteral("emp"), caseId, QStringLiteral("bus.txt"));
    const Result requested =
        cli({QStringLiteral("review"), QStringLiteral("request"), QStringLiteral("--store"),
             store(QStringLiteral("emp")), QStringLiteral("--to"), QStringLiteral("lea"), documentId});
    QVERIFY2(requested.exitCode == 0, requested.err.constData());
    QCOMPARE(sync(QStringLiteral("emp")).value(QStringLiteral("conflicts")).toInt(), 0);
    QVERIFY(!sync(QStringLiteral("kim")).isEmpty());

    // kim's desktop refuses at once.
    const Result local = cli({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("--store"),
                              store(QStringLiteral("kim")), documentId});
    QCOMPARE(local.exitCode, 1);
    QVERIFY2(local.err.contains("may decide this review"), local.err.constData());
    QCOMPARE(reviewIn(QStringLiteral("kim"), documentId)->state, QStringLiteral("pending"));

    // The server refuses the same decision pushed past the desktop, and keeps the review pending.
    const qint64 rev = reviewIn(QStringLiteral("kim"), documentId)->rev;
    const QJsonObject forged = push(QStringLiteral("kim"), documentId, rev,
                                    {{QStringLiteral("reviewState"), QStringLiteral("approved")},
                                     {QStringLiteral("reviewDecidedBy"), userId(QStringLiteral("kim"))},
                                     {QStringLiteral("reviewDecidedAt"), QStringLiteral("2026-11-28")}});
    QCOMPARE(forged.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY2(forged.value(QStringLiteral("reason")).toString().contains(QStringLiteral("may decide it")),
             qPrintable(forged.value(QStringLiteral("reason")).toString()));

    // The leader above lea may decide in her place.
    QVERIFY(!sync(QStringLiteral("top")).isEmpty());
    const Result rejected = cli({QStringLiteral("review"), QStringLiteral("reject"),
                                 QStringLiteral("--store"), store(QStringLiteral("top")),
                                 QStringLiteral("--comment"), QStringLiteral("Mangler bilag"), documentId});
    QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
    QCOMPARE(sync(QStringLiteral("top")).value(QStringLiteral("conflicts")).toInt(), 0);
    QVERIFY(!sync(QStringLiteral("emp")).isEmpty());
    QCOMPARE(reviewIn(QStringLiteral("emp"), documentId)->state, QStringLiteral("rejected"));
    QCOMPARE(reviewIn(QStringLiteral("emp"), documentId)->comment, QStringLiteral("Mangler bilag"));

    // The request, the refused decision (as a refused write) and the decision are in the audit log.
    ApiClient auditor(m_server->port());
    QVERIFY(auditor.login(QStringLiteral("top"), ServerProcess::kPassword));
    QStringList actions;
    for (const QJsonValue& entry : auditor.get(QStringLiteral("/api/v1/audit?case=") + caseId)
                                       .json.value(QStringLiteral("entries"))
                                       .toArray()) {
        if (entry.toObject().value(QStringLiteral("entityId")).toString() == documentId) {
            actions << entry.toObject().value(QStringLiteral("action")).toString();
        }
    }
    QVERIFY2(actions.contains(QStringLiteral("review_request")), qPrintable(actions.join(u',')));
    QVERIFY2(actions.contains(QStringLiteral("review_reject")), qPrintable(actions.join(u',')));
    QVERIFY2(!actions.contains(QStringLiteral("review_approve")), qPrintable(actions.join(u',')));
}

void TestReviewCli::badRequestsAreRefused()
{
    const Result created =
        cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
             store(QStringLiteral("emp")), QStringLiteral("--json"), QStringLiteral("--no-party"),
             QStringLiteral("--title"), QStringLiteral("Legeplads"), QStringLiteral("--kle"),
             QStringLiteral("00.01.00")});
    const QString caseId = json(created).value(QStringLiteral("id")).toString();
    const QString documentId = addDocument(QStringLiteral("emp"), caseId, QStringLiteral("legeplads.txt"));
    QVERIFY(!documentId.isEmpty());

    // Not a leader, and no such document: told at once, nothing queued.
    const Result notLeader =
        cli({QStringLiteral("review"), QStringLiteral("request"), QStringLiteral("--store"),
             store(QStringLiteral("emp")), QStringLiteral("--to"), QStringLiteral("kim"), documentId});
    QCOMPARE(notLeader.exitCode, 1);
    QVERIFY2(notLeader.err.contains("not a leader in the case's leader line"), notLeader.err.constData());
    const Result unknown =
        cli({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("--store"),
             store(QStringLiteral("emp")), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    QCOMPARE(unknown.exitCode, 1);
    const Result usage = cli({QStringLiteral("review"), QStringLiteral("list")});
    QCOMPARE(usage.exitCode, 2);
    const Result badKind = cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"),
                                store(QStringLiteral("hr")), QStringLiteral("--kind"),
                                QStringLiteral("personnel"), QStringLiteral("--title"), QStringLiteral("X"),
                                QStringLiteral("--kle"), QStringLiteral("00.01.00")});
    QCOMPARE(badKind.exitCode, 2);
    QCOMPARE(sync(QStringLiteral("emp")).value(QStringLiteral("conflicts")).toInt(), 0);
    QCOMPARE(reviewIn(QStringLiteral("emp"), documentId)->state, QStringLiteral("none"));

    // The server checks the request again: a reviewer outside the leader line, a requester who
    // names someone else, and a decision on a document that waits for nobody are rejected.
    const qint64 rev = reviewIn(QStringLiteral("emp"), documentId)->rev;
    const QString emp = userId(QStringLiteral("emp"));
    const QJsonObject toColleague = push(QStringLiteral("emp"), documentId, rev,
                                         {{QStringLiteral("reviewState"), QStringLiteral("pending")},
                                          {QStringLiteral("reviewer"), userId(QStringLiteral("kim"))},
                                          {QStringLiteral("reviewRequestedBy"), emp}});
    QCOMPARE(toColleague.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const QJsonObject inAnotherName =
        push(QStringLiteral("emp"), documentId, rev,
             {{QStringLiteral("reviewState"), QStringLiteral("pending")},
              {QStringLiteral("reviewer"), userId(QStringLiteral("lea"))},
              {QStringLiteral("reviewRequestedBy"), userId(QStringLiteral("kim"))}});
    QCOMPARE(inAnotherName.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const QJsonObject notWaiting = push(QStringLiteral("lea"), documentId, rev,
                                        {{QStringLiteral("reviewState"), QStringLiteral("approved")},
                                         {QStringLiteral("reviewDecidedBy"), userId(QStringLiteral("lea"))},
                                         {QStringLiteral("reviewDecidedAt"), QStringLiteral("2026-11-28")}});
    QCOMPARE(notWaiting.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    // A well-formed request from the server's side is applied.
    const QJsonObject good = push(QStringLiteral("emp"), documentId, rev,
                                  {{QStringLiteral("reviewState"), QStringLiteral("pending")},
                                   {QStringLiteral("reviewer"), userId(QStringLiteral("lea"))},
                                   {QStringLiteral("reviewRequestedBy"), emp},
                                   {QStringLiteral("reviewRequestedAt"), QStringLiteral("2026-11-28")}});
    QCOMPARE(good.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
}

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
