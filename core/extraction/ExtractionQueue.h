#pragma once

#include "blobs/BlobStore.h"

#include <QAtomicInt>
#include <QObject>
#include <QString>
#include <QThread>

namespace akta::extraction {

class ExtractionWorker;

// The background text extraction of the desktop: journaling stores versions with text "pending" and
// returns at once; this queue then extracts them one at a time on a worker thread through TextExtractor
// (the akta-extract helper process with a timeout; an encrypted blob is decrypted into a temporary file
// for the helper and removed right after), so a crash or hang of a parser is recorded on the
// version as "failed" with its reason and never reaches the app. Versions left pending by a previous
// run are picked up by start(). Destroying the queue kills a running helper and waits for the thread.
class ExtractionQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractionQueue)

public:
    // `helperPath` empty: TextExtractor's default (AKTA_EXTRACT_PATH or beside the executable).
    ExtractionQueue(QString databasePath, blobs::BlobStore blobs, QString helperPath = {},
                    int timeoutMs = 60000, QObject* parent = nullptr);
    ~ExtractionQueue() override;

    // Starts the thread and extracts whatever is pending in the store.
    void start();
    bool isRunning() const { return m_thread.isRunning(); }
    // Versions left at the last report (0 when idle).
    int remaining() const { return m_remaining; }

public slots:
    // New versions with text "pending" are in the store (starts the queue when it is not running).
    void wake();
    // Stops after killing a running helper; the version it was on stays pending. Waits for the thread.
    void stop();

signals:
    void remainingChanged(int remaining);
    void textExtracted(const QString& documentId, const QString& versionId, const QString& status,
                       const QString& error);
    void idle();
    void storeFailed(const QString& message);

private:
    QThread m_thread;
    QAtomicInt m_cancel = 0;
    ExtractionWorker* m_worker;
    int m_remaining = 0;
};

} // namespace akta::extraction
