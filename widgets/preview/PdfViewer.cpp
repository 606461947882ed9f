#include "PdfViewer.h"

#include "PdfDocument.h"
#include "PdfRenderQueue.h"
#include "PdfSearch.h"
#include "PdfThumbnailList.h"
#include "PreviewFindBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace akta::widgets {

namespace {

constexpr double kSteps[] = {25, 50, 75, 100, 125, 150, 200, 300, 400};
constexpr int kFitWidthItem = 0;
constexpr int kFitPageItem = 1;

} // namespace

PdfViewer::PdfViewer(QWidget* parent)
    : QWidget(parent), m_thumbnailToggle(new QToolButton(this)), m_page(new QSpinBox(this)),
      m_pageCount(new QLabel(this)), m_zoomOut(new QToolButton(this)), m_zoom(new QComboBox(this)),
      m_zoomIn(new QToolButton(this)), m_findButton(new QToolButton(this)),
      m_thumbnails(new PdfThumbnailList(this)), m_scroll(new QScrollArea(this)), m_canvas(new PdfPageCanvas),
      m_findBar(new PreviewFindBar(this)), m_search(new PdfSearch(this))
{
    setObjectName(QStringLiteral("pdfViewer"));
    m_thumbnailToggle->setObjectName(QStringLiteral("pdfThumbnailToggle"));
    m_thumbnailToggle->setText(tr("Thumbnails"));
    m_thumbnailToggle->setAccessibleName(tr("Show page thumbnails"));
    m_thumbnailToggle->setCheckable(true);
    m_thumbnailToggle->setChecked(true);
    m_page->setObjectName(QStringLiteral("pdfPage"));
    m_page->setAccessibleName(tr("Page number"));
    m_page->setPrefix(tr("Page "));
    m_page->setKeyboardTracking(false);
    m_pageCount->setObjectName(QStringLiteral("pdfPageCount"));
    m_zoomOut->setObjectName(QStringLiteral("pdfZoomOut"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomIn->setObjectName(QStringLiteral("pdfZoomIn"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoom->setObjectName(QStringLiteral("pdfZoom"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->addItem(tr("Fit width"));
    m_zoom->addItem(tr("Fit page"));
    for (const double step : kSteps) {
        m_zoom->addItem(tr("%1 %").arg(step), step);
    }
    m_findButton->setObjectName(QStringLiteral("pdfFind"));
    m_findButton->setText(tr("Find"));
    m_findButton->setAccessibleName(tr("Find in document"));
    m_findButton->setToolTip(tr("Find in document (Ctrl+F)"));

    m_scroll->setObjectName(QStringLiteral("pdfScroll"));
    m_scroll->setAccessibleName(tr("Pages"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Mid);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->viewport()->installEventFilter(this);
    // A click on a page puts the keyboard in the viewer (page keys, Ctrl+F, zoom keys).
    m_canvas->setFocusPolicy(Qt::ClickFocus);
    m_canvas->setAccessibleName(tr("Pages"));
    m_canvas->setFocusProxy(m_scroll);
    m_findBar->hide();

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_thumbnailToggle);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_page);
    toolbar->addWidget(m_pageCount);
    toolbar->addStretch(1);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_zoom);
    toolbar->addWidget(m_zoomIn);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_findButton);
    auto* body = new QHBoxLayout;
    body->setSpacing(0);
    body->addWidget(m_thumbnails);
    body->addWidget(m_scroll, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addLayout(body, 1);
    layout->addWidget(m_findBar);

    connect(m_thumbnailToggle, &QToolButton::toggled, m_thumbnails, &QWidget::setVisible);
    connect(m_thumbnails, &PdfThumbnailList::pageChosen, this, &PdfViewer::goToPage);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int value) { goToPage(value - 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, &PdfViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PdfViewer::zoomOut);
    connect(m_zoom, &QComboBox::activated, this, [this](int index) {
        if (index == kFitWidthItem) {
            fitWidth();
        } else if (index == kFitPageItem) {
            fitPage();
        } else {
            applyZoom(Fit::None, m_zoom->itemData(index).toDouble());
        }
    });
    connect(m_findButton, &QToolButton::clicked, m_findBar, &PreviewFindBar::open);
    connect(m_findBar, &PreviewFindBar::findNext, this, &PdfViewer::findNext);
    connect(m_findBar, &PreviewFindBar::findPrevious, this, &PdfViewer::findPrevious);
    connect(m_findBar, &PreviewFindBar::closed, this, [this] {
        m_hits.clear();
        m_currentHit = -1;
        m_canvas->setHits({}, -1);
        m_scroll->setFocus();
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &PdfViewer::viewportChanged);
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, this, &PdfViewer::viewportChanged);
    connect(m_search, &PdfSearch::finished, this, &PdfViewer::searchDone);
    addShortcuts();
    setDocument(nullptr);
}

void PdfViewer::addShortcuts()
{
    const auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence::FindNext, [this] { findNext(); });
    add(QKeySequence::FindPrevious, [this] { findPrevious(); });
    add(QKeySequence::ZoomIn, [this] { zoomIn(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { zoomIn(); });
    add(QKeySequence::ZoomOut, [this] { zoomOut(); });
    add(QKeySequence(Qt::Key_PageDown), [this] { goToPage(m_currentPage + 1); });
    add(QKeySequence(Qt::Key_PageUp), [this] { goToPage(m_currentPage - 1); });
    add(QKeySequence(Qt::Key_Home), [this] { goToPage(0); });
    add(QKeySequence(Qt::Key_End), [this] { goToPage(pageCount() - 1); });
}

void PdfViewer::setDocument(std::shared_ptr<PdfDocument> document)
{
    m_search->cancel();
    m_searchedText.clear();
    m_hits.clear();
    m_currentHit = -1;
    m_findBar->setStatus({});
    m_findBar->hide(); // a find in the previous document says nothing about this one
    m_document = std::move(document);
    m_thumbnails->setDocument(nullptr, nullptr);
    m_canvas->setDocument(nullptr, nullptr);
    delete m_queue; // cancels what the previous document still had queued, without waiting
    m_queue = m_document ? new PdfRenderQueue(m_document, this) : nullptr;
    m_currentPage = 0;
    const int pages = pageCount();
    {
        const QSignalBlocker blocker(m_page);
        m_page->setRange(pages > 0 ? 1 : 0, pages);
        m_page->setValue(pages > 0 ? 1 : 0);
    }
    m_pageCount->setText(tr("of %1").arg(pages));
    m_canvas->setDocument(m_document, m_queue);
    m_thumbnails->setDocument(m_document, m_queue);
    applyZoom(m_fit == Fit::None ? Fit::Width : m_fit, m_percent);
    m_scroll->verticalScrollBar()->setValue(0);
    viewportChanged();
}

int PdfViewer::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

void PdfViewer::goToPage(int page)
{
    if (!m_document) {
        return;
    }
    page = qBound(0, page, pageCount() - 1);
    m_scroll->verticalScrollBar()->setValue(m_canvas->pageRect(page).top() - PdfPageCanvas::kGap / 2);
    viewportChanged();
    setCurrentPage(page); // also when the last pages all fit in the view
}

void PdfViewer::zoomIn()
{
    stepZoom(+1);
}

void PdfViewer::zoomOut()
{
    stepZoom(-1);
}

void PdfViewer::fitWidth()
{
    applyZoom(Fit::Width, m_percent);
}

void PdfViewer::fitPage()
{
    applyZoom(Fit::Page, m_percent);
}

void PdfViewer::stepZoom(int direction)
{
    const double now = percentFor(m_fit);
    double next = direction > 0 ? kSteps[std::size(kSteps) - 1] : kSteps[0];
    for (const double step : kSteps) {
        if (direction > 0 && step > now + 0.5) {
            next = step;
            break;
        }
        if (direction < 0 && step < now - 0.5) {
            next = step; // the largest step below
        }
    }
    applyZoom(Fit::None, next);
}

double PdfViewer::percentFor(Fit fit) const
{
    const double pixelsPerPoint = logicalDpiX() / 72.0;
    if (fit == Fit::None || !m_document) {
        return m_percent;
    }
    double widest = 1;
    for (int page = 0; page < pageCount(); ++page) {
        widest = qMax(widest, m_document->pageSize(page).width());
    }
    const QSize room = m_scroll->viewport()->size() - QSize(2 * PdfPageCanvas::kGap, 2 * PdfPageCanvas::kGap);
    double scale = room.width() / widest;
    if (fit == Fit::Page) {
        const QSizeF current = m_document->pageSize(m_currentPage);
        scale = qMin(room.width() / current.width(), room.height() / current.height());
    }
    return qBound(10.0, 100.0 * scale / pixelsPerPoint, 800.0);
}

void PdfViewer::applyZoom(Fit fit, double percent)
{
    m_fit = fit;
    m_percent = fit == Fit::None ? percent : percentFor(fit);
    {
        const QSignalBlocker blocker(m_zoom);
        if (fit == Fit::Width) {
            m_zoom->setCurrentIndex(kFitWidthItem);
        } else if (fit == Fit::Page) {
            m_zoom->setCurrentIndex(kFitPageItem);
        } else {
            const int index = m_zoom->findData(percent);
            m_zoom->setCurrentIndex(index >= 0 ? index : kFitWidthItem);
        }
    }
    const int page = m_currentPage;
    m_canvas->setScale(m_percent / 100.0 * logicalDpiX() / 72.0);
    if (m_document) {
        goToPage(page); // keep the page in view at the new size
    }
}

void PdfViewer::viewportChanged()
{
    const QRect visible(
        QPoint(m_scroll->horizontalScrollBar()->value(), m_scroll->verticalScrollBar()->value()),
        m_scroll->viewport()->size());
    m_canvas->setViewport(visible);
    if (!m_document) {
        return;
    }
    // The current page is the one at the top of the view (the last one once scrolled to the end).
    const QScrollBar* bar = m_scroll->verticalScrollBar();
    const int page = bar->value() >= bar->maximum() && bar->maximum() > 0
                         ? pageCount() - 1
                         : m_canvas->pageAt(visible.top() + PdfPageCanvas::kGap);
    setCurrentPage(page);
}

void PdfViewer::setCurrentPage(int page)
{
    if (page >= 0 && page != m_currentPage) {
        m_currentPage = page;
        const QSignalBlocker blocker(m_page);
        m_page->setValue(page + 1);
        m_thumbnails->setCurrentPage(page);
    }
}

bool PdfViewer::event(QEvent* event)
{
    // Ctrl+F is also the main window's "find case": inside the viewer it finds in the document.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Find)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void PdfViewer::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Find)) {
        m_findBar->open();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool PdfViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport()) {
        if (event->type() == QEvent::Wheel) {
            const auto* wheel = static_cast<QWheelEvent*>(event);
            if ((wheel->modifiers() & Qt::ControlModifier) != 0) {
                stepZoom(wheel->angleDelta().y() > 0 ? +1 : -1);
                return true;
            }
        } else if (event->type() == QEvent::Resize) {
            if (m_fit != Fit::None && m_document) {
                const int page = m_currentPage;
                m_canvas->setScale(percentFor(m_fit) / 100.0 * logicalDpiX() / 72.0);
                m_percent = percentFor(m_fit);
                m_currentPage = page;
            }
            viewportChanged();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PdfViewer::find(const QString& text)
{
    m_findBar->setText(text);
    m_findBar->show();
    startSearch(text.trimmed());
}

void PdfViewer::findNext()
{
    const QString text = m_findBar->text();
    if (text != m_searchedText || (m_hits.isEmpty() && !isSearching())) {
        startSearch(text);
    } else if (!m_hits.isEmpty()) {
        showHit((m_currentHit + 1) % int(m_hits.size()));
    }
}

void PdfViewer::findPrevious()
{
    if (m_findBar->text() != m_searchedText) {
        findNext();
    } else if (!m_hits.isEmpty()) {
        showHit((m_currentHit - 1 + int(m_hits.size())) % int(m_hits.size()));
    }
}

void PdfViewer::startSearch(const QString& text)
{
    m_searchedText = text;
    m_hits.clear();
    m_currentHit = -1;
    m_canvas->setHits({}, -1);
    m_findBar->setStatus(m_document && !text.isEmpty() ? tr("Searching…") : QString());
    m_search->start(m_document, text);
}

bool PdfViewer::isSearching() const
{
    return m_search->isRunning();
}

void PdfViewer::searchDone(const QList<PdfHit>& hits)
{
    m_hits = hits;
    if (m_hits.isEmpty()) {
        m_findBar->setStatus(tr("Not found"));
        m_canvas->setHits({}, -1);
    } else {
        int first = 0;
        while (first < m_hits.size() && m_hits.at(first).page < m_currentPage) {
            ++first;
        }
        showHit(first < m_hits.size() ? first : 0);
    }
    emit searchFinished(int(m_hits.size()));
}

void PdfViewer::showHit(int index)
{
    m_currentHit = index;
    m_canvas->setHits(m_hits, index);
    m_findBar->setStatus(tr("%1 of %2").arg(index + 1).arg(m_hits.size()));
    const QRect rect = m_canvas->hitRect(m_hits.at(index));
    m_scroll->ensureVisible(rect.center().x(), rect.center().y(), rect.width() / 2 + 50,
                            m_scroll->viewport()->height() / 3);
    viewportChanged();
    setCurrentPage(m_hits.at(index).page);
}

} // namespace akta::widgets
