// Review requests and decisions on a real store: the leader line (the case's unit and above, the
// employee's unit for a personnel case, never the employee), the row and its outbox operation
// written together, and each refusal leaving the store as it was.

#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "documents/DocumentRepository.h"
#include "review/DocumentReview.h"
#include "review/LeaderLine.h"
#include "review/ReviewError.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace akta;

class TestDocumentReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void nearestLeaderOfTheCaseUnit();
    void personnelCaseGoesToTheEmployeesLeaderLine();
    void requestWritesRowAndOutbox();
    void onlyTheReviewerOrALeaderAboveDecides();
    void refusalsStoreNothing();

private:
    QString addCase(const QString& unit, const QString& employee = {});
    QString addDocument(const QString& caseId);
    qint64 outboxCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
};

void TestDocumentReview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    directory::Directory people(m_store->database());
    people.addUnit({QStringLiteral("k"), QString(), QStringLiteral("Kommune")});
    people.addUnit({QStringLiteral("s"), QStringLiteral("k"), QStringLiteral("Skole")});
    people.addUnit({QStringLiteral("sy"), QStringLiteral("s"), QStringLiteral("Syd")});
    people.addUnit({QStringLiteral("h"), QStringLiteral("k"), QStringLiteral("HR")});
    const auto add = [&](const char* id, const char* unit, const char* role) {
        people.addUser({QString::fromLatin1(id), QString::fromLatin1(id), QString::fromLatin1(id),
                        QString::fromLatin1(unit), QString::fromLatin1(role)});
    };
    add("top", "k", "leader");
    add("lea", "s", "leader");
    add("syd", "sy", "leader");
    add("bo", "sy", "caseworker");
    add("hr", "h", "hr");
}

void TestDocumentReview::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestDocumentReview::addCase(const QString& unit, const QString& employee)
{
    cases::NewCase request;
    request.title = QStringLiteral("Sag");
    request.kleSubject = QStringLiteral("00.01.00");
    request.responsibleUnitId = unit;
    request.employee = employee;
    if (!employee.isEmpty()) {
        request.kind = CaseKind::Personnel;
    }
    return cases::CaseRepository(m_store->database()).create(request, QStringLiteral("hr")).id;
}

QString TestDocumentReview::addDocument(const QString& caseId)
{
    const auto stored = m_store->blobStore().putData("Indhold.");
    documents::NewDocument document;
    document.caseId = caseId;
    document.title = QStringLiteral("Referat");
    document.content = {stored.sha256, QStringLiteral("r.txt"), QStringLiteral("text/plain"), stored.size};
    return documents::DocumentRepository(m_store->database()).add(document, QStringLiteral("hr")).record.id;
}

qint64 TestDocumentReview::outboxCount()
{
    auto query = m_store->database().prepare(QStringLiteral("SELECT count(*) FROM outbox"));
    query.step();
    return query.columnInt64(0);
}

void TestDocumentReview::nearestLeaderOfTheCaseUnit()
{
    review::LeaderLine line(m_store->database());
    const QString inSyd = addCase(QStringLiteral("sy"));
    QCOMPARE(line.nearestLeader(inSyd, QStringLiteral("bo"))->id, QStringLiteral("syd"));
    // A leader who asks is not asked: the next one up is.
    QCOMPARE(line.nearestLeader(inSyd, QStringLiteral("syd"))->id, QStringLiteral("lea"));
    QCOMPARE(line.leaders(inSyd, QStringLiteral("bo")).size(), 3);
    const QString inHr = addCase(QStringLiteral("h"));
    QCOMPARE(line.nearestLeader(inHr, QStringLiteral("hr"))->id, QStringLiteral("top"));
    QVERIFY(!line.contains(*directory::Directory(m_store->database()).user(QStringLiteral("lea")), inHr));
    QVERIFY(!line.contains(*directory::Directory(m_store->database()).user(QStringLiteral("bo")), inSyd));
}

void TestDocumentReview::personnelCaseGoesToTheEmployeesLeaderLine()
{
    review::LeaderLine line(m_store->database());
    const QString forBo = addCase(QStringLiteral("h"), QStringLiteral("bo"));
    QCOMPARE(line.reviewUnit(forBo), QStringLiteral("sy"));
    QCOMPARE(line.nearestLeader(forBo, QStringLiteral("hr"))->id, QStringLiteral("syd"));
    // The employee is never in their own case's line.
    const QString forSyd = addCase(QStringLiteral("h"), QStringLiteral("syd"));
    QCOMPARE(line.nearestLeader(forSyd, QStringLiteral("hr"))->id, QStringLiteral("lea"));
    QVERIFY(!line.contains(*directory::Directory(m_store->database()).user(QStringLiteral("syd")), forSyd));
}

