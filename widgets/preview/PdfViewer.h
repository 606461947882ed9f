#pragma once

#include "PdfPageCanvas.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace akta::widgets {

class PdfDocument;
class PdfRenderQueue;
class PdfSearch;
class PdfThumbnailList;
class PreviewFindBar;

// A PDF in the preview: pages rendered lazily on worker threads, thumbnails, zoom (fit width, fit
// page, steps; Ctrl+wheel, Ctrl++ and Ctrl+-), page navigation (the page field, PgUp/PgDn,
// Home/End) and find (Ctrl+F, F3/Shift+F3) searched on a worker thread with the hits highlighted.
class PdfViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfViewer)

public:
    explicit PdfViewer(QWidget* parent = nullptr);

    // nullptr empties the viewer; pending renders and searches of the previous document are cancelled.
    void setDocument(std::shared_ptr<PdfDocument> document);
    std::shared_ptr<PdfDocument> document() const { return m_document; }

    int pageCount() const;
    int currentPage() const { return m_currentPage; }
    void goToPage(int page);

    // Percent steps; fit width and fit page follow the window's size.
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    double scale() const { return m_canvas->scale(); }

    // Opens the find bar with `text` and jumps to the first hit at or after the current page.
    void find(const QString& text);
    void findNext();
    void findPrevious();
    const QList<PdfHit>& hits() const { return m_hits; }
    int currentHit() const { return m_currentHit; }
    bool isSearching() const;

    PdfPageCanvas* canvas() const { return m_canvas; }
    PdfThumbnailList* thumbnails() const { return m_thumbnails; }
    PdfRenderQueue* renderQueue() const { return m_queue; }

signals:
    void searchFinished(int hits);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Fit
    {
        None,
        Width,
        Page
    };

    void addShortcuts();
    void applyZoom(Fit fit, double percent);
    void stepZoom(int direction);
    double percentFor(Fit fit) const;
    void viewportChanged();
    void setCurrentPage(int page);
    void startSearch(const QString& text);
    void searchDone(const QList<PdfHit>& hits);
    void showHit(int index);

    std::shared_ptr<PdfDocument> m_document;
    PdfRenderQueue* m_queue = nullptr;
    QToolButton* m_thumbnailToggle;
    QSpinBox* m_page;
    QLabel* m_pageCount;
    QToolButton* m_zoomOut;
    QComboBox* m_zoom;
    QToolButton* m_zoomIn;
    QToolButton* m_findButton;
    PdfThumbnailList* m_thumbnails;
    QScrollArea* m_scroll;
    PdfPageCanvas* m_canvas;
    PreviewFindBar* m_findBar;
    PdfSearch* m_search;
    Fit m_fit = Fit::Width;
    double m_percent = 100;
    int m_currentPage = 0;

    QString m_searchedText;
    QList<PdfHit> m_hits;
    int m_currentHit = -1;
};

} // namespace akta::widgets
