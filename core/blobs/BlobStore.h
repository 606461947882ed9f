#pragma once

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

// The content-addressed file store beside the database: blobs/<first two hex digits>/<SHA-256>.
// put() streams its input in chunks through SHA-256 into a temporary file in the blob folder and
// renames it into place only when complete, so a blob is either whole or absent; the same content
// is stored once. Safe to use from several threads and processes on the same folder.
class BlobStore final
{
public:
    // `directory` is LocalStore::blobDirectory(); created when missing.
    explicit BlobStore(QString directory);

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
    QString pathOf(const QString& sha256) const;
    // An open, read-only file; throws BlobError when the blob is missing.
    std::unique_ptr<QFile> open(const QString& sha256) const;
    // Writes a copy of the blob to `targetPath` all or nothing (QSaveFile): an existing file there is
    // replaced only when the copy is complete. Throws BlobError on a read or write failure.
    void copyTo(const QString& sha256, const QString& targetPath) const;
    // Hashes the stored content again: false when it is missing or does not match its name.
    bool verify(const QString& sha256) const;

    const QString& directory() const { return m_directory; }
    static bool isValidHash(const QString& sha256);

private:
    QString m_directory;
};

} // namespace akta::blobs
