// PDF preview benchmark: does a 300-page PDF open and scroll without freezing the window?
// Makes a 300-page PDF with SimplePdfWriter (or takes the file given with --pdf), then on the GUI
// thread of a real PdfViewer (offscreen): the time until the first page is on screen, and while
// scrolling from the first page to the last at a steady speed, the longest and the 99th-percentile
// gap between two ticks of a 4 ms timer on the GUI thread (a gap is a moment the window could not
// react). As the reference, the time one page takes to render, which is what the GUI thread would
// stall for every page if it rendered them itself.
#include "PdfDocument.h"
#include "PdfPageCanvas.h"
#include "PdfRenderQueue.h"
#include "PdfViewer.h"
#include "demo/SimplePdfWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace akta::widgets;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString makePdf(const QString& path, int pages)
{
    akta::demo::SimplePdfWriter writer;
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        writer.addHeading(QStringLiteral("Side %1 af %2").arg(page + 1).arg(pages));
        for (int paragraph = 0; paragraph < 12; ++paragraph) {
            writer.addParagraph(
                QStringLiteral("Borgeren har i perioden modtaget støtte efter serviceloven, og "
                               "sagsbehandleren har vurderet, at indsatsen skal fortsætte. Målene "
                               "er drøftet med borgeren og de pårørende, og der er aftalt opfølgning."));
        }
    }
    QFile file(path);
    const QByteArray data = writer.toPdf();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QStringLiteral("A PDF to use."),
                                       QStringLiteral("file"));
    parser.addOption(pdfOption);
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("Pages a second (default 10)."),
                                         QStringLiteral("pages"), QStringLiteral("10"));
    parser.addOption(speedOption);
    parser.addHelpOption();
    parser.process(app);

    const int speed = qMax(1, parser.value(speedOption).toInt());
    QTemporaryDir dir;
    const QString path = parser.isSet(pdfOption) ? parser.value(pdfOption)
                                                 : makePdf(dir.filePath(QStringLiteral("300.pdf")), 300);

    QElapsedTimer clock;
    clock.start();
    auto loading = QtConcurrent::run(&PdfDocument::load, path);
    loading.waitForFinished(); // the benchmark waits; the app gets it through a QFutureWatcher
    const PdfDocument::LoadResult loaded = loading.result();
    if (!loaded.document) {
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(loaded.error));
    }
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;
    const std::shared_ptr<PdfDocument> document = loaded.document;

    PdfViewer viewer;
    viewer.resize(900, 1000);
    viewer.show();

    // Ticks of the GUI thread's event loop: the gaps between them are the stalls.
    QList<double> gaps;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(4);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        gaps.append(double(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });

    clock.restart();
    viewer.setDocument(document);
    while (!viewer.canvas()->isRendered(0)) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    const double firstPageMs = double(clock.nsecsElapsed()) / 1e6;

    // Scroll from top to bottom at a steady speed (pages a second), then wait for the last page.
    auto* scroll = viewer.findChild<QScrollArea*>(QStringLiteral("pdfScroll"));
    QScrollBar* bar = scroll->verticalScrollBar();
    const int pageHeight = viewer.canvas()->pageRect(0).height() + PdfPageCanvas::kGap;
    const int stepPixels = qMax(1, pageHeight * speed / 60); // 60 steps a second
    QTimer scroller;
    scroller.setInterval(16);
    QObject::connect(&scroller, &QTimer::timeout, [&] { bar->setValue(bar->value() + stepPixels); });
    tick.start();
    heartbeat.start();
    scroller.start();
    clock.restart();
    const int pages = document->pageCount();
    const double scrollSeconds = double(bar->maximum()) / stepPixels / 60.0;
    while (bar->value() < bar->maximum()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    scroller.stop();
    while (!viewer.canvas()->isRendered(pages - 1)) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    const double scrollMs = double(clock.nsecsElapsed()) / 1e6;
    heartbeat.stop();

    // The reference: one page rendered straight away, as the GUI thread would have to.
    std::atomic_bool never(false);
    clock.restart();
    const int samples = 10;
    for (int i = 0; i < samples; ++i) {
        document->render(i * (pages / samples), 72.0 * viewer.scale(), never);
    }
    const double renderMs = double(clock.nsecsElapsed()) / 1e6 / samples;

    std::sort(gaps.begin(), gaps.end());
    const double worst = gaps.isEmpty() ? 0 : gaps.last();
    const double p99 = gaps.isEmpty() ? 0 : gaps.at(qMin(gaps.size() - 1, qsizetype(gaps.size() * 0.99)));
    const auto over50 = std::count_if(gaps.cbegin(), gaps.cend(), [](double gap) { return gap > 50; });
    out() << "pdf preview: " << pages << " pages, " << QFileInfo(path).size() / 1024 << " KiB\n"
          << QStringLiteral("  open (load + page sizes, worker): %1 ms\n").arg(loadMs, 0, 'f', 1)
          << QStringLiteral("  first page on screen after setDocument: %1 ms\n").arg(firstPageMs, 0, 'f', 1)
          << QStringLiteral(
                 "  scroll through all pages at %4 pages/s (%1 s of scrolling): %2 ms, %3 GUI ticks\n")
                 .arg(scrollSeconds, 0, 'f', 1)
                 .arg(scrollMs, 0, 'f', 0)
                 .arg(gaps.size())
                 .arg(speed)
          << QStringLiteral("  GUI thread gap while scrolling: worst %1 ms, 99th percentile %2 ms, %3 over "
                            "50 ms (timer 4 ms)\n")
                 .arg(worst, 0, 'f', 1)
                 .arg(p99, 0, 'f', 1)
                 .arg(over50)
          << QStringLiteral("  pages in the cache at the end: %1 of %2\n")
                 .arg(viewer.canvas()->cachedPages())
                 .arg(pages)
          << QStringLiteral("  reference: one page rendered at this zoom takes %1 ms\n")
                 .arg(renderMs, 0, 'f', 1);
    out().flush();
    return 0;
}
