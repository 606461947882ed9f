#include "PdfRenderQueue.h"

#include "PdfDocument.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcPreviewRender, "akta.preview.render")

namespace akta::widgets {

namespace {

// One pool for every viewer: rendering is serialised per document by its mutex anyway, and two
// threads leave one core to the GUI on a two-core laptop.
QThreadPool& renderPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(2);
        pool.setObjectName(QStringLiteral("akta-pdf-render"));
        return true;
    }();
    Q_UNUSED(configured)
    return pool;
}

} // namespace

PdfRenderQueue::PdfRenderQueue(std::shared_ptr<PdfDocument> document, QObject* parent)
    : QObject(parent), m_document(std::move(document))
{}

PdfRenderQueue::~PdfRenderQueue()
{
    cancelAll();
}

void PdfRenderQueue::request(int page, double dpi, Purpose purpose)
{
    if (!m_document || page < 0 || page >= m_document->pageCount() || isPending(page, purpose)) {
        return;
    }
    const int jobKey = key(page, purpose);
    Pending pending{m_nextTicket++, std::make_shared<std::atomic_bool>(false)};
    m_pending.insert(jobKey, pending);

    std::shared_ptr<PdfDocument> document = m_document;
    std::shared_ptr<std::atomic_bool> cancel = pending.cancel;
    const quint64 ticket = pending.ticket;
    QPointer<PdfRenderQueue> self(this);
    // The job never touches `this` on the worker: the result is posted to the GUI thread, where the
    // QPointer tells whether the queue still exists.
    auto job = [document, cancel, page, dpi, jobKey, ticket, self] {
        const QImage image = document->render(page, dpi, *cancel);
        QCoreApplication* app = QCoreApplication::instance();
        if (cancel->load(std::memory_order_relaxed) || app == nullptr) {
            return;
        }
        QMetaObject::invokeMethod(
            app,
            [self, jobKey, ticket, image] {
                if (self) {
                    self->finish(jobKey, ticket, image);
                }
            },
            Qt::QueuedConnection);
    };
    renderPool().start(job, purpose == Purpose::Page ? 10 : 0);
}

void PdfRenderQueue::finish(int jobKey, quint64 ticket, const QImage& image)
{
    const auto found = m_pending.constFind(jobKey);
    if (found == m_pending.constEnd() || found->ticket != ticket) {
        return; // cancelled, or asked again since
    }
    m_pending.erase(found);
    if (image.isNull()) {
        qCWarning(lcPreviewRender) << "page" << jobKey / 2 << "could not be rendered";
    }
    emit rendered(jobKey / 2, (jobKey % 2) != 0 ? Purpose::Thumbnail : Purpose::Page, image);
}

void PdfRenderQueue::cancel(int page, Purpose purpose)
{
    const auto found = m_pending.find(key(page, purpose));
    if (found != m_pending.end()) {
        found->cancel->store(true);
        m_pending.erase(found);
    }
}

void PdfRenderQueue::cancelAll()
{
    for (const Pending& pending : std::as_const(m_pending)) {
        pending.cancel->store(true);
    }
    m_pending.clear();
}

bool PdfRenderQueue::isPending(int page, Purpose purpose) const
{
    return m_pending.contains(key(page, purpose));
}

} // namespace akta::widgets
