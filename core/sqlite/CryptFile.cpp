#include "sqlite/CryptFile.h"

#include "sqlite/CryptFileState.h"
#include "sqlite/CryptKeyRing.h"
#include "sqlite/CryptVfs.h"
#include "sqlite/CryptWalIo.h"

#include <algorithm>

Q_LOGGING_CATEGORY(lcCrypt, "akta.crypt")

namespace akta::sqlite {

namespace {

constexpr unsigned char kMagic[] = "SQLite format 3";

CryptFile* self(sqlite3_file* file)
{
    return reinterpret_cast<CryptFile*>(file);
}

} // namespace

int writeSealed(CryptFile* f, const void* page, int pageSize, sqlite3_int64 offset, PageCipher::Domain domain,
                std::uint64_t position, bool plainHeader)
{
    CryptFileState& s = *f->state;
    s.scratch.assign(static_cast<const std::uint8_t*>(page),
                     static_cast<const std::uint8_t*>(page) + pageSize);
    if (!PageCipher::reservedIsZero(s.scratch.data(), pageSize) ||
        (plainHeader && s.scratch[20] < PageCipher::kReservedBytes)) {
        qCCritical(lcCrypt) << "refused to write a page without free reserved bytes at offset" << offset;
        return SQLITE_IOERR_WRITE;
    }
    s.cipher->seal(s.scratch.data(), pageSize, domain, position, plainHeader);
    return realWrite(f, s.scratch.data(), pageSize, offset);
}

namespace {

int readMainDb(CryptFile* f, std::uint8_t* buffer, int amount, sqlite3_int64 offset)
{
    const int rc = realRead(f, buffer, amount, offset);
    if (rc != SQLITE_OK || offset + amount <= PageCipher::kHeaderBytes) {
        return rc; // the plain header, an error, or a short read past the end (zero-filled)
    }
    if (!isPageSize(amount) || offset % amount != 0) {
        qCCritical(lcCrypt) << "unexpected partial read of an encrypted database at" << offset << amount;
        return SQLITE_IOERR_READ;
    }
    const auto pageNumber = std::uint64_t(offset / amount + 1);
    if (!f->state->cipher->open(buffer, amount, PageCipher::Domain::Page, pageNumber, pageNumber == 1)) {
        qCWarning(lcCrypt) << "database page" << pageNumber << "does not authenticate";
        return SQLITE_IOERR_DATA;
    }
    return SQLITE_OK;
}

bool isJournalRecord(int amount, sqlite3_int64 offset)
{
    // Page images sit 4 bytes (the page number) after a record start; headers are sector-aligned.
    return isPageSize(amount) && offset % 8 == 4;
}

int cryptRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset)
{
    CryptFile* f = self(file);
    auto* buffer = static_cast<std::uint8_t*>(data);
    switch (f->state->kind) {
    case CryptFileKind::MainDb:
        return readMainDb(f, buffer, amount, offset);
    case CryptFileKind::Wal:
        return CryptWalIo::read(f, buffer, amount, offset);
    case CryptFileKind::MainJournal: {
        const int rc = realRead(f, buffer, amount, offset);
        if (rc == SQLITE_OK && isJournalRecord(amount, offset) &&
            !f->state->cipher->open(buffer, amount, PageCipher::Domain::JournalRecord, std::uint64_t(offset),
                                    false)) {
            randombytes_buf(buffer, std::size_t(amount)); // a torn record: its checksum will not match
        }
        return rc;
    }
    case CryptFileKind::Temp: {
        const int rc = realRead(f, buffer, amount, offset);
        int valid = amount;
        if (rc == SQLITE_IOERR_SHORT_READ) {
            sqlite3_int64 size = 0;
            f->real->pMethods->xFileSize(f->real, &size);
            valid = int(std::clamp<sqlite3_int64>(size - offset, 0, amount));
        } else if (rc != SQLITE_OK) {
            return rc;
        }
        if (valid > 0) {
            f->state->streamXor(buffer, valid, offset);
        }
        return rc;
    }
    case CryptFileKind::Plain:
        break;
    }
    return realRead(f, buffer, amount, offset);
}

int cryptWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    CryptFile* f = self(file);
    const auto* buffer = static_cast<const std::uint8_t*>(data);
    switch (f->state->kind) {
    case CryptFileKind::MainDb:
        if (offset + amount <= PageCipher::kHeaderBytes) {
            return realWrite(f, buffer, amount, offset);
        }
        if (!isPageSize(amount) || offset % amount != 0) {
            qCCritical(lcCrypt) << "unexpected partial write of an encrypted database at" << offset << amount;
            return SQLITE_IOERR_WRITE;
        }
        return writeSealed(f, buffer, amount, offset, PageCipher::Domain::Page,
                           std::uint64_t(offset / amount + 1), offset == 0);
    case CryptFileKind::Wal:
        return CryptWalIo::write(f, buffer, amount, offset);
    case CryptFileKind::MainJournal:
        if (isJournalRecord(amount, offset)) {
            return writeSealed(f, buffer, amount, offset, PageCipher::Domain::JournalRecord,
                               std::uint64_t(offset), false);
        }
        break;
    case CryptFileKind::Temp: {
        std::vector<std::uint8_t> copy(buffer, buffer + amount);
        f->state->streamXor(copy.data(), amount, offset);
        return realWrite(f, copy.data(), amount, offset);
    }
    case CryptFileKind::Plain:
        break;
    }
    return realWrite(f, buffer, amount, offset);
}

