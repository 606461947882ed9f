// Tests of akta::extraction::ExtractionQueue: the background text extraction of the desktop, run with
// the real akta-extract helper and with small helper programs that crash or hang on some files.

#include "blobs/BlobStore.h"
#include "cases/CaseCreation.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentRepository.h"
#include "email/EmailParser.h"
#include "extraction/ExtractionQueue.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace akta;

// Generous: the helper is a real process and CI machines are busy. Not a speed assertion.
#define WAIT_FOR_IDLE(queue, idle)                                                                           \
    QTRY_VERIFY_WITH_TIMEOUT((idle).count() > 0 && (queue).remaining() == 0, 60000)

class TestExtractionQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fillsInPendingTextLeftFromAnEarlierRun();
    void htmlOnlyEmailBodyIsConverted();
    void crashOnOneFileIsRecordedAndTheOthersContinue();
    void hangIsKilledAndRecorded();
    void stopLeavesTheCurrentVersionPendingForTheNextRun();
    void journalingDuringExtractionIsNotBlocked();
    void missingBlobIsRecordedAsFailed();

private:
    // Journals a text file without an extractor: its text stays "pending".
    QString journalPending(const QString& name, const QByteArray& content);
    QString statusOf(const QString& documentId);
    documents::DocumentVersion latestOf(const QString& documentId);
    // A helper that crashes (SIGSEGV) on files containing `CRASH`, hangs on files containing `HANG`,
    // and otherwise runs the real akta-extract.
    QString flakyHelper();

    QString m_realHelper;
    QTemporaryDir m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<blobs::BlobStore> m_blobs;
    QString m_caseId;
    int m_storeNumber = 0;
};

void TestExtractionQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_realHelper = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                   QStringLiteral("/../../extract/akta-extract"));
#ifdef Q_OS_WIN
    m_realHelper += QStringLiteral(".exe");
#endif
    QVERIFY2(QFileInfo(m_realHelper).isExecutable(),
             qPrintable(QStringLiteral("akta-extract is not built at %1").arg(m_realHelper)));
}

void TestExtractionQueue::init()
{
    m_store =
        std::make_unique<store::LocalStore>(m_dir.filePath(QStringLiteral("store%1").arg(++m_storeNumber)));
    m_blobs = std::make_unique<blobs::BlobStore>(m_store->blobStore());
    cases::NewCase request;
    request.title = QStringLiteral("Klage over afgørelse");
    request.kleSubject = QStringLiteral("02.34.02");
    m_caseId = cases::createCase(m_store->database(), request, std::nullopt, QStringLiteral("me")).id;
}

void TestExtractionQueue::cleanup()
{
    m_blobs.reset();
    m_store.reset();
}

QString TestExtractionQueue::journalPending(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    file.close();
    documents::DocumentJournal journal(m_store->database(), *m_blobs, {}, {}, QStringLiteral("me"));
    return journal.journalFile(m_caseId, path).document.record.id;
}

documents::DocumentVersion TestExtractionQueue::latestOf(const QString& documentId)
{
    return documents::DocumentRepository(m_store->database()).find(documentId)->latest;
}

QString TestExtractionQueue::statusOf(const QString& documentId)
{
    return latestOf(documentId).textStatus;
}

