#include "extraction/ExtractionQueue.h"

#include "extraction/ExtractionWorker.h"

namespace akta::extraction {

ExtractionQueue::ExtractionQueue(QString databasePath, blobs::BlobStore blobs, QString helperPath,
                                 int timeoutMs, QObject* parent)
    : QObject(parent), m_worker(new ExtractionWorker(std::move(databasePath), std::move(blobs),
                                                     std::move(helperPath), timeoutMs, &m_cancel))
{
    m_thread.setObjectName(QStringLiteral("textExtraction"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &ExtractionWorker::remainingChanged, this, [this](int remaining) {
        if (remaining != m_remaining) {
            m_remaining = remaining;
            emit remainingChanged(remaining);
        }
    });
    connect(m_worker, &ExtractionWorker::textExtracted, this, &ExtractionQueue::textExtracted);
    connect(m_worker, &ExtractionWorker::idle, this, &ExtractionQueue::idle);
    connect(m_worker, &ExtractionWorker::storeFailed, this, &ExtractionQueue::storeFailed);
}

ExtractionQueue::~ExtractionQueue()
{
    stop();
    delete m_worker;
}

void ExtractionQueue::start()
{
    wake();
}

void ExtractionQueue::wake()
{
    if (m_cancel.loadRelaxed() != 0) {
        return;
    }
    if (!m_thread.isRunning()) {
        m_thread.start(QThread::LowPriority);
    }
    QMetaObject::invokeMethod(m_worker, &ExtractionWorker::drainPending, Qt::QueuedConnection);
}

void ExtractionQueue::stop()
{
    m_cancel.storeRelaxed(1);
    m_thread.quit();
    m_thread.wait();
}

} // namespace akta::extraction
