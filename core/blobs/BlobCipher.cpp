#include "blobs/BlobCipher.h"

#include <sodium.h>

#include <stdexcept>

namespace akta::blobs {

namespace {

constexpr int kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kTagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;

void initSodium()
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium cannot be initialised");
    }
}

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

} // namespace

QByteArray BlobCipher::magic()
{
    return QByteArrayLiteral("AKTABLB1");
}

qint64 BlobCipher::headerBytes()
{
    return magic().size() + kStreamHeaderBytes;
}

qint64 BlobCipher::encryptedSize(qint64 plainSize)
{
    const qint64 chunks = plainSize == 0 ? 1 : (plainSize + kChunkBytes - 1) / kChunkBytes;
    return headerBytes() + plainSize + chunks * kTagBytes;
}

qint64 BlobCipher::plainSize(qint64 encryptedSize)
{
    const qint64 sealed = encryptedSize - headerBytes();
    if (sealed < kTagBytes) {
        return -1;
    }
    const qint64 chunks = (sealed + kChunkBytes + kTagBytes - 1) / (kChunkBytes + kTagBytes);
    const qint64 plain = sealed - chunks * kTagBytes;
    return plain >= 0 && BlobCipher::encryptedSize(plain) == encryptedSize ? plain : -1;
}

struct BlobSealer::State
{
    crypto_secretstream_xchacha20poly1305_state stream;
};

BlobSealer::BlobSealer(const BlobCipher::Key& key) : m_state(std::make_unique<State>())
{
    initSodium();
    unsigned char header[kStreamHeaderBytes];
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->stream, header, key.data());
    m_header = BlobCipher::magic() + QByteArray(reinterpret_cast<const char*>(header), kStreamHeaderBytes);
}

BlobSealer::~BlobSealer()
{
    sodium_memzero(&m_state->stream, sizeof m_state->stream);
}

QByteArray BlobSealer::seal(QByteArrayView chunk, bool final, QByteArrayView sha256)
{
    QByteArray out(chunk.size() + kTagBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(
        &m_state->stream, reinterpret_cast<unsigned char*>(out.data()), nullptr, bytes(chunk),
        static_cast<unsigned long long>(chunk.size()), final ? bytes(sha256) : nullptr,
        final ? static_cast<unsigned long long>(sha256.size()) : 0,
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    return out;
}

struct BlobReader::State
{
    std::unique_ptr<QIODevice> file;
    BlobCipher::Key key;
    QByteArray sha256;
    crypto_secretstream_xchacha20poly1305_state stream;
    bool started = false;
    bool finished = false;
    QByteArray plain;
    qint64 offset = 0; // into plain

    ~State()
    {
        sodium_memzero(key.data(), key.size());
        sodium_memzero(&stream, sizeof stream);
    }
};

BlobReader::BlobReader(std::unique_ptr<QIODevice> file, const BlobCipher::Key& key, QByteArray sha256)
    : m_state(std::make_unique<State>())
{
    initSodium();
    m_state->file = std::move(file);
    m_state->key = key;
    m_state->sha256 = std::move(sha256);
    QIODevice::open(QIODevice::ReadOnly);
}

BlobReader::~BlobReader() = default;

bool BlobReader::atEnd() const
{
    return m_state->finished && m_state->offset >= m_state->plain.size() && QIODevice::atEnd();
}

qint64 BlobReader::bytesAvailable() const
{
    return m_state->plain.size() - m_state->offset + QIODevice::bytesAvailable();
}

bool BlobReader::fill()
{
    State& s = *m_state;
    if (!s.started) {
        const QByteArray header = s.file->read(BlobCipher::headerBytes());
        if (header.size() != BlobCipher::headerBytes() || !header.startsWith(BlobCipher::magic()) ||
            crypto_secretstream_xchacha20poly1305_init_pull(
                &s.stream, bytes(QByteArrayView(header).sliced(BlobCipher::magic().size())), s.key.data()) !=
                0) {
            setErrorString(tr("not an encrypted Akta blob"));
            return false;
        }
        s.started = true;
    }
    const QByteArray sealed = s.file->read(BlobCipher::kChunkBytes + kTagBytes);
    const bool last = s.file->atEnd();
    if (sealed.size() < kTagBytes) {
        setErrorString(tr("the blob is truncated"));
        return false;
    }
    s.plain.resize(sealed.size() - kTagBytes);
    s.offset = 0;
    unsigned char tag = 0;
    const QByteArrayView ad = last ? QByteArrayView(s.sha256) : QByteArrayView();
    if (crypto_secretstream_xchacha20poly1305_pull(
            &s.stream, reinterpret_cast<unsigned char*>(s.plain.data()), nullptr, &tag, bytes(sealed),
            static_cast<unsigned long long>(sealed.size()), bytes(ad),
            static_cast<unsigned long long>(ad.size())) != 0) {
        s.plain.clear();
        setErrorString(tr("the blob does not authenticate (damaged, or not this content)"));
        return false;
    }
    if ((tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) != last) {
        s.plain.clear();
        setErrorString(tr("the blob is truncated"));
        return false;
    }
    s.finished = last;
    return true;
}

qint64 BlobReader::readData(char* data, qint64 maxSize)
{
    State& s = *m_state;
    qint64 done = 0;
    while (done < maxSize) {
        if (s.offset >= s.plain.size()) {
            if (s.finished) {
                break;
            }
            if (!fill()) {
                return -1;
            }
            continue;
        }
        const qint64 n = qMin(maxSize - done, s.plain.size() - s.offset);
        memcpy(data + done, s.plain.constData() + s.offset, size_t(n));
        s.offset += n;
        done += n;
    }
    return done == 0 && s.finished ? -1 : done;
}

} // namespace akta::blobs
