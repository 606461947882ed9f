#pragma once

#include "sync/SyncOptions.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace akta::sync {

class SyncEngine;

// Runs SyncEngine on a thread of its own, so the GUI thread never waits on the network or the
// store. start() returns at once; progress and the outcome come back as queued signals. One sync
// at a time: start() while one runs is ignored (it returns false).
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(QString storeDirectory, QObject* parent = nullptr);
    ~SyncWorker() override;
    Q_DISABLE_COPY_MOVE(SyncWorker)

    bool start(const SyncOptions& options);
    bool isRunning() const { return m_running; }
    void cancel();

signals:
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(const akta::sync::SyncSummary& summary);
    // `authFailed`: the server refused the login (ask for the password again); `offline`: the
    // server could not be reached (try later).
    void failed(const QString& message, bool authFailed, bool offline);
    // An administrator revoked this device: the store is marked for wiping (StoreWipe); close it and wipe.
    void deviceRevoked(const QString& message);

private:
    QThread m_thread;
    SyncEngine* m_engine; // lives on m_thread
    bool m_running = false;
};

} // namespace akta::sync

Q_DECLARE_METATYPE(akta::sync::SyncSummary)
