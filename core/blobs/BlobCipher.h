#pragma once

#include <QByteArray>
#include <QIODevice>

#include <array>
#include <cstdint>
#include <memory>

namespace akta::blobs {

// The format of an encrypted blob file: the magic "AKTABLB1", a libsodium secretstream
// (XChaCha20-Poly1305) header, then the content in chunks of kChunkBytes, each sealed with its own tag.
// The last chunk carries the FINAL tag and, as associated data, the SHA-256 of the whole plaintext, so a
// truncated file, reordered chunks or a file renamed to another blob's hash are all detected.
class BlobCipher final
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr qint64 kChunkBytes = 64 * 1024;
    using Key = std::array<std::uint8_t, kKeyBytes>;

    static QByteArray magic();
    static qint64 headerBytes();
    static qint64 encryptedSize(qint64 plainSize);
    // The plaintext size of an encrypted file of `encryptedSize` bytes; -1 when no plaintext gives that size.
    static qint64 plainSize(qint64 encryptedSize);
};

// Seals a stream of plaintext chunks into an encrypted blob file's bytes.
class BlobSealer final
{
public:
    explicit BlobSealer(const BlobCipher::Key& key);
    ~BlobSealer();
    BlobSealer(const BlobSealer&) = delete;
    BlobSealer& operator=(const BlobSealer&) = delete;

    // The magic and the stream header: the first bytes of the file.
    QByteArray header() const { return m_header; }
    // One chunk of kChunkBytes (or the last, shorter or empty one with `final` and the content's SHA-256).
    QByteArray seal(QByteArrayView chunk, bool final, QByteArrayView sha256 = {});

private:
    struct State;
    std::unique_ptr<State> m_state;
    QByteArray m_header;
};

// A read-only, sequential device over an encrypted blob file that yields its plaintext, one chunk in
// memory at a time. A chunk that does not authenticate, a missing final chunk or a hash that does not
// match the final chunk's is a read error (read() returns -1, errorString() says why).
class BlobReader final : public QIODevice
{
    Q_OBJECT

public:
    BlobReader(std::unique_ptr<QIODevice> file, const BlobCipher::Key& key, QByteArray sha256);
    ~BlobReader() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool fill();

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace akta::blobs
