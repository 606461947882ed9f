// PdfViewer, PdfDocument, PdfRenderQueue, PdfPageCanvas and PdfThumbnailList on real PDFs made with
// SimplePdfWriter (and qpdf for an encrypted one): a 300-page document renders only what is in view,
// page navigation by field and keys, zoom, find on a worker thread, quick switching while pages are
// being rendered, and damaged or protected files refused with a message.

#include "PdfDocument.h"
#include "PdfPageCanvas.h"
#include "PdfRenderQueue.h"
#include "PdfThumbnailList.h"
#include "PdfViewer.h"
#include "demo/SimplePdfWriter.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace akta::widgets;

class TestPdfViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsPageSizes();
    void largeDocumentRendersOnlyWhatIsInView();
    void pageNavigation();
    void zoom();
    void findJumpsToTheRightPage();
    void findNextAndPrevious();
    void switchingQuicklyWhileRendering();
    void renderQueueCancels();
    void damagedFilesAreRefused();
    void encryptedFileIsRefused();

private:
    // A PDF with `pages` pages, each headed "Side N"; `marker` is written on page `markerPage` (0-based).
    QString makePdf(const QString& name, int pages, const QString& marker = {}, int markerPage = -1);
    QString save(const QString& name, const QByteArray& data);
    std::shared_ptr<PdfDocument> load(const QString& path);
    void showViewer(PdfViewer& viewer);

    QTemporaryDir m_dir;
    QString m_big;
};

void TestPdfViewer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_big = makePdf(QStringLiteral("big.pdf"), 300, QStringLiteral("Zebrafinkeregister"), 216);
}

QString TestPdfViewer::save(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QString TestPdfViewer::makePdf(const QString& name, int pages, const QString& marker, int markerPage)
{
    akta::demo::SimplePdfWriter writer;
    writer.setTitle(name);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        writer.addHeading(QStringLiteral("Side %1").arg(page + 1));
        writer.addParagraph(QStringLiteral("Afgørelse om hjælp efter serviceloven. Sagsbehandleren har "
                                           "vurderet ansøgningen og de oplysninger, der er i sagen."));
        if (page == markerPage) {
            writer.addParagraph(QStringLiteral("Se %1 for detaljer.").arg(marker));
        }
    }
    return save(name, writer.toPdf());
}

std::shared_ptr<PdfDocument> TestPdfViewer::load(const QString& path)
{
    PdfDocument::LoadResult result = PdfDocument::load(path);
    if (!result.error.isEmpty()) {
        qWarning() << result.error;
    }
    return result.document;
}

void TestPdfViewer::showViewer(PdfViewer& viewer)
{
    viewer.resize(800, 700);
    viewer.show();
    viewer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&viewer));
}

void TestPdfViewer::loadsPageSizes()
{
    const auto document = load(makePdf(QStringLiteral("two.pdf"), 2));
    QVERIFY(document);
    QCOMPARE(document->pageCount(), 2);
    // SimplePdfWriter writes A4 pages: 595 x 842 points.
    QCOMPARE(document->pageSize(1).toSize(), QSize(595, 842));
}

void TestPdfViewer::largeDocumentRendersOnlyWhatIsInView()
{
    const auto document = load(m_big);
    QVERIFY(document);
    QCOMPARE(document->pageCount(), 300);
    PdfViewer viewer;
    showViewer(viewer);
    viewer.setDocument(document);
    QCOMPARE(viewer.pageCount(), 300);
    QTRY_VERIFY(viewer.canvas()->isRendered(0));
    // Only the pages in view (and one either side) were asked for, not 300.
    QTRY_COMPARE(viewer.renderQueue()->pendingCount(), 0);
    QVERIFY2(viewer.canvas()->cachedPages() <= 4,
             qPrintable(QString::number(viewer.canvas()->cachedPages())));
    QVERIFY(!viewer.canvas()->isRendered(150));
    // The canvas is laid out for every page from the page sizes alone.
    QVERIFY(viewer.canvas()->height() > 299 * viewer.canvas()->pageRect(0).height());
    // Thumbnails: a placeholder per page, only the visible ones rendered.
    QCOMPARE(viewer.thumbnails()->count(), 300);
    QTRY_VERIFY(viewer.thumbnails()->renderedCount() > 0);
    QVERIFY(viewer.thumbnails()->renderedCount() < 30);

    viewer.goToPage(150);
    QTRY_VERIFY(viewer.canvas()->isRendered(150));
    // The cache is bounded: far more pages than fit in it were never all kept.
    QVERIFY(viewer.canvas()->cachedPages() < 300);
}

