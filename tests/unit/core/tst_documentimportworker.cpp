#include "cases/CaseCreation.h"
#include "directory/Directory.h"
#include "documents/DocumentImportWorker.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace akta;

// Journals several files on a worker thread, as the desktop does: progress for each, a refused file
// reported without stopping the others, documents and extracted text in the store afterwards.
class TestDocumentImportWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void journalsFilesOnAThreadAndReportsFailures();

private:
    QTemporaryDir m_dir;
};

void TestDocumentImportWorker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString helper =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../extract/akta-extract"));
    QVERIFY2(QFile::exists(helper),
             qPrintable(QStringLiteral("akta-extract is not built at %1").arg(helper)));
    qputenv("AKTA_EXTRACT_PATH", QDir::cleanPath(helper).toLocal8Bit());
}

void TestDocumentImportWorker::journalsFilesOnAThreadAndReportsFailures()
{
    const QString storeDir = m_dir.filePath(QStringLiteral("store"));
    QString caseId;
    {
        store::LocalStore store(storeDir);
        directory::Directory directory(store.database());
        directory.addUnit({QStringLiteral("u"), QString(), QStringLiteral("Byggeri")});
        directory.addUser({QStringLiteral("me"), QStringLiteral("me"), QStringLiteral("Ib"),
                           QStringLiteral("u"), QStringLiteral("caseworker")});
        cases::NewCase request;
        request.title = QStringLiteral("Tilbygning");
        request.kleSubject = QStringLiteral("02.34.02");
        caseId = cases::createCase(store.database(), request, std::nullopt, QStringLiteral("me")).id;
    }
    const QString text = m_dir.filePath(QStringLiteral("Høringssvar fra naboen.txt"));
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::WriteOnly));
    textFile.write("Naboen gør indsigelse mod tilbygningens højde.\n");
    textFile.close();
    const QString empty = m_dir.filePath(QStringLiteral("tom.pdf"));
    QFile emptyFile(empty);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();
    const QString mail = QStringLiteral(AKTA_SOURCE_DIR "/tests/data/email/latin1-qp.eml");
    QVERIFY(QFile::exists(mail));

    store::LocalStore probe(storeDir);
    QThread thread;
    auto* worker = new documents::DocumentImportWorker(probe.databasePath(), probe.blobStore(), caseId,
                                                       QStringLiteral("me"), {text, empty, mail});
    worker->moveToThread(&thread);
    QSignalSpy progress(worker, &documents::DocumentImportWorker::progress);
    QSignalSpy failed(worker, &documents::DocumentImportWorker::fileFailed);
    QSignalSpy finished(worker, &documents::DocumentImportWorker::finished);
    connect(&thread, &QThread::started, worker, &documents::DocumentImportWorker::run);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    thread.quit();
    QVERIFY(thread.wait());

    QCOMPARE(finished.at(0).at(0).toInt(), 2); // journaled
    QCOMPARE(finished.at(0).at(1).toInt(), 0); // duplicates
    QCOMPARE(finished.at(0).at(2).toInt(), 1); // failed
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), empty);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("empty")));
    QCOMPARE(progress.count(), 4); // one per file, then done
    QCOMPARE(progress.last().at(0).toInt(), 3);

    auto documents = probe.database().prepare(QStringLiteral(
        "SELECT d.title, d.kind, v.text_status, v.extracted_text FROM documents d JOIN document_versions v "
        "ON v.document_id = d.id WHERE d.case_id = ?1 AND d.parent_document_id IS NULL ORDER BY d.number"));
    documents.bind(1, caseId);
    QVERIFY(documents.step());
    QCOMPARE(documents.columnText(0), QStringLiteral("Høringssvar fra naboen"));
    QCOMPARE(documents.columnText(1), QStringLiteral("file"));
    QCOMPARE(documents.columnText(2), QStringLiteral("ok"));
    QVERIFY(documents.columnText(3).contains(QStringLiteral("indsigelse")));
    QVERIFY(documents.step());
    QCOMPARE(documents.columnText(1), QStringLiteral("email"));
    QVERIFY(!documents.step());
}

QTEST_GUILESS_MAIN(TestDocumentImportWorker)
#include "tst_documentimportworker.moc"
