#include "blobs/BlobStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace akta::blobs {

namespace {

constexpr qint64 kChunkSize = BlobCipher::kChunkBytes;

std::string text(const QString& value)
{
    return value.toStdString();
}

bool syncToDisk(QFile& file)
{
    if (!file.flush()) {
        return false;
    }
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Reads up to one chunk; less only at the end of the source.
qint64 readChunk(QIODevice& source, char* into)
{
    qint64 filled = 0;
    while (filled < kChunkSize) {
        const qint64 read = source.read(into + filled, kChunkSize - filled);
        if (read < 0) {
            throw BlobError("cannot read the content: " + text(source.errorString()));
        }
        if (read == 0) {
            if (source.atEnd() || !source.isSequential() || !source.waitForReadyRead(30000)) {
                break;
            }
            continue;
        }
        filled += read;
    }
    return filled;
}

} // namespace

BlobStore::BlobStore(QString directory, const BlobCipher::Key& key)
    : m_directory(std::move(directory)), m_key(key)
{
    if (!QDir().mkpath(m_directory)) {
        throw BlobError("cannot create the blob folder " + text(m_directory));
    }
}

bool BlobStore::isValidHash(const QString& sha256)
{
    if (sha256.size() != 64) {
        return false;
    }
    for (const QChar c : sha256) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

QString BlobStore::pathOf(const QString& sha256) const
{
    return m_directory + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool BlobStore::contains(const QString& sha256) const
{
    return isValidHash(sha256) && QFileInfo(pathOf(sha256)).isFile();
}

BlobStore::Stored BlobStore::put(QIODevice& source) const
{
    if (!source.isOpen() || !source.isReadable()) {
        throw BlobError("the content to store is not readable");
    }
    QTemporaryFile temporary(m_directory + QStringLiteral("/.incoming-XXXXXX"));
    if (!temporary.open()) {
        throw BlobError("cannot create a temporary file in " + text(m_directory) + ": " +
                        text(temporary.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    BlobSealer sealer(m_key);
    const auto writeAll = [&](const QByteArray& bytes) {
        if (temporary.write(bytes) != bytes.size()) {
            throw BlobError("cannot write to " + text(m_directory) + ": " + text(temporary.errorString()));
        }
    };
    writeAll(sealer.header());
    // Chunks are sealed one behind the read, so that the last one can carry the final tag and the hash.
    QByteArray current(kChunkSize, Qt::Uninitialized);
    QByteArray next(kChunkSize, Qt::Uninitialized);
    Stored result;
    qint64 currentSize = readChunk(source, current.data());
    hash.addData(QByteArrayView(current.constData(), currentSize));
    result.size = currentSize;
    while (currentSize == kChunkSize) {
        const qint64 nextSize = readChunk(source, next.data());
        if (nextSize == 0) {
            break;
        }
        writeAll(sealer.seal(QByteArrayView(current.constData(), currentSize), false));
        hash.addData(QByteArrayView(next.constData(), nextSize));
        result.size += nextSize;
        current.swap(next);
        currentSize = nextSize;
    }
    const QByteArray digest = hash.result();
    writeAll(sealer.seal(QByteArrayView(current.constData(), currentSize), true, digest));
    result.sha256 = QString::fromLatin1(digest.toHex());
    const QString target = pathOf(result.sha256);
    const QFileInfo existing(target);
    if (existing.isFile()) {
        if (existing.size() == BlobCipher::encryptedSize(result.size)) {
            return result; // stored already; the temporary file is removed by its destructor
        }
        // A damaged copy (its size does not match its name) is replaced by the good content.
        QFile::setPermissions(target, existing.permissions() | QFileDevice::WriteOwner);
        QFile::remove(target);
    }
    if (!syncToDisk(temporary)) {
        throw BlobError("cannot write to " + text(m_directory) + ": " + text(temporary.errorString()));
    }
    if (!QDir().mkpath(QFileInfo(target).path())) {
        throw BlobError("cannot create the blob folder " + text(QFileInfo(target).path()));
    }
    if (!temporary.rename(target)) {
        // Another writer may have stored the same content in the meantime.
        if (QFileInfo(target).isFile()) {
            return result;
        }
        throw BlobError("cannot store the blob " + text(target) + ": " + text(temporary.errorString()));
    }
    temporary.setAutoRemove(false);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther);
    result.added = true;
    return result;
}

BlobStore::Stored BlobStore::putFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw BlobError("cannot read " + text(path) + ": " + text(file.errorString()));
    }
    return put(file);
}

BlobStore::Stored BlobStore::putData(const QByteArray& data) const
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return put(buffer);
}

qint64 BlobStore::sizeOf(const QString& sha256) const
{
    if (!contains(sha256)) {
        return -1;
    }
    return BlobCipher::plainSize(QFileInfo(pathOf(sha256)).size());
}

std::unique_ptr<QIODevice> BlobStore::open(const QString& sha256) const
{
    if (!isValidHash(sha256)) {
        throw BlobError("not a SHA-256 hash: " + text(sha256));
    }
    auto file = std::make_unique<QFile>(pathOf(sha256));
    if (!file->open(QIODevice::ReadOnly)) {
        throw BlobError("the blob " + text(sha256) + " cannot be read: " + text(file->errorString()));
    }
    return std::make_unique<BlobReader>(std::move(file), m_key, QByteArray::fromHex(sha256.toLatin1()));
}

void BlobStore::copyTo(const QString& sha256, const QString& targetPath) const
{
    const std::unique_ptr<QIODevice> source = open(sha256);
    QSaveFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly)) {
        throw BlobError("cannot write " + text(targetPath) + ": " + text(target.errorString()));
    }
    // The reader authenticates every chunk and the whole content's hash at the end: a damaged blob is a read
    // error before commit(), so the target is never replaced by a partial or forged copy.
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    while (!source->atEnd()) {
        const qint64 read = source->read(chunk.data(), kChunkSize);
        if (read < 0) {
            if (source->atEnd()) {
                break;
            }
            throw BlobError("the blob " + text(sha256) + " cannot be read: " + text(source->errorString()));
        }
        if (target.write(chunk.constData(), read) != read) {
            throw BlobError("cannot write " + text(targetPath) + ": " + text(target.errorString()));
        }
    }
    if (!target.commit()) {
        throw BlobError("cannot write " + text(targetPath) + ": " + text(target.errorString()));
    }
}

bool BlobStore::verify(const QString& sha256) const
{
    if (!contains(sha256)) {
        return false;
    }
    std::unique_ptr<QIODevice> content;
    try {
        content = open(sha256);
    } catch (const BlobError&) {
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(content.get())) {
        return false;
    }
    return QString::fromLatin1(hash.result().toHex()) == sha256;
}

} // namespace akta::blobs
