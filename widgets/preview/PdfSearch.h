#pragma once

#include "PdfPageCanvas.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace akta::widgets {

class PdfDocument;

// Finds a text in every page of a PdfDocument on a worker thread. Starting a new search, or
// cancel(), stops the one running between two pages; only the newest search reports.
class PdfSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfSearch)

public:
    explicit PdfSearch(QObject* parent = nullptr);
    ~PdfSearch() override;

    void start(std::shared_ptr<PdfDocument> document, const QString& text);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // In page order.
    void finished(const QList<akta::widgets::PdfHit>& hits);

private:
    QFutureWatcher<QList<PdfHit>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace akta::widgets
