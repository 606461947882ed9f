#pragma once

#include "blobs/BlobStore.h"

#include <QFutureWatcher>
#include <QObject>

namespace akta::widgets {

// Opens a document in the program the system uses for its type: the blob is decrypted, on a worker
// thread, to a read-only file with the document's own name in a fresh temporary folder (the blob
// itself is never handed out, so no program can change the journaled content), then opened with
// QDesktopServices.
class PreviewExternalOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewExternalOpener)

public:
    explicit PreviewExternalOpener(QObject* parent = nullptr);

    void open(const blobs::BlobStore& blobs, const QString& sha256, const QString& fileName);

    struct Copy
    {
        QString path;
        QString error;
    };
    // The copy, or why it failed. Any thread.
    static Copy copyToTemporary(const blobs::BlobStore& blobs, const QString& sha256,
                                const QString& fileName);
    static QString safeFileName(const QString& fileName);
    // Removes the decrypted copies (akta-preview-* folders in `tempFolder`) older than `maxAgeSeconds`:
    // the other program has long read them, and a plain copy must not lie about on a laptop. Called at
    // start and at exit; returns how many folders went. Any thread.
    static int removeOldCopies(const QString& tempFolder, qint64 maxAgeSeconds);

signals:
    void failed(const QString& message);
    // A copy of the content `sha256` was handed to the system's program (for the audit log).
    void opened(const QString& sha256, const QString& path);

private:
    QFutureWatcher<Copy> m_watcher;
    QString m_sha256;
};

} // namespace akta::widgets
