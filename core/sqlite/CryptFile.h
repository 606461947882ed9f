#pragma once

#include <sqlite3.h>

namespace akta::sqlite {

struct CryptFileState;

// One file opened through the akta-crypt VFS: SQLite's file object, followed in the same allocation by the
// default VFS's file object it wraps. Internal to CryptVfs.
struct CryptFile
{
    sqlite3_file base;
    sqlite3_file* real;
    CryptFileState* state;

    // xOpen of the VFS: opens `real` through `inner` and decides how the file is encrypted.
    static int open(sqlite3_vfs* inner, const char* name, sqlite3_file* file, int flags, int* outFlags);
};

} // namespace akta::sqlite