void TestPdfViewer::pageNavigation()
{
    PdfViewer viewer;
    showViewer(viewer);
    viewer.setDocument(load(m_big));
    auto* field = viewer.findChild<QSpinBox*>(QStringLiteral("pdfPage"));
    QVERIFY(field);
    QCOMPARE(field->maximum(), 300);
    QCOMPARE(field->value(), 1);

    field->setValue(42);
    QCOMPARE(viewer.currentPage(), 41);
    QTRY_VERIFY(viewer.canvas()->isRendered(41));

    auto* scroll = viewer.findChild<QScrollArea*>(QStringLiteral("pdfScroll"));
    scroll->setFocus();
    QTest::keyClick(scroll, Qt::Key_PageDown);
    QCOMPARE(viewer.currentPage(), 42);
    QCOMPARE(field->value(), 43);
    QTest::keyClick(scroll, Qt::Key_PageUp);
    QTest::keyClick(scroll, Qt::Key_PageUp);
    QCOMPARE(viewer.currentPage(), 40);
    QTest::keyClick(scroll, Qt::Key_End);
    QCOMPARE(viewer.currentPage(), 299);
    QCOMPARE(field->value(), 300);
    QTest::keyClick(scroll, Qt::Key_PageDown); // stays on the last page
    QCOMPARE(viewer.currentPage(), 299);
    QTest::keyClick(scroll, Qt::Key_Home);
    QCOMPARE(viewer.currentPage(), 0);

    // Choosing a thumbnail goes to its page.
    viewer.thumbnails()->setCurrentRow(9);
    QCOMPARE(viewer.currentPage(), 9);
}

