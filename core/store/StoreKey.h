#pragma once

#include "sqlite/PageCipher.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <stdexcept>

namespace akta::store {

// Raised when a store's key is missing, malformed or wrong; the message says what to do.
class StoreKeyError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The random 32-byte key of one local store. The database pages and the blob files use keys derived from it
// (libsodium's KDF), so the same secret is never used for two purposes. Cleared from memory when destroyed.
class StoreKey final
{
public:
    static constexpr int kBytes = 32;
    using Bytes = std::array<std::uint8_t, kBytes>;

    explicit StoreKey(const Bytes& bytes);
    ~StoreKey();
    StoreKey(const StoreKey& other);
    StoreKey& operator=(const StoreKey& other);

    static StoreKey generate();
    // 64 hex digits; surrounding white space is ignored. Throws StoreKeyError otherwise.
    static StoreKey fromHex(const QByteArray& text);
    QByteArray toHex() const;

    sqlite::PageCipher::Key pageKey() const;
    Bytes blobKey() const;

private:
    Bytes derive(std::uint64_t id) const;

    Bytes m_bytes{};
};

} // namespace akta::store
