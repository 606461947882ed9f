#include "blobs/PartialBlob.h"

#include "blobs/BlobStore.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <functional>

#include <sodium.h>

namespace akta::blobs {

namespace {

constexpr qint64 kChunk = BlobCipher::kChunkBytes;
constexpr qint64 kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qint64 kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qint64 kRecordBytes = kNonceBytes + kChunk + kTagBytes;

std::string text(const QString& value)
{
    return value.toStdString();
}

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

// Opens one record; an empty result when it does not authenticate.
QByteArray openRecord(const QByteArray& record, const QByteArray& ad, const BlobCipher::Key& key)
{
    if (record.size() <= kNonceBytes + kTagBytes) {
        return {};
    }
    QByteArray plain(record.size() - kNonceBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr, bytes(record) + kNonceBytes,
        static_cast<unsigned long long>(record.size() - kNonceBytes), bytes(ad),
        static_cast<unsigned long long>(ad.size()), bytes(record), key.data());
    if (rc != 0) {
        return {};
    }
    return plain;
}

// The content of a finished part file, record by record, for BlobStore::put.
class PartReader final : public QIODevice
{
public:
    PartReader(QFile& file, std::function<QByteArray(qint64)> ad, const BlobCipher::Key& key, qint64 records,
               QByteArray tail)
        : m_file(file), m_ad(std::move(ad)), m_key(key), m_records(records), m_tail(std::move(tail))
    {
        m_file.seek(0);
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_offset >= m_buffer.size() && m_next > m_records; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_offset >= m_buffer.size()) {
            if (m_next > m_records) {
                return 0;
            }
            if (m_next == m_records) {
                m_buffer = m_tail;
            } else {
                m_buffer = openRecord(m_file.read(kRecordBytes), m_ad(m_next), m_key);
                if (m_buffer.isEmpty()) {
                    setErrorString(QStringLiteral("a part of the download cannot be read back"));
                    return -1;
                }
            }
            ++m_next;
            m_offset = 0;
        }
        const qint64 n = std::min<qint64>(maxSize, m_buffer.size() - m_offset);
        memcpy(data, m_buffer.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile& m_file;
    std::function<QByteArray(qint64)> m_ad;
    const BlobCipher::Key& m_key;
    qint64 m_records;
    QByteArray m_tail;
    QByteArray m_buffer;
    qint64 m_offset = 0;
    qint64 m_next = 0;
};

} // namespace

QString PartialBlob::partPath(const QString& blobDirectory, const QString& sha256)
{
    return blobDirectory + QStringLiteral("/partial/") + sha256 + QStringLiteral(".part");
}

PartialBlob::PartialBlob(const BlobStore& store, const QString& sha256)
    : m_store(store), m_key(store.m_key), m_sha256(sha256)
{
    if (sodium_init() < 0) {
        throw BlobError("libsodium cannot be initialised");
    }
    if (!BlobStore::isValidHash(sha256)) {
        throw BlobError("not a SHA-256 hash: " + text(sha256));
    }
    const QString path = partPath(store.directory(), sha256);
    if (!QDir().mkpath(QFileInfo(path).path())) {
        throw BlobError("cannot create the folder " + text(QFileInfo(path).path()));
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite)) {
        throw BlobError("cannot write " + text(path) + ": " + text(m_file.errorString()));
    }
    load();
}

PartialBlob::~PartialBlob()
{
    sodium_memzero(m_key.data(), m_key.size());
}

QByteArray PartialBlob::associatedData(qint64 index) const
{
    QByteArray ad = QByteArrayLiteral("AKTAPRT1") + QByteArray::fromHex(m_sha256.toLatin1());
    char number[8];
    qToLittleEndian<qint64>(index, number);
    ad.append(number, 8);
    return ad;
}

void PartialBlob::load()
{
    // Whole records that authenticate count; the first that does not (cut short by a crash, damaged)
    // and everything after it are dropped.
    m_file.seek(0);
    while (true) {
        const QByteArray record = m_file.read(kRecordBytes);
        if (record.size() != kRecordBytes) {
            break;
        }
        const QByteArray plain = openRecord(record, associatedData(m_records), m_key);
        if (plain.size() != kChunk) {
            break;
        }
        m_hash.addData(plain);
        ++m_records;
        m_size += kChunk;
    }
    if (!m_file.resize(m_records * kRecordBytes) || !m_file.seek(m_records * kRecordBytes)) {
        throw BlobError("cannot write " + text(m_file.fileName()) + ": " + text(m_file.errorString()));
    }
}

void PartialBlob::writeRecord(QByteArrayView plain)
{
    QByteArray record(kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(record.data());
    randombytes_buf(out, kNonceBytes);
    const QByteArray ad = associatedData(m_records);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + kNonceBytes, nullptr, bytes(plain), static_cast<unsigned long long>(plain.size()), bytes(ad),
        static_cast<unsigned long long>(ad.size()), nullptr, out, m_key.data());
    if (m_file.write(record) != record.size()) {
        throw BlobError("cannot write " + text(m_file.fileName()) + ": " + text(m_file.errorString()));
    }
    ++m_records;
}

void PartialBlob::append(QByteArrayView data)
{
    m_hash.addData(data);
    m_size += data.size();
    while (!data.isEmpty()) {
        const qint64 take = std::min<qint64>(kChunk - m_pending.size(), data.size());
        m_pending.append(data.first(take));
        data = data.sliced(take);
        if (m_pending.size() == kChunk) {
            writeRecord(m_pending);
            m_pending.clear();
        }
    }
}

void PartialBlob::restart()
{
    m_pending.clear();
    m_hash.reset();
    m_records = 0;
    m_size = 0;
    if (!m_file.resize(0) || !m_file.seek(0)) {
        throw BlobError("cannot write " + text(m_file.fileName()) + ": " + text(m_file.errorString()));
    }
}

void PartialBlob::commit()
{
    if (QString::fromLatin1(m_hash.result().toHex()) != m_sha256) {
        discard();
        throw BlobError("the downloaded content does not match its hash " + text(m_sha256) +
                        "; nothing was stored");
    }
    if (!m_file.flush()) {
        throw BlobError("cannot write " + text(m_file.fileName()) + ": " + text(m_file.errorString()));
    }
    PartReader reader(
        m_file, [this](qint64 index) { return associatedData(index); }, m_key, m_records, m_pending);
    const BlobStore::Stored stored = m_store.put(reader);
    if (stored.sha256 != m_sha256) {
        discard();
        throw BlobError("the downloaded content changed while it was stored; nothing was stored");
    }
    discard();
}

void PartialBlob::discard()
{
    m_file.close();
    m_file.remove();
    m_pending.clear();
}

} // namespace akta::blobs