int cryptClose(sqlite3_file* file)
{
    CryptFile* f = self(file);
    int rc = SQLITE_OK;
    if (f->state && f->state->pendingOffset >= 0) {
        rc = CryptWalIo::flushPending(f);
    }
    delete f->state;
    f->state = nullptr;
    const int closeRc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    return rc != SQLITE_OK ? rc : closeRc;
}

int cryptTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    CryptFile* f = self(file);
    if (f->state->pendingOffset >= size) {
        f->state->pendingOffset = -1;
        f->state->pendingFilled = 0;
    }
    return f->real->pMethods->xTruncate(f->real, size);
}

// The rest passes through to the wrapped file.
int cryptSync(sqlite3_file* file, int flags)
{
    return self(file)->real->pMethods->xSync(self(file)->real, flags);
}
int cryptFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return self(file)->real->pMethods->xFileSize(self(file)->real, size);
}
int cryptLock(sqlite3_file* file, int lock)
{
    return self(file)->real->pMethods->xLock(self(file)->real, lock);
}
int cryptUnlock(sqlite3_file* file, int lock)
{
    return self(file)->real->pMethods->xUnlock(self(file)->real, lock);
}
int cryptCheckReservedLock(sqlite3_file* file, int* out)
{
    return self(file)->real->pMethods->xCheckReservedLock(self(file)->real, out);
}
int cryptFileControl(sqlite3_file* file, int op, void* arg)
{
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
        *static_cast<sqlite3_int64*>(arg) = 0; // never memory-mapped: every read goes through decryption
        return SQLITE_OK;
    }
    return self(file)->real->pMethods->xFileControl(self(file)->real, op, arg);
}
int cryptSectorSize(sqlite3_file* file)
{
    return self(file)->real->pMethods->xSectorSize(self(file)->real);
}
int cryptDeviceCharacteristics(sqlite3_file* file)
{
    return self(file)->real->pMethods->xDeviceCharacteristics(self(file)->real);
}
int cryptShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    return self(file)->real->pMethods->xShmMap(self(file)->real, region, size, extend, out);
}
int cryptShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return self(file)->real->pMethods->xShmLock(self(file)->real, offset, n, flags);
}
void cryptShmBarrier(sqlite3_file* file)
{
    self(file)->real->pMethods->xShmBarrier(self(file)->real);
}
int cryptShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return self(file)->real->pMethods->xShmUnmap(self(file)->real, deleteFlag);
}

