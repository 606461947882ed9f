#pragma once

#include "blobs/BlobCipher.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <memory>

namespace akta::blobs {

class BlobStore;

// A blob being downloaded: the part that has arrived, kept encrypted in `<blob folder>/partial/<sha>.part`
// so that a download broken off (network, a killed process) goes on from where it stopped. The file is a
// row of records, each one chunk of kChunkBytes sealed on its own (XChaCha20-Poly1305 with a random nonce,
// the blob's hash and the chunk's index as associated data), so that a record cut short by a crash is
// simply dropped on the next open. The content only becomes a blob (BlobStore::put) in commit(), after
// its SHA-256 matched the name; a mismatch throws and removes the part.
class PartialBlob final
{
public:
    // Opens or creates the part file of `sha256` and reads back (authenticating and hashing) what is
    // there. Throws BlobError when the folder cannot be written.
    PartialBlob(const BlobStore& store, const QString& sha256);
    ~PartialBlob();
    PartialBlob(const PartialBlob&) = delete;
    PartialBlob& operator=(const PartialBlob&) = delete;

    // The number of content bytes received so far: where the download resumes.
    qint64 size() const { return m_size; }
    // Appends content; full chunks are sealed and written as they fill.
    void append(QByteArrayView data);
    // Forgets everything received (the server sent the whole content again).
    void restart();
    // Verifies the hash of everything received and stores it as a blob; removes the part file.
    // Throws BlobError when the hash does not match (the part is removed) or the store fails.
    void commit();
    // Removes the part file.
    void discard();

    static QString partPath(const QString& blobDirectory, const QString& sha256);

private:
    void load();
    void writeRecord(QByteArrayView plain);
    QByteArray associatedData(qint64 index) const;

    const BlobStore& m_store;
    BlobCipher::Key m_key;
    QString m_sha256;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_pending; // less than one chunk, not yet sealed
    qint64 m_records = 0;
    qint64 m_size = 0;
};

} // namespace akta::blobs
