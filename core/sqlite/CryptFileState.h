#pragma once

#include "sqlite/CryptFile.h"
#include "sqlite/PageCipher.h"

#include <sodium.h>
#include <sqlite3.h>

#include <QLoggingCategory>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcCrypt)

// Internal to the akta-crypt VFS: the state of one open file and the helpers its methods share.
namespace akta::sqlite {

enum class CryptFileKind
{
    MainDb,
    Wal,
    MainJournal,
    Temp,
    Plain
};

inline bool isPageSize(int amount)
{
    return amount >= 512 && amount <= 65536 && (amount & (amount - 1)) == 0;
}

inline std::uint32_t bigEndian32(const std::uint8_t* bytes)
{
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) |
           (std::uint32_t(bytes[2]) << 8) | std::uint32_t(bytes[3]);
}

struct CryptFileState
{
    CryptFileKind kind = CryptFileKind::Plain;
    std::unique_ptr<PageCipher> cipher;
    std::array<std::uint8_t, crypto_stream_xchacha20_KEYBYTES> streamKey{};
    std::array<std::uint8_t, crypto_stream_xchacha20_NONCEBYTES> streamNonce{};
    int walPageSize = 0;
    // A WAL page SQLite writes in pieces (around an fsync): sealed once complete.
    std::vector<std::uint8_t> pending;
    sqlite3_int64 pendingOffset = -1;
    int pendingFilled = 0;
    std::vector<std::uint8_t> scratch;

    ~CryptFileState() { sodium_memzero(streamKey.data(), streamKey.size()); }

    void streamXor(std::uint8_t* data, int amount, sqlite3_int64 offset) const
    {
        const auto skip = std::size_t(offset % 64);
        std::vector<std::uint8_t> buffer(skip + std::size_t(amount), 0);
        std::memcpy(buffer.data() + skip, data, std::size_t(amount));
        crypto_stream_xchacha20_xor_ic(buffer.data(), buffer.data(), buffer.size(), streamNonce.data(),
                                       std::uint64_t(offset / 64), streamKey.data());
        std::memcpy(data, buffer.data() + skip, std::size_t(amount));
        sodium_memzero(buffer.data(), buffer.size());
    }
};

inline int realRead(CryptFile* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return f->real->pMethods->xRead(f->real, buffer, amount, offset);
}

inline int realWrite(CryptFile* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
}

// Seals a copy of a page and writes it; refuses pages whose reserved bytes SQLite did not leave zero.
int writeSealed(CryptFile* f, const void* page, int pageSize, sqlite3_int64 offset, PageCipher::Domain domain,
                std::uint64_t position, bool plainHeader);

} // namespace akta::sqlite