void TestDocumentReview::requestWritesRowAndOutbox()
{
    const QString document = addDocument(addCase(QStringLiteral("sy")));
    const qint64 before = outboxCount();
    const review::ReviewItem item =
        review::DocumentReview(m_store->database()).request(document, QString(), QStringLiteral("bo"));
    QCOMPARE(item.state, QStringLiteral("pending"));
    QCOMPARE(item.reviewerId, QStringLiteral("syd"));
    QCOMPARE(item.requestedById, QStringLiteral("bo"));
    QVERIFY(!item.requestedAt.isEmpty());
    QCOMPARE(outboxCount(), before + 1);
    auto query = m_store->database().prepare(QStringLiteral(
        "SELECT fields FROM outbox WHERE entity = 'document' AND entity_id = ?1 ORDER BY seq DESC"));
    query.bind(1, document).step();
    const QJsonObject fields = QJsonDocument::fromJson(query.columnText(0).toUtf8()).object();
    QCOMPARE(fields.value(QStringLiteral("reviewState")).toString(), QStringLiteral("pending"));
    QCOMPARE(fields.value(QStringLiteral("reviewer")).toString(), QStringLiteral("syd"));
    QVERIFY(fields.value(QStringLiteral("reviewDecidedBy")).isNull());
    QCOMPARE(review::DocumentReview(m_store->database()).waitingFor(QStringLiteral("syd")).size(), 1);
    QCOMPARE(review::DocumentReview(m_store->database()).waitingCount(QStringLiteral("syd")), 1);
}

void TestDocumentReview::onlyTheReviewerOrALeaderAboveDecides()
{
    review::DocumentReview reviews(m_store->database());
    const QString caseId = addCase(QStringLiteral("sy"));
    const QString first = addDocument(caseId);
    const QString second = addDocument(caseId);
    reviews.request(first, QStringLiteral("syd"), QStringLiteral("bo"));
    reviews.request(second, QStringLiteral("syd"), QStringLiteral("bo"));
    QVERIFY_THROWS_EXCEPTION(review::ReviewError, reviews.decide(first, true, {}, QStringLiteral("bo")));
    QVERIFY_THROWS_EXCEPTION(review::ReviewError, reviews.decide(first, true, {}, QStringLiteral("hr")));
    const review::ReviewItem approved =
        reviews.decide(first, true, QStringLiteral(" Fint "), QStringLiteral("syd"));
    QCOMPARE(approved.state, QStringLiteral("approved"));
    QCOMPARE(approved.comment, QStringLiteral("Fint"));
    QCOMPARE(approved.decidedById, QStringLiteral("syd"));
    const review::ReviewItem rejected =
        reviews.decide(second, false, QStringLiteral("Nej"), QStringLiteral("top"));
    QCOMPARE(rejected.state, QStringLiteral("rejected"));
    QCOMPARE(rejected.decidedById, QStringLiteral("top"));
    // Decided: not again.
    QVERIFY_THROWS_EXCEPTION(review::ReviewError, reviews.decide(first, false, {}, QStringLiteral("syd")));
    QCOMPARE(reviews.waitingFor(QStringLiteral("syd")).size(), 0);
}

void TestDocumentReview::refusalsStoreNothing()
{
    review::DocumentReview reviews(m_store->database());
    const QString document = addDocument(addCase(QStringLiteral("sy")));
    const qint64 before = outboxCount();
    QVERIFY_THROWS_EXCEPTION(review::ReviewError,
                             reviews.request(document, QStringLiteral("bo"), QStringLiteral("hr")));
    QVERIFY_THROWS_EXCEPTION(review::ReviewError,
                             reviews.request(document, QStringLiteral("nobody"), QStringLiteral("hr")));
    QVERIFY_THROWS_EXCEPTION(review::ReviewError,
                             reviews.request(QStringLiteral("missing"), {}, QStringLiteral("hr")));
    QVERIFY_THROWS_EXCEPTION(review::ReviewError, reviews.decide(document, true, {}, QStringLiteral("syd")));
    QCOMPARE(outboxCount(), before);
    QCOMPARE(reviews.find(document)->state, QStringLiteral("none"));
    // A pending request is re-addressed only by the one who asked.
    reviews.request(document, QStringLiteral("syd"), QStringLiteral("bo"));
    QVERIFY_THROWS_EXCEPTION(review::ReviewError,
                             reviews.request(document, QStringLiteral("lea"), QStringLiteral("hr")));
    QCOMPARE(reviews.request(document, QStringLiteral("lea"), QStringLiteral("bo")).reviewerId,
             QStringLiteral("lea"));
}

QTEST_GUILESS_MAIN(TestDocumentReview)
#include "tst_documentreview.moc"