QString TestExtractionQueue::flakyHelper()
{
    const QString path = m_dir.filePath(QStringLiteral("flaky-extract.sh"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    // akta-extract is called as: --mime TYPE FILE
    file.write("#!/bin/sh\n"
               "if grep -q CRASH \"$3\"; then kill -SEGV $$; fi\n"
               "if grep -q HANG \"$3\"; then exec sleep 60; fi\n"
               "exec '" +
               m_realHelper.toUtf8() + "' \"$@\"\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestExtractionQueue::fillsInPendingTextLeftFromAnEarlierRun()
{
    const QString first = journalPending(QStringLiteral("Partshøring.txt"),
                                         "Kommunen påtænker at give afslag på ansøgningen.\n");
    const QString second = journalPending(QStringLiteral("Svar.html"),
                                          "<html><body><p>Borgeren gør indsigelse.</p></body></html>");
    QCOMPARE(statusOf(first), QStringLiteral("pending"));
    QCOMPARE(statusOf(second), QStringLiteral("pending"));
    QCOMPARE(documents::DocumentRepository(m_store->database()).pendingTextCount(), 2);

    extraction::ExtractionQueue queue(m_store->databasePath(), m_store->blobStore(), m_realHelper);
    QSignalSpy remaining(&queue, &extraction::ExtractionQueue::remainingChanged);
    QSignalSpy extracted(&queue, &extraction::ExtractionQueue::textExtracted);
    QSignalSpy idle(&queue, &extraction::ExtractionQueue::idle);
    queue.start();
    WAIT_FOR_IDLE(queue, idle);

    QCOMPARE(extracted.count(), 2);
    QCOMPARE(extracted.at(0).at(0).toString(), first);
    QCOMPARE(extracted.at(0).at(2).toString(), QStringLiteral("ok"));
    QCOMPARE(extracted.at(1).at(0).toString(), second);
    // Progress counted down: 2 left, 1 left, done.
    QVERIFY(remaining.count() >= 3);
    QCOMPARE(remaining.at(0).at(0).toInt(), 2);
    QCOMPARE(remaining.at(1).at(0).toInt(), 1);
    QCOMPARE(remaining.last().at(0).toInt(), 0);

    QCOMPARE(statusOf(first), QStringLiteral("ok"));
    QVERIFY(latestOf(first).text.contains(QStringLiteral("påtænker at give afslag")));
    QCOMPARE(statusOf(second), QStringLiteral("ok"));
    QVERIFY(latestOf(second).text.contains(QStringLiteral("Borgeren gør indsigelse")));
    QVERIFY(!latestOf(second).text.contains(QStringLiteral("<p>")));
    QCOMPARE(documents::DocumentRepository(m_store->database()).pendingTextCount(), 0);
}

void TestExtractionQueue::htmlOnlyEmailBodyIsConverted()
{
    const QByteArray mail = "From: Borger <borger@example.dk>\r\n"
                            "To: byg@kommune.dk\r\n"
                            "Subject: Indsigelse\r\n"
                            "Message-ID: <html-only-1@example.dk>\r\n"
                            "Date: Tue, 3 Nov 2026 10:00:00 +0100\r\n"
                            "MIME-Version: 1.0\r\n"
                            "Content-Type: text/html; charset=utf-8\r\n"
                            "\r\n"
                            "<html><body><p>Jeg gør <b>indsigelse</b> mod skuret.</p></body></html>\r\n";
    const QString path = m_dir.filePath(QStringLiteral("indsigelse.eml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(mail);
    file.close();
    documents::DocumentJournal journal(
        m_store->database(), *m_blobs, [](const QByteArray& data) { return email::EmailParser::parse(data); },
        {}, QStringLiteral("me"));
    const QString id = journal.journalFile(m_caseId, path).document.record.id;
    QCOMPARE(statusOf(id), QStringLiteral("pending"));

    extraction::ExtractionQueue queue(m_store->databasePath(), m_store->blobStore(), m_realHelper);
    QSignalSpy idle(&queue, &extraction::ExtractionQueue::idle);
    queue.start();
    WAIT_FOR_IDLE(queue, idle);
    QCOMPARE(statusOf(id), QStringLiteral("ok"));
    const QString text = latestOf(id).text;
    QVERIFY2(text.contains(QStringLiteral("Jeg gør indsigelse mod skuret.")), qPrintable(text));
}

void TestExtractionQueue::crashOnOneFileIsRecordedAndTheOthersContinue()
{
#ifdef Q_OS_WIN
    QSKIP("uses a shell-script helper");
#endif
    const QString before = journalPending(QStringLiteral("a.txt"), "Første akt om skuret.\n");
    const QString crashing = journalPending(QStringLiteral("b.txt"), "CRASH the parser\n");
    const QString after = journalPending(QStringLiteral("c.txt"), "Tredje akt om carporten.\n");

    extraction::ExtractionQueue queue(m_store->databasePath(), m_store->blobStore(), flakyHelper());
    QSignalSpy extracted(&queue, &extraction::ExtractionQueue::textExtracted);
    QSignalSpy idle(&queue, &extraction::ExtractionQueue::idle);
    queue.start();
    WAIT_FOR_IDLE(queue, idle);

    QCOMPARE(extracted.count(), 3);
    QCOMPARE(statusOf(before), QStringLiteral("ok"));
    QCOMPARE(statusOf(after), QStringLiteral("ok"));
    QVERIFY(latestOf(after).text.contains(QStringLiteral("carporten")));
    const documents::DocumentVersion failed = latestOf(crashing);
    QCOMPARE(failed.textStatus, QStringLiteral("failed"));
    QVERIFY2(failed.textError.contains(QStringLiteral("crashed")), qPrintable(failed.textError));
    // The signal carries the reason for the document list.
    QCOMPARE(extracted.at(1).at(0).toString(), crashing);
    QCOMPARE(extracted.at(1).at(2).toString(), QStringLiteral("failed"));
    QCOMPARE(extracted.at(1).at(3).toString(), failed.textError);
}

void TestExtractionQueue::hangIsKilledAndRecorded()
{
#ifdef Q_OS_WIN
    QSKIP("uses a shell-script helper");
#endif
    const QString hanging = journalPending(QStringLiteral("hang.txt"), "HANG for ever\n");
    const QString fine = journalPending(QStringLiteral("fine.txt"), "Afgørelse om tilskud.\n");
    extraction::ExtractionQueue queue(m_store->databasePath(), m_store->blobStore(), flakyHelper(), 1500);
    QSignalSpy idle(&queue, &extraction::ExtractionQueue::idle);
    queue.start();
    WAIT_FOR_IDLE(queue, idle);
    const documents::DocumentVersion failed = latestOf(hanging);
    QCOMPARE(failed.textStatus, QStringLiteral("failed"));
    QCOMPARE(failed.textError, QStringLiteral("the extractor did not finish within 1.5 s"));
    QCOMPARE(statusOf(fine), QStringLiteral("ok"));
}

void TestExtractionQueue::stopLeavesTheCurrentVersionPendingForTheNextRun()
{
#ifdef Q_OS_WIN
    QSKIP("uses a shell-script helper");
#endif
    const QString id = journalPending(QStringLiteral("slow.txt"), "HANG until stopped\n");
    {
        extraction::ExtractionQueue queue(m_store->databasePath(), m_store->blobStore(), flakyHelper(),
                                          600000);
        QSignalSpy remaining(&queue, &extraction::ExtractionQueue::remainingChanged);
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(remaining.count() > 0 && queue.remaining() == 1, 30000);
        queue.stop(); // kills the hanging helper rather than waiting ten minutes for it
        QVERIFY(!queue.isRunning());
    }
    QCOMPARE(statusOf(id), QStringLiteral("pending"));
    QVERIFY(latestOf(id).textError.isEmpty());

    // The next run (with a helper that does not hang on it) completes it.
    extraction::ExtractionQueue next(m_store->databasePath(), m_store->blobStore(), m_realHelper);
    QSignalSpy idle(&next, &extraction::ExtractionQueue::idle);
    next.start();
    WAIT_FOR_IDLE(next, idle);
    QCOMPARE(statusOf(id), QStringLiteral("ok"));
    QVERIFY(latestOf(id).text.contains(QStringLiteral("HANG until stopped")));
}

void TestExtractionQueue::journalingDuringExtractionIsNotBlocked()
{
#ifdef Q_OS_WIN
    QSKIP("uses a shell-script helper");
#endif
    journalPending(QStringLiteral("hangs.txt"), "HANG while the user keeps working\n");
    extraction::ExtractionQueue queue(m_store->databasePath(), m_store->blobStore(), flakyHelper(), 600000);
    QSignalSpy remaining(&queue, &extraction::ExtractionQueue::remainingChanged);
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(remaining.count() > 0, 30000);
    // While the helper hangs on the first file, journaling goes on and returns with text pending.
    const QString next = journalPending(QStringLiteral("ny.txt"), "Ny akt.\n");
    QVERIFY(!next.isEmpty());
    QCOMPARE(statusOf(next), QStringLiteral("pending"));
    queue.wake();
    queue.stop();
    QCOMPARE(statusOf(next), QStringLiteral("pending"));
}

void TestExtractionQueue::missingBlobIsRecordedAsFailed()
{
    const QString id = journalPending(QStringLiteral("væk.txt"), "Indhold der forsvinder.\n");
    QVERIFY(QFile::remove(m_blobs->pathOf(latestOf(id).sha256)));
    extraction::ExtractionQueue queue(m_store->databasePath(), m_store->blobStore(), m_realHelper);
    QSignalSpy idle(&queue, &extraction::ExtractionQueue::idle);
    queue.start();
    WAIT_FOR_IDLE(queue, idle);
    QCOMPARE(statusOf(id), QStringLiteral("failed"));
    QCOMPARE(latestOf(id).textError, QStringLiteral("the stored content is missing"));
}

QTEST_GUILESS_MAIN(TestExtractionQueue)
#include "tst_extractionqueue.moc"
