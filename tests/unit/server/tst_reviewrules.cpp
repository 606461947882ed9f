// The server's review rules on a real database: who may ask whom, who may decide, withdrawals, a
// personnel case's leader line (the employee's unit, never the employee), and the audit entries of
// requests and decisions.

#include "AccessPolicy.h"
#include "ApiError.h"
#include "ReviewRules.h"
#include "ServerBlobStore.h"
#include "ServerDatabase.h"
#include "SyncService.h"
#include "UserDirectory.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace akta::server;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestReviewRules final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestGoesToTheLeaderLine();
    void decisionByTheReviewerOrALeaderAbove();
    void withdrawAndCommentRules();
    void personnelCaseUsesTheEmployeesLine();
    void pushIsRejectedAndAudited();

private:
    QString refusal(const ServerUser& user, const QJsonObject& current, const QJsonObject& incoming,
                    const QString& caseId);
    QJsonObject push(const ServerUser& user, const QString& entity, const QString& id, qint64 baseRev,
                     const QJsonObject& fields);
    QString addCase(const ServerUser& by, const QJsonObject& extra = {});
    QJsonObject request(const ServerUser& by, const ServerUser& to) const;
    QJsonObject decision(const ServerUser& by, const char* state) const;
    qint64 auditCount(const QString& action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<ServerBlobStore> m_blobs;
    ServerUser m_top, m_lea, m_bo, m_kim, m_lis, m_hr;
};

void TestReviewRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<ServerDatabase>(m_dir->path(), QString());
    m_db->migrate();
    m_blobs = std::make_unique<ServerBlobStore>(m_dir->filePath(QStringLiteral("blobs")));
    UserDirectory users(*m_db);
    const auto add = [&](const char* name, const char* unit, const char* role) {
        return users.addUser(QString::fromLatin1(name), "password1", QString::fromLatin1(unit),
                             QString::fromLatin1(role), {});
    };
    m_top = add("top", "Kommune", "leader");
    m_lea = add("lea", "Kommune/Skole", "leader");
    m_bo = add("bo", "Kommune/Skole/Syd", "caseworker");
    m_kim = add("kim", "Kommune/Skole/Syd", "caseworker");
    m_lis = add("lis", "Kommune/Social", "leader");
    m_hr = add("hr", "Kommune/HR", "hr");
}

