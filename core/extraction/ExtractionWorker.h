#pragma once

#include "blobs/BlobStore.h"

#include <QAtomicInt>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace akta::sqlite {
class Database;
}

namespace akta::extraction {

// The worker of ExtractionQueue, living on its thread: drainPending() extracts the text of every
// version still "pending" in the store, one at a time, oldest first, with a connection of its own.
// A version whose result cannot be stored is skipped for the rest of the run rather than retried
// for ever; a cancelled extraction leaves its version pending for the next run.
class ExtractionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractionWorker)

public:
    ExtractionWorker(QString databasePath, blobs::BlobStore blobs, QString helperPath, int timeoutMs,
                     const QAtomicInt* cancel, QObject* parent = nullptr);
    ~ExtractionWorker() override;

public slots:
    void drainPending();

signals:
    // Versions left, counting the one being extracted now.
    void remainingChanged(int remaining);
    void textExtracted(const QString& documentId, const QString& versionId, const QString& status,
                       const QString& error);
    // Nothing is pending any more.
    void idle();
    void storeFailed(const QString& message);

private:
    bool cancelled() const { return m_cancel->loadRelaxed() != 0; }
    int remaining();

    QString m_databasePath;
    blobs::BlobStore m_blobs;
    QString m_helperPath;
    int m_timeoutMs;
    const QAtomicInt* m_cancel;
    std::unique_ptr<sqlite::Database> m_db;
    QSet<QString> m_skipped;
};

} // namespace akta::extraction
