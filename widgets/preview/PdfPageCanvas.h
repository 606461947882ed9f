#pragma once

#include <QCache>
#include <QList>
#include <QPixmap>
#include <QRectF>
#include <QSizeF>
#include <QWidget>

#include <memory>

namespace akta::widgets {

class PdfDocument;
class PdfRenderQueue;

// Where a word was found: a page and a rectangle on it in points.
struct PdfHit
{
    int page = -1;
    QRectF rect;
};

// The pages of a PDF, one below the other, at one scale. It lays pages out from their sizes alone
// (a white placeholder until the page arrives), asks the render queue only for the pages in view,
// cancels the ones that scrolled away, and keeps the rendered pixmaps in a cache with a bound.
class PdfPageCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPageCanvas)

public:
    explicit PdfPageCanvas(QWidget* parent = nullptr);

    void setDocument(std::shared_ptr<PdfDocument> document, PdfRenderQueue* queue);
    // Pixels per point.
    void setScale(double scale);
    double scale() const { return m_scale; }
    // The part of the canvas the scroll area shows: pages there are rendered, others cancelled.
    void setViewport(const QRect& visible);

    void setHits(const QList<PdfHit>& hits, int current);
    QRect pageRect(int page) const { return m_pageRects.value(page); }
    QRect hitRect(const PdfHit& hit) const;
    // The page under the given canvas y (the nearest one in a gap).
    int pageAt(int y) const;
    int cachedPages() const { return m_cache.count(); }
    bool isRendered(int page) const { return m_cache.contains(page); }

    static constexpr int kGap = 10;
    static constexpr int kCacheKilobytes = 128 * 1024;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void relayout();
    void requestVisible();
    void pageRendered(int page, const QImage& image);

    std::shared_ptr<PdfDocument> m_document;
    PdfRenderQueue* m_queue = nullptr;
    double m_scale = 1.0;
    QList<QRect> m_pageRects;
    QRect m_viewport;
    QCache<int, QPixmap> m_cache;
    QList<PdfHit> m_hits;
    int m_currentHit = -1;
};

} // namespace akta::widgets