void TestPdfViewer::zoom()
{
    PdfViewer viewer;
    showViewer(viewer);
    viewer.setDocument(load(m_big));
    viewer.goToPage(5);
    const double fitWidth = viewer.scale();
    const int viewport = viewer.findChild<QScrollArea*>(QStringLiteral("pdfScroll"))->viewport()->width();
    QVERIFY(viewer.canvas()->pageRect(0).width() <= viewport);
    QVERIFY(viewer.canvas()->pageRect(0).width() > viewport * 3 / 4);

    viewer.fitPage();
    const double fitPage = viewer.scale();
    QVERIFY(fitPage < fitWidth); // A4 is taller than the pane is wide
    const int viewportHeight =
        viewer.findChild<QScrollArea*>(QStringLiteral("pdfScroll"))->viewport()->height();
    QVERIFY(viewer.canvas()->pageRect(0).height() <= viewportHeight);

    viewer.zoomIn();
    const double larger = viewer.scale();
    QVERIFY(larger > fitPage);
    QCOMPARE(viewer.currentPage(), 5); // zooming keeps the page in view

    auto* scroll = viewer.findChild<QScrollArea*>(QStringLiteral("pdfScroll"));
    scroll->setFocus();
    QTest::keyClick(scroll, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(viewer.scale() > larger);
    QTest::keyClick(scroll, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(viewer.scale(), larger);

    // Ctrl+wheel zooms instead of scrolling.
    const QPoint centre = scroll->viewport()->rect().center();
    QWheelEvent wheel(centre, scroll->viewport()->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(scroll->viewport(), &wheel);
    QVERIFY(viewer.scale() > larger);
    // Pages at the new scale are rendered again.
    QTRY_VERIFY(viewer.canvas()->isRendered(5));
}

void TestPdfViewer::findJumpsToTheRightPage()
{
    PdfViewer viewer;
    showViewer(viewer);
    viewer.setDocument(load(m_big));
    QSignalSpy finished(&viewer, &PdfViewer::searchFinished);
    viewer.find(QStringLiteral("zebrafinkeregister")); // case does not matter
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    QCOMPARE(viewer.hits().size(), 1);
    QCOMPARE(viewer.hits().at(0).page, 216);
    QCOMPARE(viewer.currentHit(), 0);
    QCOMPARE(viewer.currentPage(), 216);
    // The hit lies inside its page, where the marker paragraph is (below the heading).
    const QRect hit = viewer.canvas()->hitRect(viewer.hits().at(0));
    const QRect page = viewer.canvas()->pageRect(216);
    QVERIFY(page.contains(hit));
    QVERIFY(hit.top() > page.top() + page.height() / 20);
    auto* status = viewer.findChild<QLabel*>(QStringLiteral("previewFindStatus"));
    QCOMPARE(status->text(), QStringLiteral("1 of 1"));

    viewer.find(QStringLiteral("ikke-i-dokumentet"));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(viewer.hits().isEmpty());
    QCOMPARE(status->text(), QStringLiteral("Not found"));
}

void TestPdfViewer::findNextAndPrevious()
{
    PdfViewer viewer;
    showViewer(viewer);
    viewer.setDocument(load(makePdf(QStringLiteral("five.pdf"), 5)));
    viewer.goToPage(2);
    QSignalSpy finished(&viewer, &PdfViewer::searchFinished);
    // Ctrl+F opens the find bar, even though the main window's "find case" has Ctrl+F too.
    QAction findCase(&viewer);
    findCase.setShortcut(QKeySequence::Find);
    viewer.addAction(&findCase);
    QSignalSpy findCaseTriggered(&findCase, &QAction::triggered);
    auto* scroll = viewer.findChild<QScrollArea*>(QStringLiteral("pdfScroll"));
    scroll->setFocus();
    QTest::keyClick(scroll, Qt::Key_F, Qt::ControlModifier);
    auto* field = viewer.findChild<QLineEdit*>(QStringLiteral("previewFindField"));
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QCOMPARE(findCaseTriggered.size(), 0);
    // Enter searches from the current page.
    QTest::keyClicks(field, QStringLiteral("serviceloven"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(viewer.hits().size(), 5); // once on every page
    QCOMPARE(viewer.hits().at(viewer.currentHit()).page, 2);
    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(viewer.hits().at(viewer.currentHit()).page, 3);
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(viewer.hits().at(viewer.currentHit()).page, 1);
    QCOMPARE(viewer.currentPage(), 1);
    // Escape closes the bar and removes the highlights.
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(viewer.hits().isEmpty());
}

void TestPdfViewer::switchingQuicklyWhileRendering()
{
    PdfViewer viewer;
    showViewer(viewer);
    const QString small = makePdf(QStringLiteral("small.pdf"), 3);
    for (int round = 0; round < 25; ++round) {
        viewer.setDocument(load(round % 2 == 0 ? m_big : small));
        viewer.goToPage(round * 7);
        if (round % 3 == 0) {
            viewer.zoomIn();
            viewer.find(QStringLiteral("afgørelse"));
        }
        QCoreApplication::processEvents();
    }
    viewer.setDocument(load(small));
    QTRY_VERIFY(viewer.canvas()->isRendered(0));
    QTRY_COMPARE(viewer.renderQueue()->pendingCount(), 0);
    QCOMPARE(viewer.pageCount(), 3);
    viewer.setDocument(nullptr);
    QCOMPARE(viewer.pageCount(), 0);
}

void TestPdfViewer::renderQueueCancels()
{
    const auto document = load(m_big);
    PdfRenderQueue queue(document);
    QSignalSpy rendered(&queue, &PdfRenderQueue::rendered);
    for (int page = 0; page < 40; ++page) {
        queue.request(page, 150, PdfRenderQueue::Purpose::Page);
    }
    queue.request(0, 150, PdfRenderQueue::Purpose::Page); // asked twice: queued once
    QCOMPARE(queue.pendingCount(), 40);
    for (int page = 1; page < 40; ++page) {
        queue.cancel(page, PdfRenderQueue::Purpose::Page);
    }
    QCOMPARE(queue.pendingCount(), 1);
    QTRY_COMPARE(rendered.size(), 1);
    QCOMPARE(rendered.at(0).at(0).toInt(), 0);
    const auto image = rendered.at(0).at(2).value<QImage>();
    // 150 dpi of an A4 page: 1240 x 1754 pixels.
    QCOMPARE(image.width(), qRound(595 * 150 / 72.0));
    QTest::qWait(200); // no late result of a cancelled page arrives
    QCOMPARE(rendered.size(), 1);
}

void TestPdfViewer::damagedFilesAreRefused()
{
    const QByteArray good = akta::demo::SimplePdfWriter().toPdf();
    PdfDocument::LoadResult notPdf = PdfDocument::load(save(QStringLiteral("a.pdf"), "Dette er ikke en PDF"));
    QVERIFY(!notPdf.document);
    QVERIFY(notPdf.error.contains(QStringLiteral("not a PDF")));
    PdfDocument::LoadResult garbage =
        PdfDocument::load(save(QStringLiteral("b.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(5000, '\x07')));
    QVERIFY(!garbage.document);
    QVERIFY(!garbage.error.isEmpty());
    PdfDocument::LoadResult missing = PdfDocument::load(m_dir.filePath(QStringLiteral("nope.pdf")));
    QVERIFY(!missing.document);
    QVERIFY(!missing.error.isEmpty());
}

void TestPdfViewer::encryptedFileIsRefused()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty()) {
        QSKIP("qpdf is not installed");
    }
    const QString plain = makePdf(QStringLiteral("plain.pdf"), 1);
    const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
    QCOMPARE(QProcess::execute(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("hemmelig"),
                                      QStringLiteral("ejer"), QStringLiteral("256"), QStringLiteral("--"),
                                      plain, locked}),
             0);
    const PdfDocument::LoadResult result = PdfDocument::load(locked);
    QVERIFY(!result.document);
    QVERIFY(result.error.contains(QStringLiteral("password")));
}

QTEST_MAIN(TestPdfViewer)
#include "tst_pdfviewer.moc"