void TestReviewRules::cleanup()
{
    m_blobs.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestReviewRules::refusal(const ServerUser& user, const QJsonObject& current,
                                 const QJsonObject& incoming, const QString& caseId)
{
    AccessPolicy policy(*m_db, user);
    return ReviewRules(*m_db, policy).refusal(current, incoming, caseId);
}

QJsonObject TestReviewRules::push(const ServerUser& user, const QString& entity, const QString& id,
                                  qint64 baseRev, const QJsonObject& fields)
{
    AccessPolicy policy(*m_db, user);
    const QJsonObject body{
        {QStringLiteral("operations"), QJsonArray{QJsonObject{{QStringLiteral("opId"), newId()},
                                                              {QStringLiteral("entity"), entity},
                                                              {QStringLiteral("id"), id},
                                                              {QStringLiteral("baseRev"), baseRev},
                                                              {QStringLiteral("fields"), fields}}}}};
    return SyncService(*m_db, policy, *m_blobs)
        .push(body)
        .value(QStringLiteral("results"))
        .toArray()
        .first()
        .toObject();
}

QString TestReviewRules::addCase(const ServerUser& by, const QJsonObject& extra)
{
    const QString id = newId();
    QJsonObject fields{{QStringLiteral("title"), QStringLiteral("Sag")},
                       {QStringLiteral("kleSubject"), QStringLiteral("00.01.00")}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        fields.insert(it.key(), it.value());
    }
    return push(by, QStringLiteral("case"), id, 0, fields).value(QStringLiteral("status")) ==
                   QLatin1String("applied")
               ? id
               : QString();
}

QJsonObject TestReviewRules::request(const ServerUser& by, const ServerUser& to) const
{
    return {{QStringLiteral("reviewState"), QStringLiteral("pending")},
            {QStringLiteral("reviewer"), to.id},
            {QStringLiteral("reviewRequestedBy"), by.id},
            {QStringLiteral("reviewRequestedAt"), QStringLiteral("2026-11-28T10:00:00Z")}};
}

QJsonObject TestReviewRules::decision(const ServerUser& by, const char* state) const
{
    return {{QStringLiteral("reviewState"), QString::fromLatin1(state)},
            {QStringLiteral("reviewDecidedBy"), by.id},
            {QStringLiteral("reviewDecidedAt"), QStringLiteral("2026-11-28T11:00:00Z")},
            {QStringLiteral("reviewComment"), QStringLiteral("ok")}};
}

qint64 TestReviewRules::auditCount(const QString& action)
{
    QSqlQuery query = m_db->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    query.next();
    return query.value(0).toLongLong();
}

void TestReviewRules::requestGoesToTheLeaderLine()
{
    const QString caseId = addCase(m_bo);
    QVERIFY(!caseId.isEmpty());
    QVERIFY(refusal(m_bo, {}, request(m_bo, m_lea), caseId).isEmpty());
    QVERIFY(refusal(m_bo, {}, request(m_bo, m_top), caseId).isEmpty());
    QVERIFY(refusal(m_bo, {}, request(m_bo, m_kim), caseId).contains(QStringLiteral("not a leader")));
    QVERIFY(refusal(m_bo, {}, request(m_bo, m_lis), caseId).contains(QStringLiteral("not a leader")));
    // In someone else's name, or with a decision already in it.
    QVERIFY(refusal(m_bo, {}, request(m_kim, m_lea), caseId).contains(QStringLiteral("reviewRequestedBy")));
    QJsonObject withDecision = request(m_bo, m_lea);
    withDecision.insert(QStringLiteral("reviewDecidedBy"), m_lea.id);
    QVERIFY(!refusal(m_bo, {}, withDecision, caseId).isEmpty());
    // A confidential case's caseworker cannot ask a leader who may not read it.
    const QString confidential =
        addCase(m_bo, {{QStringLiteral("accessClass"), QStringLiteral("confidential")},
                       {QStringLiteral("caseworker"), QStringLiteral("bo")}});
    QVERIFY(refusal(m_bo, {}, request(m_bo, m_lea), confidential).contains(QStringLiteral("may not read")));
    // Fields that are not about review are not this class's business.
    QVERIFY(refusal(m_kim, {}, {{QStringLiteral("title"), QStringLiteral("x")}}, caseId).isEmpty());
}

void TestReviewRules::decisionByTheReviewerOrALeaderAbove()
{
    const QString caseId = addCase(m_bo);
    const QJsonObject pending = request(m_bo, m_lea);
    QVERIFY(refusal(m_lea, pending, decision(m_lea, "approved"), caseId).isEmpty());
    QVERIFY(refusal(m_top, pending, decision(m_top, "rejected"), caseId).isEmpty());
    QVERIFY(
        refusal(m_kim, pending, decision(m_kim, "approved"), caseId).contains(QStringLiteral("may decide")));
    QVERIFY(
        refusal(m_bo, pending, decision(m_bo, "approved"), caseId).contains(QStringLiteral("may decide")));
    QVERIFY(
        refusal(m_lis, pending, decision(m_lis, "approved"), caseId).contains(QStringLiteral("may decide")));
    // In another leader's name, without a time, or of a review that does not wait.
    QVERIFY(!refusal(m_top, pending, decision(m_lea, "approved"), caseId).isEmpty());
    QJsonObject undated = decision(m_lea, "approved");
    undated.remove(QStringLiteral("reviewDecidedAt"));
    QVERIFY(!refusal(m_lea, pending, undated, caseId).isEmpty());
    QVERIFY(
        refusal(m_lea, {}, decision(m_lea, "approved"), caseId).contains(QStringLiteral("does not wait")));
    // A decision cannot re-address the review.
    QJsonObject moved = decision(m_top, "approved");
    moved.insert(QStringLiteral("reviewer"), m_top.id);
    QVERIFY(!refusal(m_top, pending, moved, caseId).isEmpty());
}

void TestReviewRules::withdrawAndCommentRules()
{
    const QString caseId = addCase(m_bo);
    const QJsonObject pending = request(m_bo, m_lea);
    const QJsonObject withdraw{{QStringLiteral("reviewState"), QStringLiteral("none")}};
    QVERIFY(refusal(m_bo, pending, withdraw, caseId).isEmpty());
    QVERIFY(!refusal(m_kim, pending, withdraw, caseId).isEmpty());
    QVERIFY(!refusal(m_kim, pending, request(m_kim, m_top), caseId).isEmpty()); // not kim's request
    QJsonObject approved = pending;
    const QJsonObject decided = decision(m_lea, "approved");
    for (auto it = decided.begin(); it != decided.end(); ++it) {
        approved.insert(it.key(), it.value());
    }
    const QJsonObject comment{{QStringLiteral("reviewComment"), QStringLiteral("rettet")}};
    QVERIFY(refusal(m_lea, approved, comment, caseId).isEmpty());
    QVERIFY(!refusal(m_top, approved, comment, caseId).isEmpty());
    QVERIFY(!refusal(m_lea, approved, decision(m_lea, "rejected"), caseId).isEmpty());
    // Asked again after a decision: a new request, which clears the decision (as the desktop does).
    QVERIFY(!refusal(m_kim, approved, request(m_kim, m_lea), caseId).isEmpty());
    QJsonObject again = request(m_kim, m_lea);
    again.insert(QStringLiteral("reviewDecidedBy"), QJsonValue::Null);
    again.insert(QStringLiteral("reviewDecidedAt"), QString());
    again.insert(QStringLiteral("reviewComment"), QString());
    QVERIFY(refusal(m_kim, approved, again, caseId).isEmpty());
}

void TestReviewRules::personnelCaseUsesTheEmployeesLine()
{
    const QString caseId = addCase(m_hr, {{QStringLiteral("kind"), QStringLiteral("personnel")},
                                          {QStringLiteral("accessClass"), QStringLiteral("personnel")},
                                          {QStringLiteral("employee"), QStringLiteral("bo")}});
    QVERIFY(!caseId.isEmpty());
    QVERIFY(refusal(m_hr, {}, request(m_hr, m_lea), caseId).isEmpty());
    QVERIFY(refusal(m_hr, {}, request(m_hr, m_top), caseId).isEmpty());
    QVERIFY(!refusal(m_hr, {}, request(m_hr, m_lis), caseId).isEmpty());
    const QString aboutLea = addCase(m_hr, {{QStringLiteral("kind"), QStringLiteral("personnel")},
                                            {QStringLiteral("accessClass"), QStringLiteral("personnel")},
                                            {QStringLiteral("employee"), QStringLiteral("lea")}});
    // Never the employee, though she leads her own unit.
    QVERIFY(!refusal(m_hr, {}, request(m_hr, m_lea), aboutLea).isEmpty());
    QVERIFY(refusal(m_hr, {}, request(m_hr, m_top), aboutLea).isEmpty());
}

void TestReviewRules::pushIsRejectedAndAudited()
{
    const QString caseId = addCase(m_bo);
    const QString documentId = newId();
    QCOMPARE(push(m_bo, QStringLiteral("document"), documentId, 0,
                  {{QStringLiteral("caseId"), caseId}, {QStringLiteral("title"), QStringLiteral("Referat")}})
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    const QJsonObject asked = push(m_bo, QStringLiteral("document"), documentId, 1, request(m_bo, m_lea));
    QCOMPARE(asked.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(auditCount(QStringLiteral("review_request")), 1);
    const QJsonObject forged =
        push(m_kim, QStringLiteral("document"), documentId, 2, decision(m_kim, "approved"));
    QCOMPARE(forged.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(auditCount(QStringLiteral("review_approve")), 0);
    const QJsonObject approved =
        push(m_lea, QStringLiteral("document"), documentId, 2, decision(m_lea, "approved"));
    QCOMPARE(approved.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QCOMPARE(
        approved.value(QStringLiteral("fields")).toObject().value(QStringLiteral("reviewState")).toString(),
        QStringLiteral("approved"));
    QCOMPARE(auditCount(QStringLiteral("review_approve")), 1);
    // Unknown review states and reviewers that are not ids are bad requests: nothing stored.
    AccessPolicy policy(*m_db, m_lea);
    QVERIFY_THROWS_EXCEPTION(
        ApiError,
        SyncService(*m_db, policy, *m_blobs)
            .push(QJsonObject{{QStringLiteral("operations"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("opId"), newId()},
                                   {QStringLiteral("entity"), QStringLiteral("document")},
                                   {QStringLiteral("id"), documentId},
                                   {QStringLiteral("baseRev"), 3},
                                   {QStringLiteral("fields"), QJsonObject{{QStringLiteral("reviewState"),
                                                                           QStringLiteral("maybe")}}}}}}}));
}

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
