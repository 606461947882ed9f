#include "PdfThumbnailList.h"

#include "PdfDocument.h"
#include "PdfRenderQueue.h"

#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>

namespace akta::widgets {

PdfThumbnailList::PdfThumbnailList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("pdfThumbnails"));
    setAccessibleName(tr("Page thumbnails"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setIconSize(QSize(kWidth, kWidth * 3 / 2));
    setSpacing(6);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedWidth(kWidth + 24 + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &PdfThumbnailList::requestVisible);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_settingPage && row >= 0) {
            emit pageChosen(row);
        }
    });
}

void PdfThumbnailList::setDocument(std::shared_ptr<PdfDocument> document, PdfRenderQueue* queue)
{
    if (m_queue != nullptr) {
        disconnect(m_queue, nullptr, this, nullptr);
    }
    m_document = std::move(document);
    m_queue = queue;
    m_rendered = 0;
    const QSignalBlocker blocker(this);
    clear();
    if (!m_document || m_queue == nullptr) {
        return;
    }
    connect(m_queue, &PdfRenderQueue::rendered, this,
            [this](int page, PdfRenderQueue::Purpose purpose, const QImage& image) {
                if (purpose == PdfRenderQueue::Purpose::Thumbnail) {
                    thumbnailRendered(page, image);
                }
            });
    QPixmap placeholder(iconSize().width(), qRound(iconSize().width() * 1.414));
    placeholder.fill(Qt::white);
    outline(placeholder);
    for (int page = 0; page < m_document->pageCount(); ++page) {
        auto* entry = new QListWidgetItem(QIcon(placeholder), QString::number(page + 1), this);
        entry->setTextAlignment(Qt::AlignHCenter);
        entry->setToolTip(tr("Page %1").arg(page + 1));
    }
    requestVisible();
}

void PdfThumbnailList::outline(QPixmap& pixmap) const
{
    QPainter painter(&pixmap);
    painter.setPen(palette().color(QPalette::Dark));
    painter.drawRect(QRectF(QPointF(0, 0), pixmap.deviceIndependentSize()).adjusted(0, 0, -1, -1));
}

void PdfThumbnailList::setCurrentPage(int page)
{
    m_settingPage = true;
    setCurrentRow(page);
    if (QListWidgetItem* entry = item(page)) {
        scrollToItem(entry);
    }
    m_settingPage = false;
}

void PdfThumbnailList::resizeEvent(QResizeEvent* event)
{
    QListWidget::resizeEvent(event);
    requestVisible();
}

void PdfThumbnailList::showEvent(QShowEvent* event)
{
    QListWidget::showEvent(event);
    requestVisible();
}

void PdfThumbnailList::requestVisible()
{
    if (!m_document || m_queue == nullptr || count() == 0 || !isVisible()) {
        return;
    }
    // The rows at the top and bottom edge of the view; the edge may fall in the spacing between two.
    const auto rowAt = [this](int y, int step) {
        for (int tries = 0; tries < 8; ++tries, y += step) {
            const QModelIndex index = indexAt(QPoint(viewport()->width() / 2, y));
            if (index.isValid()) {
                return index.row();
            }
        }
        return -1;
    };
    const int top = rowAt(0, 4);
    const int bottom = rowAt(viewport()->height() - 1, -4);
    const int first = top >= 0 ? top : 0;
    const int last = bottom >= 0 ? bottom : qMin(count() - 1, first + 10);
    for (int page = 0; page < count(); ++page) {
        if (page < first || page > last) {
            m_queue->cancel(page, PdfRenderQueue::Purpose::Thumbnail);
            continue;
        }
        if (item(page)->data(Qt::UserRole).toBool()) {
            continue; // rendered already
        }
        const QSizeF size = m_document->pageSize(page);
        const double dpi = 72.0 * kWidth / qMax(1.0, size.width()) * devicePixelRatioF();
        m_queue->request(page, dpi, PdfRenderQueue::Purpose::Thumbnail);
    }
}

void PdfThumbnailList::thumbnailRendered(int page, const QImage& image)
{
    QListWidgetItem* entry = item(page);
    if (entry == nullptr || image.isNull()) {
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    outline(pixmap);
    entry->setIcon(QIcon(pixmap));
    entry->setData(Qt::UserRole, true);
    ++m_rendered;
}

} // namespace akta::widgets
