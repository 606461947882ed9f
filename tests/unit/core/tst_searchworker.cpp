// Tests of akta::search::SearchWorker on a real store: only the newest of several waiting requests is
// run and answered, a malformed query is reported as failed, and cancel() drops what waits.

#include "search/SearchWorker.h"
#include "store/LocalStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using akta::search::SearchEngine;
using akta::search::SearchResult;
using akta::search::SearchWorker;

class TestSearchWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheNewestIsAnswered();
    void badQueryFails();
    void cancelDropsWaiting();
    void onItsOwnThread();

private:
    static SearchEngine::Request request(const QString& text);

    QTemporaryDir m_dir;
    QString m_path;
};

SearchEngine::Request TestSearchWorker::request(const QString& text)
{
    SearchEngine::Request r;
    r.text = text;
    r.prefixLastWord = true;
    return r;
}

void TestSearchWorker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    akta::store::LocalStore store(m_dir.filePath(QStringLiteral("store")));
    store.database().exec(QStringLiteral(
        "INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, created_at, "
        "modified_at) VALUES ('c1', '00.01.00-G01-1-26', 'Hundeluftning i parken', '00.01.00', 'subject', "
        "'opened', 'normal', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    m_path = store.databasePath();
}

void TestSearchWorker::onlyTheNewestIsAnswered()
{
    SearchWorker worker(m_path); // in this thread: the requests wait until the event loop runs
    QSignalSpy finished(&worker, &SearchWorker::finished);
    worker.search(request(QStringLiteral("hu")));
    worker.search(request(QStringLiteral("hund")));
    const quint64 last = worker.search(request(QStringLiteral("hundeluftning")));
    QTRY_COMPARE(finished.size(), 1);
    QTest::qWait(50); // the two other queued wake-ups find nothing to do
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.front().at(0).toULongLong(), last);
    const auto result = finished.front().at(1).value<SearchResult>();
    QCOMPARE(result.terms, QStringList{QStringLiteral("hundeluftning")});
    QCOMPARE(result.hits.size(), 1);
}

void TestSearchWorker::badQueryFails()
{
    SearchWorker worker(m_path);
    QSignalSpy failed(&worker, &SearchWorker::failed);
    const quint64 generation = worker.search(request(QStringLiteral("hund OR")));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.front().at(0).toULongLong(), generation);
    QVERIFY(failed.front().at(1).toString().contains(QStringLiteral("OR")));
}

void TestSearchWorker::cancelDropsWaiting()
{
    SearchWorker worker(m_path);
    QSignalSpy finished(&worker, &SearchWorker::finished);
    QSignalSpy failed(&worker, &SearchWorker::failed);
    worker.search(request(QStringLiteral("parken")));
    worker.cancel();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    worker.search(request(QStringLiteral("parken")));
    QTRY_COMPARE(finished.size(), 1);
}

void TestSearchWorker::onItsOwnThread()
{
    QThread thread;
    auto* worker = new SearchWorker(m_path);
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QSignalSpy finished(worker, &SearchWorker::finished);
    quint64 last = 0;
    for (const QString& text :
         {QStringLiteral("p"), QStringLiteral("pa"), QStringLiteral("par"), QStringLiteral("park")}) {
        last = worker->search(request(text));
    }
    // Earlier requests may be answered if they finished before the next came; the last is always answered.
    QTRY_VERIFY(!finished.isEmpty() && finished.last().at(0).toULongLong() == last);
    QCOMPARE(finished.last().at(1).value<SearchResult>().hits.size(), 1);
    thread.quit();
    thread.wait();
}

QTEST_GUILESS_MAIN(TestSearchWorker)
#include "tst_searchworker.moc"
