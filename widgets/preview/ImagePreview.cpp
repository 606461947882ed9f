#include "ImagePreview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace akta::widgets {

ImagePreview::ImagePreview(QWidget* parent)
    : QWidget(parent), m_fit(new QToolButton(this)), m_zoomOut(new QToolButton(this)),
      m_zoomIn(new QToolButton(this)), m_scroll(new QScrollArea(this)), m_label(new QLabel)
{
    setObjectName(QStringLiteral("imagePreview"));
    m_fit->setObjectName(QStringLiteral("imageFit"));
    m_fit->setText(tr("Fit"));
    m_fit->setAccessibleName(tr("Fit the image to the window"));
    m_zoomOut->setObjectName(QStringLiteral("imageZoomOut"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn->setObjectName(QStringLiteral("imageZoomIn"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_scroll->setObjectName(QStringLiteral("imageScroll"));
    m_scroll->setAccessibleName(tr("Image"));
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_label);
    m_scroll->setWidgetResizable(false);
    m_scroll->viewport()->installEventFilter(this);
    m_label->setObjectName(QStringLiteral("imageLabel"));

    auto* toolbar = new QHBoxLayout;
    toolbar->addStretch(1);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_fit);
    toolbar->addWidget(m_zoomIn);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_scroll, 1);

    connect(m_fit, &QToolButton::clicked, this, &ImagePreview::fitToWindow);
    connect(m_zoomIn, &QToolButton::clicked, this, &ImagePreview::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &ImagePreview::zoomOut);
    for (const auto& [keys, slot] :
         {std::pair{QKeySequence(QKeySequence::ZoomIn), &ImagePreview::zoomIn},
          std::pair{QKeySequence(QKeySequence::ZoomOut), &ImagePreview::zoomOut}}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

void ImagePreview::setImage(const QImage& image)
{
    m_pixmap = QPixmap::fromImage(image);
    m_zoom = 0;
    present();
}

void ImagePreview::zoomIn()
{
    const QSize shown = shownSize();
    const double now = m_pixmap.width() > 0 ? double(shown.width()) / m_pixmap.width() : 1.0;
    m_zoom = qMin(8.0, now * 1.25);
    present();
}

void ImagePreview::zoomOut()
{
    const QSize shown = shownSize();
    const double now = m_pixmap.width() > 0 ? double(shown.width()) / m_pixmap.width() : 1.0;
    m_zoom = qMax(0.05, now / 1.25);
    present();
}

void ImagePreview::fitToWindow()
{
    m_zoom = 0;
    present();
}

QSize ImagePreview::shownSize() const
{
    return m_label->pixmap().isNull() ? QSize() : m_label->pixmap().size();
}

void ImagePreview::present()
{
    if (m_pixmap.isNull()) {
        m_label->clear();
        m_label->resize(0, 0);
        return;
    }
    QSize target;
    if (m_zoom <= 0) {
        const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
        // Fit: never enlarge a small image beyond its own size.
        if (m_pixmap.width() > room.width() || m_pixmap.height() > room.height()) {
            target = m_pixmap.size().scaled(room, Qt::KeepAspectRatio);
        } else {
            target = m_pixmap.size();
        }
    } else {
        target = m_pixmap.size() * m_zoom;
    }
    m_label->setPixmap(
        m_pixmap.scaled(target.expandedTo(QSize(1, 1)), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_label->resize(m_label->pixmap().size());
}

bool ImagePreview::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport()) {
        if (event->type() == QEvent::Resize && m_zoom <= 0) {
            present();
        } else if (event->type() == QEvent::Wheel &&
                   (static_cast<QWheelEvent*>(event)->modifiers() & Qt::ControlModifier) != 0) {
            static_cast<QWheelEvent*>(event)->angleDelta().y() > 0 ? zoomIn() : zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace akta::widgets
