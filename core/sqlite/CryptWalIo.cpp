#include "sqlite/CryptWalIo.h"

#include "sqlite/CryptFileState.h"

namespace akta::sqlite {

namespace {

constexpr int kWalHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;

int walPageSize(CryptFile* f)
{
    CryptFileState& s = *f->state;
    if (s.walPageSize == 0) {
        std::uint8_t header[kWalHeaderBytes];
        if (realRead(f, header, kWalHeaderBytes, 0) == SQLITE_OK) {
            s.walPageSize = int(bigEndian32(header + 8));
        }
    }
    return isPageSize(s.walPageSize) ? s.walPageSize : 0;
}

} // namespace

int CryptWalIo::read(CryptFile* f, std::uint8_t* buffer, int amount, sqlite3_int64 offset)
{
    const int rc = realRead(f, buffer, amount, offset);
    const int pageSize = offset < kWalHeaderBytes ? 0 : walPageSize(f);
    if (rc != SQLITE_OK || pageSize == 0) {
        return rc;
    }
    const sqlite3_int64 frameSize = pageSize + kFrameHeaderBytes;
    const sqlite3_int64 within = (offset - kWalHeaderBytes) % frameSize;
    if (within == 0 && amount == frameSize) {
        // Recovery reads whole frames: one that does not authenticate is treated like a torn write, by
        // spoiling its salt so that SQLite's own check rejects it and every frame after it.
        const std::uint32_t pageNumber = bigEndian32(buffer);
        if (!f->state->cipher->open(buffer + kFrameHeaderBytes, pageSize, PageCipher::Domain::Page,
                                    pageNumber, false)) {
            buffer[8] ^= 0xff;
        }
        return SQLITE_OK;
    }
    if (within == kFrameHeaderBytes && amount == pageSize) {
        std::uint8_t header[4];
        const int headerRc = realRead(f, header, 4, offset - kFrameHeaderBytes);
        if (headerRc != SQLITE_OK) {
            return headerRc;
        }
        if (!f->state->cipher->open(buffer, pageSize, PageCipher::Domain::Page, bigEndian32(header), false)) {
            qCWarning(lcCrypt) << "a WAL frame at" << offset << "does not authenticate";
            return SQLITE_IOERR_DATA;
        }
    }
    return SQLITE_OK; // frame headers and checksums are plain
}

int CryptWalIo::flushPending(CryptFile* f)
{
    CryptFileState& s = *f->state;
    std::uint8_t header[4];
    int rc = realRead(f, header, 4, s.pendingOffset - kFrameHeaderBytes);
    if (rc == SQLITE_OK) {
        rc = writeSealed(f, s.pending.data(), int(s.pending.size()), s.pendingOffset,
                         PageCipher::Domain::Page, bigEndian32(header), false);
    }
    s.pendingOffset = -1;
    s.pendingFilled = 0;
    return rc;
}

int CryptWalIo::write(CryptFile* f, const std::uint8_t* buffer, int amount, sqlite3_int64 offset)
{
    CryptFileState& s = *f->state;
    if (offset < kWalHeaderBytes) {
        if (offset == 0 && amount >= kWalHeaderBytes) {
            s.walPageSize = int(bigEndian32(buffer + 8));
        }
        return realWrite(f, buffer, amount, offset);
    }
    const int pageSize = walPageSize(f);
    if (pageSize == 0) {
        return SQLITE_IOERR_WRITE;
    }
    if (s.pendingOffset >= 0 && offset == s.pendingOffset + s.pendingFilled &&
        s.pendingFilled + amount <= pageSize) {
        std::memcpy(s.pending.data() + s.pendingFilled, buffer, std::size_t(amount));
        s.pendingFilled += amount;
        return s.pendingFilled == pageSize ? flushPending(f) : SQLITE_OK;
    }
    const sqlite3_int64 frameSize = pageSize + kFrameHeaderBytes;
    const sqlite3_int64 within = (offset - kWalHeaderBytes) % frameSize;
    if (within == 0 && amount == frameSize) {
        const int rc = realWrite(f, buffer, kFrameHeaderBytes, offset);
        return rc != SQLITE_OK
                   ? rc
                   : writeSealed(f, buffer + kFrameHeaderBytes, pageSize, offset + kFrameHeaderBytes,
                                 PageCipher::Domain::Page, bigEndian32(buffer), false);
    }
    if (within == kFrameHeaderBytes) {
        s.pending.assign(std::size_t(pageSize), 0);
        s.pendingOffset = offset;
        s.pendingFilled = 0;
        if (amount > pageSize) {
            return SQLITE_IOERR_WRITE;
        }
        std::memcpy(s.pending.data(), buffer, std::size_t(amount));
        s.pendingFilled = amount;
        if (amount < pageSize) {
            qCDebug(lcCrypt) << "a WAL page is written in pieces at" << offset << "; sealed when complete";
        }
        return amount == pageSize ? flushPending(f) : SQLITE_OK;
    }
    if (within + amount <= kFrameHeaderBytes) {
        return realWrite(f, buffer, amount, offset); // a frame header (or a rewrite of its checksum)
    }
    qCCritical(lcCrypt) << "unexpected WAL write at" << offset << amount;
    return SQLITE_IOERR_WRITE;
}

} // namespace akta::sqlite
