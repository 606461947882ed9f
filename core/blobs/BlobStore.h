#pragma once

#include "blobs/BlobCipher.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <stdexcept>

class QFile;
class QIODevice;

namespace akta::blobs {

// Raised when a blob cannot be read or written; the message says why.
class BlobError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The content-addressed file store beside the database: blobs/<first two hex digits>/<SHA-256>, the
// name being the SHA-256 of the plaintext. Every file is encrypted (BlobCipher) with the store's blob key.
// put() streams its input in chunks through SHA-256 and the cipher into a temporary file in the blob
// folder and renames it into place only when complete, so a blob is either whole or absent; the same
// content is stored once. Never more than one chunk of plaintext in memory. Safe to use from several
// threads and processes on the same folder.
class BlobStore final
{
public:
    // `directory` is LocalStore::blobDirectory(); created when missing. `key` is LocalStore::blobKey().
    BlobStore(QString directory, const BlobCipher::Key& key);

    struct Stored
    {
        QString sha256; // lower-case hex
        qint64 size = 0;
        bool added = false; // false when the same content was stored already
    };

    // Reads `source` to its end. Throws BlobError on a read or write failure.
    Stored put(QIODevice& source) const;
    Stored putFile(const QString& path) const;
    Stored putData(const QByteArray& data) const;

    bool contains(const QString& sha256) const;
    // The size of the content (not of its encrypted file); -1 when the blob is missing or its file has a
    // size no content can have.
    qint64 sizeOf(const QString& sha256) const;
    // The encrypted file; its bytes are not the content.
    QString pathOf(const QString& sha256) const;
    // The content as an open, read-only, sequential device (BlobReader); throws BlobError when the blob is
    // missing. A damaged file is a read error of the device.
    std::unique_ptr<QIODevice> open(const QString& sha256) const;
    // Writes a decrypted copy of the blob to `targetPath` all or nothing (QSaveFile): an existing file there
    // is replaced only when the copy is complete and authenticated. Throws BlobError on a read or write
    // failure.
    void copyTo(const QString& sha256, const QString& targetPath) const;
    // Decrypts and hashes the stored content again: false when it is missing, damaged or does not match
    // its name.
    bool verify(const QString& sha256) const;

    const QString& directory() const { return m_directory; }
    static bool isValidHash(const QString& sha256);

private:
    friend class PartialBlob; // seals a download's part file with the blob key

    QString m_directory;
    BlobCipher::Key m_key;
};

} // namespace akta::blobs
