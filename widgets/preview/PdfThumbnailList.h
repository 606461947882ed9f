#pragma once

#include <QListWidget>

#include <memory>

namespace akta::widgets {

class PdfDocument;
class PdfRenderQueue;

// The thumbnails panel: one item per page with a placeholder icon; only the thumbnails in view are
// rendered, at low priority, and those scrolled away are cancelled. Activating one emits pageChosen.
class PdfThumbnailList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfThumbnailList)

public:
    explicit PdfThumbnailList(QWidget* parent = nullptr);

    void setDocument(std::shared_ptr<PdfDocument> document, PdfRenderQueue* queue);
    void setCurrentPage(int page);
    int renderedCount() const { return m_rendered; }

    static constexpr int kWidth = 64;

signals:
    void pageChosen(int page);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void requestVisible();
    void thumbnailRendered(int page, const QImage& image);
    void outline(QPixmap& pixmap) const;

    std::shared_ptr<PdfDocument> m_document;
    PdfRenderQueue* m_queue = nullptr;
    int m_rendered = 0;
    bool m_settingPage = false;
};

} // namespace akta::widgets
