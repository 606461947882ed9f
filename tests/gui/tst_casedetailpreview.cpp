// The case view with its preview pane: choosing a document in the case's list shows it beside the
// list; showDocument() from elsewhere (a search hit) selects it once the case has loaded and jumps
// to the words; an e-mail attachment opened in the preview is selected in the list.

#include "CaseDetailWidget.h"
#include "DocumentPreviewWidget.h"
#include "PdfViewer.h"
#include "blobs/BlobStore.h"
#include "demo/SimplePdfWriter.h"
#include "documents/DocumentJournal.h"
#include "email/EmailParser.h"
#include "store/LocalStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace akta;

class TestCaseDetailPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectingShowsThePreview();
    void showDocumentBeforeTheCaseLoads();
    void otherCaseClearsThePreview();

private:
    QString journal(const QString& caseId, const QString& name, const QByteArray& content);
    static QByteArray pdf(int pages, const QString& lastPageText);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<widgets::CaseDetailWidget> m_view;
};

void TestCaseDetailPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseDetailPreview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<store::LocalStore>(m_dir->filePath(QStringLiteral("store")));
    for (const char* id : {"case-1", "case-2"}) {
        m_store->database().exec(
            QStringLiteral(
                "INSERT INTO cases(id, case_number, title, kle_subject, kind, status, access_class, "
                "created_at, modified_at) VALUES ('%1', 'n-%1', 'Sag %1', '27.24.00', 'subject', "
                "'opened', 'normal', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
                .arg(QLatin1String(id)));
    }
    m_view = std::make_unique<widgets::CaseDetailWidget>(m_store->databasePath(), m_store->blobStore());
    m_view->resize(1200, 800);
    m_view->show();
}

void TestCaseDetailPreview::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestCaseDetailPreview::journal(const QString& caseId, const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.close();
    const blobs::BlobStore blobs = m_store->blobStore();
    documents::DocumentJournal journal(
        m_store->database(), blobs, [](const QByteArray& data) { return email::EmailParser::parse(data); },
        nullptr);
    return journal.journalFile(caseId, path).document.record.id;
}

QByteArray TestCaseDetailPreview::pdf(int pages, const QString& lastPageText)
{
    demo::SimplePdfWriter writer;
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        writer.addParagraph(page == pages - 1 ? lastPageText : QStringLiteral("Side %1").arg(page + 1));
    }
    return writer.toPdf();
}

void TestCaseDetailPreview::selectingShowsThePreview()
{
    const QString note = journal(QStringLiteral("case-1"), QStringLiteral("notat.txt"), "Telefonnotat");
    const QString letter =
        journal(QStringLiteral("case-1"), QStringLiteral("brev.pdf"), pdf(2, QStringLiteral("Slut")));
    QSignalSpy shown(m_view.get(), &widgets::CaseDetailWidget::caseShown);
    m_view->showCase(QStringLiteral("case-1"));
    QVERIFY(shown.wait(10000));

    auto* table = m_view->findChild<QTableView*>(QStringLiteral("caseDocuments"));
    QSignalSpy changed(m_view.get(), &widgets::CaseDetailWidget::currentDocumentChanged);
    QSignalSpy previewed(m_view->preview(), &widgets::DocumentPreviewWidget::documentShown);
    table->setCurrentIndex(table->model()->index(0, 1)); // as a click on the first row does
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), note);
    QCOMPARE(m_view->currentDocumentId(), note);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(m_view->preview()->shownKind(), widgets::PreviewContent::Kind::Text);

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_view->currentDocumentId(), letter);
    QTRY_COMPARE(m_view->preview()->currentDocumentId(), letter);
    QTRY_COMPARE(m_view->preview()->shownKind(), widgets::PreviewContent::Kind::Pdf);
    QCOMPARE(m_view->preview()->pdfViewer()->pageCount(), 2);
}

void TestCaseDetailPreview::showDocumentBeforeTheCaseLoads()
{
    journal(QStringLiteral("case-1"), QStringLiteral("notat.txt"), "Telefonnotat");
    const QString report = journal(QStringLiteral("case-1"), QStringLiteral("rapport.pdf"),
                                   pdf(4, QStringLiteral("Konklusion")));
    // A search hit opens the case and the document at once: the list is not loaded yet.
    m_view->showCase(QStringLiteral("case-1"));
    m_view->showDocument(report, QStringLiteral("konklusion"));
    QTRY_COMPARE(m_view->currentDocumentId(), report);
    widgets::PdfViewer* viewer = m_view->preview()->pdfViewer();
    QTRY_COMPARE(viewer->hits().size(), 1);
    QCOMPARE(viewer->hits().at(0).page, 3);
    QCOMPARE(viewer->currentPage(), 3);
}

void TestCaseDetailPreview::otherCaseClearsThePreview()
{
    const QString note = journal(QStringLiteral("case-1"), QStringLiteral("notat.txt"), "Telefonnotat");
    QSignalSpy shown(m_view.get(), &widgets::CaseDetailWidget::caseShown);
    m_view->showCase(QStringLiteral("case-1"));
    QVERIFY(shown.wait(10000));
    m_view->showDocument(note);
    QTRY_COMPARE(m_view->preview()->currentDocumentId(), note);
    m_view->showCase(QStringLiteral("case-2"));
    QVERIFY(shown.wait(10000));
    QVERIFY(m_view->preview()->currentDocumentId().isEmpty());
    QVERIFY(m_view->currentDocumentId().isEmpty());
}

QTEST_MAIN(TestCaseDetailPreview)
#include "tst_casedetailpreview.moc"
