#include "sqlite/CryptVfs.h"

#include "sqlite/CryptFile.h"
#include "sqlite/SqliteError.h"

#include <sodium.h>
#include <sqlite3.h>

#include <mutex>

namespace akta::sqlite {

namespace {

sqlite3_vfs* inner(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

int vfsOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    return CryptFile::open(inner(vfs), name, file, flags, outFlags);
}
int vfsDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return inner(vfs)->xDelete(inner(vfs), name, syncDir);
}
int vfsAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    return inner(vfs)->xAccess(inner(vfs), name, flags, out);
}
int vfsFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    return inner(vfs)->xFullPathname(inner(vfs), name, size, out);
}
void* vfsDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return inner(vfs)->xDlOpen(inner(vfs), name);
}
void vfsDlError(sqlite3_vfs* vfs, int size, char* out)
{
    inner(vfs)->xDlError(inner(vfs), size, out);
}
void (*vfsDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    return inner(vfs)->xDlSym(inner(vfs), handle, symbol);
}
void vfsDlClose(sqlite3_vfs* vfs, void* handle)
{
    inner(vfs)->xDlClose(inner(vfs), handle);
}
int vfsRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    return inner(vfs)->xRandomness(inner(vfs), size, out);
}
int vfsSleep(sqlite3_vfs* vfs, int microseconds)
{
    return inner(vfs)->xSleep(inner(vfs), microseconds);
}
int vfsCurrentTime(sqlite3_vfs* vfs, double* out)
{
    return inner(vfs)->xCurrentTime(inner(vfs), out);
}
int vfsGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    return inner(vfs)->xGetLastError ? inner(vfs)->xGetLastError(inner(vfs), size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    if (inner(vfs)->iVersion >= 2 && inner(vfs)->xCurrentTimeInt64) {
        return inner(vfs)->xCurrentTimeInt64(inner(vfs), out);
    }
    double days = 0;
    const int rc = inner(vfs)->xCurrentTime(inner(vfs), &days);
    *out = sqlite3_int64(days * 86400000.0);
    return rc;
}

} // namespace

void CryptVfs::ensureRegistered()
{
    static std::once_flag once;
    static sqlite3_vfs vfs{};
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            throw SqliteError(SQLITE_ERROR, "libsodium cannot be initialised");
        }
        sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
        if (!base) {
            throw SqliteError(SQLITE_ERROR, "SQLite has no default VFS");
        }
        vfs.iVersion = 2;
        vfs.szOsFile = int(sizeof(CryptFile)) + base->szOsFile;
        vfs.mxPathname = base->mxPathname;
        vfs.zName = kName;
        vfs.pAppData = base;
        vfs.xOpen = vfsOpen;
        vfs.xDelete = vfsDelete;
        vfs.xAccess = vfsAccess;
        vfs.xFullPathname = vfsFullPathname;
        vfs.xDlOpen = vfsDlOpen;
        vfs.xDlError = vfsDlError;
        vfs.xDlSym = vfsDlSym;
        vfs.xDlClose = vfsDlClose;
        vfs.xRandomness = vfsRandomness;
        vfs.xSleep = vfsSleep;
        vfs.xCurrentTime = vfsCurrentTime;
        vfs.xGetLastError = vfsGetLastError;
        vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        const int rc = sqlite3_vfs_register(&vfs, 0);
        if (rc != SQLITE_OK) {
            throw SqliteError(rc, "cannot register the encrypting SQLite VFS");
        }
    });
}

} // namespace akta::sqlite
