#include "sync/SyncWorker.h"

#include "sync/SyncEngine.h"
#include "sync/SyncError.h"

#include <QMetaObject>

#include <exception>

namespace akta::sync {

SyncWorker::SyncWorker(QString storeDirectory, QObject* parent)
    : QObject(parent), m_engine(new SyncEngine(std::move(storeDirectory)))
{
    qRegisterMetaType<akta::sync::SyncSummary>();
    m_thread.setObjectName(QStringLiteral("akta-sync"));
    m_engine->moveToThread(&m_thread);
    connect(m_engine, &SyncEngine::progress, this, &SyncWorker::progress);
    m_thread.start(QThread::LowPriority);
}

SyncWorker::~SyncWorker()
{
    m_engine->cancel();
    m_thread.quit();
    m_thread.wait();
    delete m_engine; // its thread has ended: nothing runs on it any more
}

void SyncWorker::cancel()
{
    m_engine->cancel();
}

bool SyncWorker::start(const SyncOptions& options)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    SyncEngine* engine = m_engine;
    QMetaObject::invokeMethod(engine, [this, engine, options] {
        SyncSummary summary;
        QString message;
        bool auth = false;
        bool offline = false;
        bool revoked = false;
        bool ok = false;
        try {
            summary = engine->run(options);
            ok = true;
        } catch (const SyncError& error) {
            message = QString::fromUtf8(error.what());
            auth = error.kind() == SyncError::Kind::Auth;
            offline = error.kind() == SyncError::Kind::Transient;
            revoked = error.kind() == SyncError::Kind::DeviceRevoked;
        } catch (const std::exception& error) {
            message = QString::fromUtf8(error.what());
        }
        // Back on the worker's own thread (the GUI thread) before anyone hears of it.
        QMetaObject::invokeMethod(this, [this, ok, summary, message, auth, offline, revoked] {
            m_running = false;
            if (ok) {
                emit finished(summary);
            } else if (revoked) {
                emit deviceRevoked(message);
            } else {
                emit failed(message, auth, offline);
            }
        });
    });
    return true;
}

} // namespace akta::sync
