#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace akta::widgets {

// An image (read off the GUI thread by PreviewContent), scaled to fit the pane by default, with zoom
// in and out (Ctrl++ and Ctrl+-, Ctrl+wheel) and back to fit.
class ImagePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePreview)

public:
    explicit ImagePreview(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // 0 when fitting the window.
    double zoom() const { return m_zoom; }
    QSize shownSize() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void present();

    QToolButton* m_fit;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomIn;
    QScrollArea* m_scroll;
    QLabel* m_label;
    QPixmap m_pixmap;
    double m_zoom = 0;
};

} // namespace akta::widgets
