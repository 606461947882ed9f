// The leader's review queue on a real store: it lists what waits for the user (loaded off the GUI
// thread), a decision with a comment is written with its outbox operation, a document that arrives
// later is announced, a decision the store no longer allows is told, and Return opens the document.
// The "Send for review" dialog offers the leaders it is given.

#include "ReviewQueueModel.h"
#include "ReviewQueueWidget.h"
#include "ReviewRequestDialog.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "documents/DocumentRepository.h"
#include "review/DocumentReview.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace akta;

class TestReviewQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void listsWhatWaitsAndApprovesWithAComment();
    void newItemsAreAnnounced();
    void refusedDecisionIsTold();
    void returnOpensTheDocument();
    void requestDialogOffersTheLeaders();

private:
    QString addDocument(const QString& title);
    QString text(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    QString m_caseId;
};

void TestReviewQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    directory::Directory people(m_store->database());
    people.addUnit({QStringLiteral("k"), QString(), QStringLiteral("Kommune")});
    people.addUnit({QStringLiteral("s"), QStringLiteral("k"), QStringLiteral("Skole")});
    people.addUser({QStringLiteral("lea"), QStringLiteral("lea"), QStringLiteral("Lea Leder"),
                    QStringLiteral("s"), QStringLiteral("leader")});
    people.addUser({QStringLiteral("bo"), QStringLiteral("bo"), QStringLiteral("Bo Sagsbehandler"),
                    QStringLiteral("s"), QStringLiteral("caseworker")});
    cases::NewCase request;
    request.title = QStringLiteral("Skolebus til Nordskolen");
    request.kleSubject = QStringLiteral("00.01.00");
    m_caseId = cases::CaseRepository(m_store->database()).create(request, QStringLiteral("bo")).id;
}

void TestReviewQueue::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestReviewQueue::addDocument(const QString& title)
{
    const auto stored = m_store->blobStore().putData("Kørselsplan.");
    documents::NewDocument document;
    document.caseId = m_caseId;
    document.title = title;
    document.content = {stored.sha256, QStringLiteral("plan.txt"), QStringLiteral("text/plain"), stored.size};
    return documents::DocumentRepository(m_store->database()).add(document, QStringLiteral("bo")).record.id;
}

QString TestReviewQueue::text(const QString& sql)
{
    auto query = m_store->database().prepare(sql);
    return query.step() ? query.columnText(0) : QString();
}

void TestReviewQueue::listsWhatWaitsAndApprovesWithAComment()
{
    const QString first = addDocument(QStringLiteral("Kørselsplan"));
    const QString second = addDocument(QStringLiteral("Kontrakt med vognmand"));
    addDocument(QStringLiteral("Not sent for review"));
    review::DocumentReview reviews(m_store->database());
    reviews.request(first, QStringLiteral("lea"), QStringLiteral("bo"));
    reviews.request(second, QString(), QStringLiteral("bo")); // the nearest leader: lea

    widgets::ReviewQueueWidget queue(m_store->databasePath(), QStringLiteral("lea"));
    QAbstractItemModelTester tester(queue.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    queue.show();
    queue.reload();
    QTRY_COMPARE(queue.model()->rowCount(), 2);
    auto* table = queue.findChild<QTableView*>(QStringLiteral("reviewQueueTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(queue.model()->index(0, models::ReviewQueueModel::DocumentColumn).data().toString(),
             QStringLiteral("Kørselsplan"));
    QCOMPARE(queue.model()->index(0, models::ReviewQueueModel::RequestedByColumn).data().toString(),
             QStringLiteral("Bo Sagsbehandler"));
    QVERIFY(!queue.model()->index(0, models::ReviewQueueModel::CaseColumn).data().toString().isEmpty());

    auto* comment = queue.findChild<QPlainTextEdit*>(QStringLiteral("reviewComment"));
    QVERIFY(comment);
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("Ser fint ud"));
    QSignalSpy decided(&queue, &widgets::ReviewQueueWidget::decided);
    // Tab from the comment reaches the buttons; the approve button is pressed by keyboard.
    auto* approve = queue.findChild<QPushButton*>(QStringLiteral("reviewApproveButton"));
    QVERIFY(approve && approve->isEnabled());
    approve->setFocus();
    QTest::keyClick(approve, Qt::Key_Space);
    QTRY_COMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(0).toString(), first);
    QTRY_COMPARE(queue.model()->rowCount(), 1);
    QCOMPARE(text(QStringLiteral("SELECT review_state || '|' || review_comment || '|' || review_decided_by "
                                 "FROM documents WHERE id = '%1'")
                      .arg(first)),
             QStringLiteral("approved|Ser fint ud|lea"));
    QVERIFY(text(QStringLiteral("SELECT fields FROM outbox WHERE entity_id = '%1' ORDER BY seq DESC LIMIT 1")
                     .arg(first))
                .contains(QStringLiteral("\"reviewState\":\"approved\"")));
    QVERIFY(comment->toPlainText().isEmpty());
}

