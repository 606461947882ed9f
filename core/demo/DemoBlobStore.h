#pragma once

#include "blobs/BlobStore.h"

#include <QByteArray>
#include <QString>

namespace akta::demo {

// Writes document contents into a store's content-addressed blob folder through blobs::BlobStore:
// blobs/<first two hex digits of the SHA-256>/<SHA-256>, each file written atomically. Safe to use
// from several threads.
class DemoBlobStore final
{
public:
    // `directory` is LocalStore::blobDirectory(); its 256 subfolders are created here.
    DemoBlobStore(const QString& directory, const blobs::BlobCipher::Key& key);

    struct Stored
    {
        QString sha256;     // lower-case hex
        qint64 written = 0; // bytes written now; 0 when the blob was there already
    };

    // Stores `content` unless a blob with the same hash exists. Throws std::runtime_error on failure.
    Stored store(const QByteArray& content) const;
    QString pathFor(const QString& sha256) const;

private:
    QString m_directory;
    blobs::BlobStore m_blobs;
};

} // namespace akta::demo
