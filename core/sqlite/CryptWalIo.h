#pragma once

#include <sqlite3.h>

#include <cstdint>

namespace akta::sqlite {

struct CryptFile;

// Reads and writes of a WAL file through the akta-crypt VFS. The 32-byte WAL header and the 24-byte frame
// headers stay plain; the page in each frame is sealed with the page number from its frame header. Recovery
// reads whole frames: one that does not authenticate is made to fail SQLite's salt check, like a torn write.
// A page written in pieces (SQLite splits a write around an fsync when padding to sector boundaries) is
// buffered and sealed once complete. Internal to CryptFile.
class CryptWalIo final
{
public:
    static int read(CryptFile* f, std::uint8_t* buffer, int amount, sqlite3_int64 offset);
    static int write(CryptFile* f, const std::uint8_t* buffer, int amount, sqlite3_int64 offset);
    // Seals and writes a page buffered in pieces (on close).
    static int flushPending(CryptFile* f);
};

} // namespace akta::sqlite
