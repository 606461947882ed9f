#include "store/StoreKey.h"

#include <sodium.h>

namespace akta::store {

namespace {

constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "aktastor";
constexpr std::uint64_t kPageKeyId = 1;
constexpr std::uint64_t kBlobKeyId = 2;

void initSodium()
{
    if (sodium_init() < 0) {
        throw StoreKeyError("libsodium cannot be initialised");
    }
}

} // namespace

StoreKey::StoreKey(const Bytes& bytes) : m_bytes(bytes) {}

StoreKey::~StoreKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

StoreKey::StoreKey(const StoreKey& other) = default;
StoreKey& StoreKey::operator=(const StoreKey& other) = default;

StoreKey StoreKey::generate()
{
    initSodium();
    Bytes bytes;
    randombytes_buf(bytes.data(), bytes.size());
    StoreKey key(bytes);
    sodium_memzero(bytes.data(), bytes.size());
    return key;
}

StoreKey StoreKey::fromHex(const QByteArray& text)
{
    const QByteArray hex = text.trimmed();
    Bytes bytes;
    size_t length = 0;
    const char* end = nullptr;
    if (hex.size() != 2 * kBytes ||
        sodium_hex2bin(bytes.data(), bytes.size(), hex.constData(), std::size_t(hex.size()), nullptr, &length,
                       &end) != 0 ||
        length != bytes.size()) {
        throw StoreKeyError("a store key must be 64 hexadecimal digits");
    }
    StoreKey key(bytes);
    sodium_memzero(bytes.data(), bytes.size());
    return key;
}

QByteArray StoreKey::toHex() const
{
    QByteArray hex(2 * kBytes + 1, '\0');
    sodium_bin2hex(hex.data(), std::size_t(hex.size()), m_bytes.data(), m_bytes.size());
    hex.chop(1);
    return hex;
}

StoreKey::Bytes StoreKey::derive(std::uint64_t id) const
{
    initSodium();
    Bytes subkey;
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), id, kContext, m_bytes.data());
    return subkey;
}

sqlite::PageCipher::Key StoreKey::pageKey() const
{
    return derive(kPageKeyId);
}

StoreKey::Bytes StoreKey::blobKey() const
{
    return derive(kBlobKeyId);
}

} // namespace akta::store
