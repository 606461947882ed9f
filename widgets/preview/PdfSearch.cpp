#include "PdfSearch.h"

#include "PdfDocument.h"

#include <QtConcurrent/QtConcurrentRun>

namespace akta::widgets {

PdfSearch::PdfSearch(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QList<PdfHit>>::finished, this, [this] {
        if (!m_watcher.isCanceled() && m_cancel && !m_cancel->load()) {
            emit finished(m_watcher.result());
        }
    });
}

PdfSearch::~PdfSearch()
{
    cancel();
}

void PdfSearch::start(std::shared_ptr<PdfDocument> document, const QString& text)
{
    cancel();
    if (!document || text.isEmpty()) {
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([document, cancel = m_cancel, text] {
        QList<PdfHit> hits;
        for (int page = 0; page < document->pageCount() && !cancel->load(); ++page) {
            for (const QRectF& rect : document->search(page, text)) {
                hits.append({page, rect});
            }
        }
        return hits;
    }));
}

void PdfSearch::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_watcher.cancel();
}

} // namespace akta::widgets
