#include "sqlite/Database.h"

#include "sqlite/CryptKeyRing.h"
#include "sqlite/CryptVfs.h"
#include "sqlite/PageCipher.h"
#include "sqlite/SqliteError.h"
#include "sqlite/SqliteFunctions.h"
#include "sqlite/Statement.h"

#include <sqlite3.h>

#include <QFile>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace akta::sqlite {

namespace {
constexpr int kBusyTimeoutMs = 5000;
// Decryption costs on page-cache misses only, so encrypted stores get a generous cache (in KiB).
constexpr int kEncryptedCacheKib = 65536;

// The name SQLite opens: the plain path, or for a path with a key in CryptKeyRing a URI naming the
// encrypting VFS and the key's number.
QByteArray openName(const QString& path, bool* encrypted)
{
    const std::optional<int> keyId = CryptKeyRing::keyIdFor(path);
    *encrypted = keyId.has_value();
    if (!keyId) {
        return path.toUtf8();
    }
    CryptVfs::ensureRegistered();
    QUrl url = QUrl::fromLocalFile(CryptKeyRing::normalisedPath(path));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("vfs"), QString::fromLatin1(CryptVfs::kName));
    query.addQueryItem(QString::fromLatin1(CryptVfs::kKeyParameter), QString::number(*keyId));
    url.setQuery(query);
    return url.toEncoded();
}
// True for a database file whose header says it was written through our VFS (the reserved bytes of
// every page hold its nonce and tag).
bool looksEncrypted(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(100);
    return header.size() == 100 && header.startsWith(QByteArrayView("SQLite format 3\0", 16)) &&
           quint8(header.at(20)) == PageCipher::kReservedBytes;
}
} // namespace

Database::Database(const QString& path, Mode mode) : m_path(path)
{
    const int flags =
        (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX;
    const QByteArray utf8 = path.toUtf8();
    bool encrypted = false;
    const QByteArray name = openName(path, &encrypted);
    if (!encrypted && looksEncrypted(path)) {
        // The default VFS would read ciphertext and report a "malformed" database: say what is wrong.
        throw SqliteError(SQLITE_NOTADB, "cannot open " + utf8.toStdString() +
                                             ": the database is encrypted and its key is not known in this "
                                             "process (open the store through LocalStore)");
    }
    const int rc =
        sqlite3_open_v2(name.constData(), &m_db, encrypted ? flags | SQLITE_OPEN_URI : flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        close();
        throw SqliteError(rc, "cannot open " + utf8.toStdString() + ": " + message);
    }
    if (encrypted) {
        // Room for each page's nonce and tag; takes effect only before page 1 is first written, which is why
        // it comes before the journal mode. On an existing database it changes nothing.
        int reserve = PageCipher::kReservedBytes;
        sqlite3_file_control(m_db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    registerFunctions(m_db);
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Deleted and overwritten content is zeroed, so that data removed on purpose (a protected
    // address, a revoked case) does not linger in free pages.
    exec(QStringLiteral("PRAGMA secure_delete = ON"));
    if (encrypted) {
        exec(QStringLiteral("PRAGMA mmap_size = 0"));
        exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kEncryptedCacheKib));
    }
    if (mode == Mode::ReadWrite) {
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_walScrubRequested(other.m_walScrubRequested)
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_walScrubRequested = other.m_walScrubRequested;
    }
    return *this;
}

void Database::close() noexcept
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const QString& sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw SqliteError(sqlite3_extended_errcode(m_db), message);
    }
}

Statement Database::prepare(const QString& sql)
{
    return Statement(m_db, sql);
}

int Database::userVersion()
{
    Statement query = prepare(QStringLiteral("PRAGMA user_version"));
    query.step();
    return query.columnInt(0);
}

void Database::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::requestWalScrub()
{
    m_walScrubRequested = true;
}

void Database::scrubWalIfRequested()
{
    if (m_walScrubRequested && sqlite3_get_autocommit(m_db) != 0) {
        m_walScrubRequested = false;
        // Copies every frame into the database and truncates the WAL to zero bytes, so that old
        // page images (with what was just removed) are gone from disk too.
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
}

void Database::interrupt()
{
    if (m_db) {
        sqlite3_interrupt(m_db);
    }
}

} // namespace akta::sqlite
