#include "PdfPageCanvas.h"

#include "PdfDocument.h"
#include "PdfRenderQueue.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace akta::widgets {

PdfPageCanvas::PdfPageCanvas(QWidget* parent) : QWidget(parent), m_cache(kCacheKilobytes)
{
    setObjectName(QStringLiteral("pdfPageCanvas"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PdfPageCanvas::setDocument(std::shared_ptr<PdfDocument> document, PdfRenderQueue* queue)
{
    if (m_queue != nullptr) {
        disconnect(m_queue, nullptr, this, nullptr);
    }
    m_document = std::move(document);
    m_queue = queue;
    m_cache.clear();
    m_hits.clear();
    m_currentHit = -1;
    if (m_queue != nullptr) {
        connect(m_queue, &PdfRenderQueue::rendered, this,
                [this](int page, PdfRenderQueue::Purpose purpose, const QImage& image) {
                    if (purpose == PdfRenderQueue::Purpose::Page) {
                        pageRendered(page, image);
                    }
                });
    }
    relayout();
}

void PdfPageCanvas::setScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale)) {
        return;
    }
    m_scale = scale;
    // Pages of the old size are no use: cancel what is on its way and render again.
    if (m_queue != nullptr && m_document) {
        for (int page = 0; page < m_document->pageCount(); ++page) {
            m_queue->cancel(page, PdfRenderQueue::Purpose::Page);
        }
    }
    m_cache.clear();
    relayout();
}

void PdfPageCanvas::setViewport(const QRect& visible)
{
    m_viewport = visible;
    requestVisible();
}

void PdfPageCanvas::relayout()
{
    m_pageRects.clear();
    int width = 0;
    int y = kGap;
    const int pages = m_document ? m_document->pageCount() : 0;
    m_pageRects.reserve(pages);
    for (int page = 0; page < pages; ++page) {
        const QSizeF points = m_document->pageSize(page);
        const QSize size(qMax(1, qRound(points.width() * m_scale)),
                         qMax(1, qRound(points.height() * m_scale)));
        m_pageRects.append(QRect(QPoint(0, y), size));
        width = qMax(width, size.width());
        y += size.height() + kGap;
    }
    const int totalWidth = width + 2 * kGap;
    for (QRect& rect : m_pageRects) {
        rect.moveLeft((totalWidth - rect.width()) / 2);
    }
    resize(totalWidth, pages > 0 ? y : 0);
    update();
}

int PdfPageCanvas::pageAt(int y) const
{
    if (m_pageRects.isEmpty()) {
        return -1;
    }
    const auto after = std::upper_bound(m_pageRects.cbegin(), m_pageRects.cend(), y,
                                        [](int value, const QRect& rect) { return value < rect.top(); });
    const int index = int(after - m_pageRects.cbegin()) - 1;
    return qBound(0, index, int(m_pageRects.size()) - 1);
}

void PdfPageCanvas::requestVisible()
{
    if (m_queue == nullptr || m_pageRects.isEmpty() || m_viewport.isEmpty()) {
        return;
    }
    // The pages in view and one on either side, so that scrolling a little finds them ready.
    const int first = qMax(0, pageAt(m_viewport.top()) - 1);
    const int last = qMin(int(m_pageRects.size()) - 1, pageAt(m_viewport.bottom()) + 1);
    const double dpi = 72.0 * m_scale * devicePixelRatioF();
    for (int page = 0; page < m_pageRects.size(); ++page) {
        const bool wanted = page >= first && page <= last;
        if (!wanted) {
            m_queue->cancel(page, PdfRenderQueue::Purpose::Page);
        } else if (!m_cache.contains(page)) {
            m_queue->request(page, dpi, PdfRenderQueue::Purpose::Page);
        }
    }
}

void PdfPageCanvas::pageRendered(int page, const QImage& image)
{
    if (page < 0 || page >= m_pageRects.size() || image.isNull()) {
        return;
    }
    auto* pixmap = new QPixmap(QPixmap::fromImage(image));
    pixmap->setDevicePixelRatio(devicePixelRatioF());
    const qint64 kilobytes = qint64(image.sizeInBytes() / 1024) + 1;
    m_cache.insert(page, pixmap, qMin<qint64>(kilobytes, kCacheKilobytes));
    update(m_pageRects.at(page));
}

void PdfPageCanvas::setHits(const QList<PdfHit>& hits, int current)
{
    m_hits = hits;
    m_currentHit = current;
    update();
}

QRect PdfPageCanvas::hitRect(const PdfHit& hit) const
{
    if (hit.page < 0 || hit.page >= m_pageRects.size()) {
        return {};
    }
    const QPoint origin = m_pageRects.at(hit.page).topLeft();
    const QRectF scaled(hit.rect.x() * m_scale, hit.rect.y() * m_scale, hit.rect.width() * m_scale,
                        hit.rect.height() * m_scale);
    return scaled.toAlignedRect().translated(origin).adjusted(-1, -1, 1, 1);
}

void PdfPageCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Mid));
    if (m_pageRects.isEmpty()) {
        return;
    }
    const int first = pageAt(event->rect().top());
    const int last = pageAt(event->rect().bottom());
    for (int page = first; page <= last && page >= 0; ++page) {
        const QRect rect = m_pageRects.at(page);
        if (!rect.intersects(event->rect())) {
            continue;
        }
        if (const QPixmap* pixmap = m_cache.object(page)) {
            // Rendered at this scale: drawn as it is (scaling a page-sized pixmap on every paint is slow).
            const QSizeF size = pixmap->deviceIndependentSize();
            if (qAbs(size.width() - rect.width()) <= 2 && qAbs(size.height() - rect.height()) <= 2) {
                painter.drawPixmap(rect.topLeft(), *pixmap);
            } else {
                painter.drawPixmap(rect, *pixmap);
            }
        } else {
            painter.fillRect(rect, Qt::white);
            painter.setPen(Qt::gray);
            painter.drawText(rect, Qt::AlignCenter, tr("Page %1").arg(page + 1));
        }
        painter.setPen(palette().color(QPalette::Dark));
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
    }
    for (int i = 0; i < m_hits.size(); ++i) {
        const PdfHit& hit = m_hits.at(i);
        if (hit.page < first || hit.page > last) {
            continue;
        }
        const QColor colour = i == m_currentHit ? QColor(255, 140, 0, 110) : QColor(255, 230, 0, 90);
        painter.fillRect(hitRect(hit), colour);
    }
}

} // namespace akta::widgets