const sqlite3_io_methods kMethods = {
    2, // version 2: shared memory for WAL, but no xFetch, so SQLite never maps the file
    cryptClose,
    cryptRead,
    cryptWrite,
    cryptTruncate,
    cryptSync,
    cryptFileSize,
    cryptLock,
    cryptUnlock,
    cryptCheckReservedLock,
    cryptFileControl,
    cryptSectorSize,
    cryptDeviceCharacteristics,
    cryptShmMap,
    cryptShmLock,
    cryptShmBarrier,
    cryptShmUnmap,
    nullptr,
    nullptr};

// Refuses a database whose page 1 does not authenticate under the key, before SQLite reads anything else
// (in particular before WAL recovery could write).
bool keyOpensDatabase(CryptFile* f)
{
    sqlite3_int64 size = 0;
    if (f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK) {
        return false;
    }
    if (size < 512) {
        return true; // a new, empty database
    }
    std::uint8_t header[PageCipher::kHeaderBytes];
    if (realRead(f, header, PageCipher::kHeaderBytes, 0) != SQLITE_OK ||
        std::memcmp(header, kMagic, sizeof kMagic) != 0 || header[20] != PageCipher::kReservedBytes) {
        return false; // not a database, or a plain one
    }
    const int pageSize = header[16] == 0 && header[17] == 1 ? 65536 : (header[16] << 8) | header[17];
    if (!isPageSize(pageSize) || size < pageSize) {
        return false;
    }
    std::vector<std::uint8_t> page(std::size_t(pageSize), 0);
    if (realRead(f, page.data(), pageSize, 0) != SQLITE_OK) {
        return false;
    }
    const bool ok = f->state->cipher->open(page.data(), pageSize, PageCipher::Domain::Page, 1, true);
    sodium_memzero(page.data(), page.size());
    return ok;
}

} // namespace

int CryptFile::open(sqlite3_vfs* inner, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* f = self(file);
    std::memset(f, 0, sizeof(CryptFile));
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    auto state = std::make_unique<CryptFileState>();
    if (flags & SQLITE_OPEN_MAIN_DB) {
        state->kind = CryptFileKind::MainDb;
    } else if (flags & SQLITE_OPEN_WAL) {
        state->kind = CryptFileKind::Wal;
    } else if (flags & SQLITE_OPEN_MAIN_JOURNAL) {
        state->kind = CryptFileKind::MainJournal;
    } else if (flags & SQLITE_OPEN_SUPER_JOURNAL) {
        state->kind = CryptFileKind::Plain; // names of files only
    } else {
        state->kind = CryptFileKind::Temp;
        randombytes_buf(state->streamKey.data(), state->streamKey.size());
        randombytes_buf(state->streamNonce.data(), state->streamNonce.size());
    }
    if (state->kind == CryptFileKind::MainDb || state->kind == CryptFileKind::Wal ||
        state->kind == CryptFileKind::MainJournal) {
        const sqlite3_int64 id = name ? sqlite3_uri_int64(name, CryptVfs::kKeyParameter, -1) : -1;
        const std::optional<PageCipher::Key> key = CryptKeyRing::keyById(int(id));
        if (!key) {
            qCCritical(lcCrypt) << "an encrypted database was opened without a key";
            return SQLITE_CANTOPEN;
        }
        state->cipher = std::make_unique<PageCipher>(*key);
    }
    const int rc = inner->xOpen(inner, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        return rc;
    }
    f->state = state.release();
    f->base.pMethods = &kMethods;
    if (f->state->kind == CryptFileKind::MainDb && !keyOpensDatabase(f)) {
        cryptClose(file);
        f->base.pMethods = nullptr;
        return SQLITE_NOTADB;
    }
    return SQLITE_OK;
}

} // namespace akta::sqlite
