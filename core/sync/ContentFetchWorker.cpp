#include "sync/ContentFetchWorker.h"

#include "sync/SyncEngine.h"
#include "sync/SyncError.h"

#include <QMetaObject>

#include <exception>

namespace akta::sync {

ContentFetchWorker::ContentFetchWorker(QString storeDirectory, QObject* parent)
    : QObject(parent), m_engine(new SyncEngine(std::move(storeDirectory)))
{
    m_thread.setObjectName(QStringLiteral("akta-fetch"));
    m_engine->moveToThread(&m_thread);
    connect(m_engine, &SyncEngine::progress, this, [this](const QString& phase, qint64 done, qint64 total) {
        if (phase == QLatin1String("download") && !m_current.isEmpty()) {
            emit progress(m_current, done, total);
        }
    });
    m_thread.start();
}

ContentFetchWorker::~ContentFetchWorker()
{
    m_engine->cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_engine;
}

void ContentFetchWorker::cancel()
{
    m_pending = false;
    m_engine->cancel();
}

void ContentFetchWorker::fetch(const SyncOptions& options, const BlobDownloader::Item& item)
{
    if (item.sha256 == m_current) {
        return; // on its way already
    }
    m_nextOptions = options;
    m_next = item;
    m_pending = true;
    if (!m_current.isEmpty()) {
        m_engine->cancel(); // the running fetch ends as cancelled; the next one starts then
        return;
    }
    startNext();
}

void ContentFetchWorker::startNext()
{
    if (!m_pending) {
        return;
    }
    m_pending = false;
    m_current = m_next.sha256;
    SyncEngine* engine = m_engine;
    const SyncOptions options = m_nextOptions;
    const BlobDownloader::Item item = m_next;
    QMetaObject::invokeMethod(engine, [this, engine, options, item] {
        QString message;
        bool ok = false;
        bool offline = false;
        bool cancelled = false;
        try {
            engine->fetchContent(options, {item});
            ok = true;
        } catch (const SyncError& error) {
            message = QString::fromUtf8(error.what());
            offline = error.kind() == SyncError::Kind::Transient;
            cancelled = error.kind() == SyncError::Kind::Cancelled;
        } catch (const std::exception& error) {
            message = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(this, [this, sha = item.sha256, ok, message, offline, cancelled] {
            m_current.clear();
            if (ok) {
                emit fetched(sha);
            } else if (!cancelled) {
                emit failed(sha, message, offline);
            }
            startNext();
        });
    });
}

} // namespace akta::sync
