#pragma once

#include "blobs/BlobStore.h"

#include <QAtomicInt>
#include <QObject>
#include <QStringList>

namespace akta::documents {

// Journals files into one case on a worker thread with a connection of its own, one file at a time,
// reporting progress; a file that is refused does not stop the others. Move it to a QThread and
// start it with a queued call to run().
class DocumentImportWorker final : public QObject
{
    Q_OBJECT

public:
    DocumentImportWorker(QString databasePath, blobs::BlobStore blobs, QString caseId, QString actorId,
                         QStringList files, QObject* parent = nullptr);

    // false: text is left "pending" for an extraction::ExtractionQueue instead of extracted here.
    void setExtractText(bool extract) { m_extractText = extract; }

    // Asks the worker to stop after the file it is on (from any thread).
    void cancel() { m_cancelled.storeRelaxed(1); }

public slots:
    void run();

signals:
    void progress(int done, int total, const QString& currentFile);
    void fileFailed(const QString& file, const QString& reason);
    // A document was journaled (its text may still be pending).
    void journaled(const QString& documentId);
    // `journaled` files became documents; `duplicates` were already in the case (same Message-ID).
    void finished(int journaled, int duplicates, int failed);

private:
    QString m_databasePath;
    blobs::BlobStore m_blobs;
    QString m_caseId;
    QString m_actorId;
    QStringList m_files;
    QAtomicInt m_cancelled = 0;
    bool m_extractText = true;
};

} // namespace akta::documents
