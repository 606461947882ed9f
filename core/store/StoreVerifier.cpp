#include "store/StoreVerifier.h"

#include "sqlite/CryptKeyRing.h"
#include "sqlite/PageCipher.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QDirIterator>
#include <QFile>

#include <optional>

namespace akta::store {

namespace {

constexpr int kMaxProblems = 100;
constexpr int kWalHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;

std::uint32_t bigEndian32(const char* bytes)
{
    const auto* b = reinterpret_cast<const std::uint8_t*>(bytes);
    return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) | b[3];
}

std::optional<sqlite::PageCipher::Key> pageKeyOf(const QString& databasePath)
{
    const std::optional<int> id = sqlite::CryptKeyRing::keyIdFor(databasePath);
    return id ? sqlite::CryptKeyRing::keyById(*id) : std::nullopt;
}

} // namespace

StoreVerification StoreVerifier::run()
{
    StoreVerification result;
    checkIntegrity(result);
    checkPages(result);
    checkWal(result);
    checkBlobs(result);
    result.ok = result.integrityProblems.isEmpty() && result.unreadablePages.isEmpty() &&
                result.damagedBlobs.isEmpty();
    return result;
}

void StoreVerifier::checkIntegrity(StoreVerification& result)
{
    try {
        auto check =
            m_store.database().prepare(QStringLiteral("PRAGMA integrity_check(%1)").arg(kMaxProblems));
        while (check.step()) {
            const QString line = check.columnText(0);
            if (line != QLatin1String("ok")) {
                result.integrityProblems.append(line);
            }
        }
    } catch (const std::exception& error) {
        result.integrityProblems.append(QString::fromUtf8(error.what()));
    }
}

void StoreVerifier::checkPages(StoreVerification& result)
{
    const std::optional<sqlite::PageCipher::Key> key = pageKeyOf(m_store.databasePath());
    QFile file(m_store.databasePath());
    if (!key || !file.open(QIODevice::ReadOnly)) {
        result.integrityProblems.append(QStringLiteral("cannot read the database file"));
        return;
    }
    const QByteArray header = file.peek(sqlite::PageCipher::kHeaderBytes);
    if (header.size() < sqlite::PageCipher::kHeaderBytes) {
        return; // empty: everything is in the WAL
    }
    const int raw = (quint8(header.at(16)) << 8) | quint8(header.at(17));
    const int pageSize = raw == 1 ? 65536 : raw;
    const sqlite::PageCipher cipher(*key);
    QByteArray page(pageSize, Qt::Uninitialized);
    for (qint64 number = 1; file.read(page.data(), pageSize) == pageSize; ++number) {
        ++result.pages;
        if (page.count('\0') == pageSize) {
            ++result.unwrittenPages;
            continue;
        }
        if (!cipher.open(reinterpret_cast<std::uint8_t*>(page.data()), pageSize,
                         sqlite::PageCipher::Domain::Page, std::uint64_t(number), number == 1)) {
            result.unreadablePages.append(number);
        }
    }
    page.fill('\0');
}

void StoreVerifier::checkWal(StoreVerification& result)
{
    const std::optional<sqlite::PageCipher::Key> key = pageKeyOf(m_store.databasePath());
    QFile file(m_store.databasePath() + QStringLiteral("-wal"));
    if (!key || !file.open(QIODevice::ReadOnly)) {
        return; // no WAL: nothing to check
    }
    const QByteArray header = file.read(kWalHeaderBytes);
    if (header.size() < kWalHeaderBytes) {
        return;
    }
    const auto pageSize = int(bigEndian32(header.constData() + 8));
    if (pageSize < 512 || pageSize > 65536) {
        return;
    }
    const sqlite::PageCipher cipher(*key);
    QByteArray frame(kFrameHeaderBytes + pageSize, Qt::Uninitialized);
    bool torn = false;
    while (file.read(frame.data(), frame.size()) == frame.size()) {
        // Frames of an earlier WAL generation (other salts) are left-overs SQLite never reads again.
        if (frame.mid(8, 8) != header.mid(16, 8)) {
            break;
        }
        ++result.walFrames;
        auto* page = reinterpret_cast<std::uint8_t*>(frame.data() + kFrameHeaderBytes);
        if (torn || !cipher.open(page, pageSize, sqlite::PageCipher::Domain::Page,
                                 bigEndian32(frame.constData()), false)) {
            torn = true;
            ++result.unreadableWalFrames;
        }
    }
    frame.fill('\0');
}

void StoreVerifier::checkBlobs(StoreVerification& result)
{
    const blobs::BlobStore blobs = m_store.blobStore();
    QDirIterator files(m_store.blobDirectory(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString name = QFileInfo(files.next()).fileName();
        if (!blobs::BlobStore::isValidHash(name)) {
            continue; // an unfinished .incoming file
        }
        ++result.blobs;
        if (!blobs.verify(name)) {
            result.damagedBlobs.append(name);
        }
    }
}

} // namespace akta::store