void TestReviewQueue::newItemsAreAnnounced()
{
    const QString first = addDocument(QStringLiteral("Kørselsplan"));
    review::DocumentReview reviews(m_store->database());
    reviews.request(first, QStringLiteral("lea"), QStringLiteral("bo"));
    widgets::ReviewQueueWidget queue(m_store->databasePath(), QStringLiteral("lea"));
    QSignalSpy arrived(queue.model(), &models::ReviewQueueModel::itemsArrived);
    QSignalSpy loaded(queue.model(), &models::ReviewQueueModel::loaded);
    queue.reload();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(arrived.count(), 0); // the first load announces nothing
    reviews.request(addDocument(QStringLiteral("Tilbud")), QStringLiteral("lea"), QStringLiteral("bo"));
    reviews.request(addDocument(QStringLiteral("Aftale")), QStringLiteral("lea"), QStringLiteral("bo"));
    queue.reload();
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(arrived.at(0).at(0).toInt(), 2);
    QCOMPARE(queue.model()->rowCount(), 3);
}

void TestReviewQueue::refusedDecisionIsTold()
{
    const QString first = addDocument(QStringLiteral("Kørselsplan"));
    review::DocumentReview(m_store->database()).request(first, QStringLiteral("lea"), QStringLiteral("bo"));
    widgets::ReviewQueueWidget queue(m_store->databasePath(), QStringLiteral("lea"));
    queue.show();
    queue.reload();
    QTRY_COMPARE(queue.model()->rowCount(), 1);
    // Decided elsewhere meanwhile (a sync brought the decision of the leader above).
    m_store->database().exec(
        QStringLiteral("UPDATE documents SET review_state = 'rejected' WHERE id = '%1'").arg(first));
    QSignalSpy failed(&queue, &widgets::ReviewQueueWidget::decisionFailed);
    queue.approve();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("does not wait for review")));
    auto* message = queue.findChild<QLabel*>(QStringLiteral("reviewMessage"));
    QVERIFY(message && message->text().contains(QStringLiteral("does not wait for review")));
    QCOMPARE(text(QStringLiteral("SELECT review_state FROM documents WHERE id = '%1'").arg(first)),
             QStringLiteral("rejected"));
    QTRY_COMPARE(queue.model()->rowCount(), 0);
    QVERIFY(queue.findChild<QLabel*>(QStringLiteral("reviewQueueEmpty"))->isVisible());
}

void TestReviewQueue::returnOpensTheDocument()
{
    const QString first = addDocument(QStringLiteral("Kørselsplan"));
    review::DocumentReview(m_store->database()).request(first, QStringLiteral("lea"), QStringLiteral("bo"));
    widgets::ReviewQueueWidget queue(m_store->databasePath(), QStringLiteral("lea"));
    queue.show();
    queue.reload();
    QTRY_COMPARE(queue.model()->rowCount(), 1);
    QSignalSpy opened(&queue, &widgets::ReviewQueueWidget::openDocumentRequested);
    auto* table = queue.findChild<QTableView*>(QStringLiteral("reviewQueueTable"));
    table->setFocus();
    table->setCurrentIndex(queue.model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), m_caseId);
    QCOMPARE(opened.at(0).at(1).toString(), first);
}

void TestReviewQueue::requestDialogOffersTheLeaders()
{
    const QList<directory::User> leaders{{QStringLiteral("lea"), QStringLiteral("lea"),
                                          QStringLiteral("Lea Leder"), QStringLiteral("s"),
                                          QStringLiteral("leader")},
                                         {QStringLiteral("top"), QStringLiteral("top"), QStringLiteral("top"),
                                          QStringLiteral("k"), QStringLiteral("leader")}};
    widgets::ReviewRequestDialog dialog(QStringLiteral("Kørselsplan"), leaders);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("reviewLeaderCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("Lea Leder (lea)"));
    QCOMPARE(dialog.reviewerId(), QStringLiteral("lea"));
    combo->setCurrentIndex(1);
    QCOMPARE(dialog.reviewerId(), QStringLiteral("top"));

    widgets::ReviewRequestDialog none(QStringLiteral("Kørselsplan"), {});
    auto* buttons = none.findChild<QDialogButtonBox*>(QStringLiteral("reviewRequestButtons"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(none.findChild<QLabel*>(QStringLiteral("reviewNoLeader")));
    QVERIFY(none.reviewerId().isEmpty());
}

QTEST_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
