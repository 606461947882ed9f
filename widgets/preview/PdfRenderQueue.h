#pragma once

#include <QHash>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

namespace akta::widgets {

class PdfDocument;

// Renders pages of one PdfDocument on worker threads, Okular's way: each request is a job with its
// own cancel flag (Poppler's abort callback polls it), pages before thumbnails, and the finished
// QImage comes back by a queued signal, so only the GUI thread turns it into a QPixmap. Destroying
// the queue cancels its jobs without waiting for them.
class PdfRenderQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfRenderQueue)

public:
    enum class Purpose
    {
        Page,
        Thumbnail
    };

    explicit PdfRenderQueue(std::shared_ptr<PdfDocument> document, QObject* parent = nullptr);
    ~PdfRenderQueue() override;

    // Does nothing when the same page is already queued for the same purpose.
    void request(int page, double dpi, Purpose purpose);
    void cancel(int page, Purpose purpose);
    void cancelAll();
    bool isPending(int page, Purpose purpose) const;
    int pendingCount() const { return int(m_pending.size()); }

signals:
    void rendered(int page, akta::widgets::PdfRenderQueue::Purpose purpose, const QImage& image);

private:
    static int key(int page, Purpose purpose) { return page * 2 + (purpose == Purpose::Thumbnail ? 1 : 0); }
    void finish(int key, quint64 ticket, const QImage& image);

    std::shared_ptr<PdfDocument> m_document;
    struct Pending
    {
        quint64 ticket = 0;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    QHash<int, Pending> m_pending;
    quint64 m_nextTicket = 1;
};

} // namespace akta::widgets
