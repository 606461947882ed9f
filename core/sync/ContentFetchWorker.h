#pragma once

#include "sync/BlobDownloader.h"
#include "sync/SyncOptions.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace akta::sync {

class SyncEngine;

// Fetches document content on demand (a document opened whose content is not on this computer) on a
// thread of its own, beside the SyncWorker, so that opening a document does not wait for a sync and the
// GUI thread never waits on the network. One fetch at a time; a new fetch() while one runs cancels it.
class ContentFetchWorker final : public QObject
{
    Q_OBJECT

public:
    explicit ContentFetchWorker(QString storeDirectory, QObject* parent = nullptr);
    ~ContentFetchWorker() override;
    Q_DISABLE_COPY_MOVE(ContentFetchWorker)

    // Starts fetching `item`; the answer comes as fetched() or failed() with its sha256.
    void fetch(const SyncOptions& options, const BlobDownloader::Item& item);
    bool isRunning() const { return !m_current.isEmpty(); }
    QString current() const { return m_current; }
    void cancel();

signals:
    void progress(const QString& sha256, qint64 done, qint64 total);
    void fetched(const QString& sha256);
    // `offline`: the server could not be reached.
    void failed(const QString& sha256, const QString& message, bool offline);

private:
    void startNext();

    QThread m_thread;
    SyncEngine* m_engine; // lives on m_thread
    QString m_current;
    bool m_pending = false;
    SyncOptions m_nextOptions;
    BlobDownloader::Item m_next;
};

} // namespace akta::sync
