#include "sqlite/CryptFileScan.h"

#include "sqlite/CryptKeyRing.h"
#include "sqlite/PageCipher.h"

#include <QFile>

#include <optional>

namespace akta::sqlite {

namespace {

constexpr int kWalHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::uint32_t bigEndian32(const char* bytes)
{
    const auto* b = reinterpret_cast<const std::uint8_t*>(bytes);
    return (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) | (std::uint32_t(b[2]) << 8) | b[3];
}

} // namespace

QByteArray CryptFileScan::plaintext(const QString& databasePath)
{
    const QByteArray database = readAll(databasePath);
    const QByteArray wal = readAll(databasePath + QStringLiteral("-wal"));
    const std::optional<int> id = CryptKeyRing::keyIdFor(databasePath);
    const std::optional<PageCipher::Key> key = id ? CryptKeyRing::keyById(*id) : std::nullopt;
    if (!key) {
        return database + wal;
    }
    const PageCipher cipher(*key);
    QByteArray result;
    if (database.size() >= PageCipher::kHeaderBytes) {
        const int raw = (quint8(database.at(16)) << 8) | quint8(database.at(17));
        const int pageSize = raw == 1 ? 65536 : raw;
        for (qsizetype at = 0; pageSize >= 512 && at + pageSize <= database.size(); at += pageSize) {
            QByteArray page = database.mid(at, pageSize);
            if (cipher.open(reinterpret_cast<std::uint8_t*>(page.data()), pageSize, PageCipher::Domain::Page,
                            std::uint64_t(at / pageSize + 1), at == 0)) {
                result += page;
            }
        }
    }
    if (wal.size() >= kWalHeaderBytes) {
        const auto pageSize = qsizetype(bigEndian32(wal.constData() + 8));
        for (qsizetype at = kWalHeaderBytes;
             pageSize >= 512 && at + kFrameHeaderBytes + pageSize <= wal.size();
             at += kFrameHeaderBytes + pageSize) {
            QByteArray page = wal.mid(at + kFrameHeaderBytes, pageSize);
            if (cipher.open(reinterpret_cast<std::uint8_t*>(page.data()), int(pageSize),
                            PageCipher::Domain::Page, bigEndian32(wal.constData() + at), false)) {
                result += page;
            }
        }
    }
    return result;
}

} // namespace akta::sqlite
