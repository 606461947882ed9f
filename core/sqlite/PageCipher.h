#pragma once

#include <array>
#include <cstdint>

namespace akta::sqlite {

// Authenticated encryption of one database page in place with XChaCha20-Poly1305 (libsodium). The last
// kReservedBytes of every page are reserved by SQLite (SQLITE_FCNTL_RESERVE_BYTES) and hold the 16-byte tag
// and the 24-byte nonce. The associated data binds a domain byte and the page number (so pages cannot be
// swapped or moved between files of another kind) and, for page 1, the plain 100-byte database header.
// Nonces are a random 16-byte prefix drawn per cipher plus a 64-bit counter: no nonce is ever reused.
class PageCipher final
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kReservedBytes = 40;
    static constexpr int kHeaderBytes = 100;
    using Key = std::array<std::uint8_t, kKeyBytes>;

    enum class Domain : std::uint8_t
    {
        Page = 1,          // database and WAL pages: the page number is the position
        JournalRecord = 2, // rollback journal page images: the file offset is the position
    };

    explicit PageCipher(const Key& key);
    ~PageCipher();
    PageCipher(const PageCipher&) = delete;
    PageCipher& operator=(const PageCipher&) = delete;

    // True when the reserved area of the page is all zero, as SQLite leaves it; only such pages are sealed.
    static bool reservedIsZero(const std::uint8_t* page, int pageSize);
    // `plainHeader`: page 1 of a database file keeps its first 100 bytes plain.
    void seal(std::uint8_t* page, int pageSize, Domain domain, std::uint64_t position, bool plainHeader);
    // Decrypts in place and zeroes the reserved area; false when it does not authenticate (the encrypted part
    // is then cleared, never handed on).
    bool open(std::uint8_t* page, int pageSize, Domain domain, std::uint64_t position,
              bool plainHeader) const;

private:
    Key m_key{};
    std::array<std::uint8_t, 16> m_noncePrefix{};
    std::uint64_t m_counter = 0;
};

} // namespace akta::sqlite
