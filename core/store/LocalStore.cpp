#include "store/LocalStore.h"

#include "kle/KlePlan.h"
#include "kle/KleRepository.h"
#include "search/SearchSchema.h"
#include "sqlite/CryptKeyRing.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/Migrations.h"
#include "store/StoreKeyProvider.h"
#include "store/StoreMeta.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace akta::store {

LocalStore::LocalStore(const QString& directory) : LocalStore(directory, StoreKeyProvider::forProcess()) {}

LocalStore::LocalStore(const QString& directory, const StoreKeyProvider& keys)
    : m_directory(QDir(directory).absolutePath())
{
    const QString path = databasePath();
    const bool creating = QFileInfo(path).size() == 0;
    if (!creating && isPlainDatabase(path)) {
        throw StoreKeyError(
            "the store at " + m_directory.toStdString() +
            " was made by an earlier Akta without encryption at rest and is not opened; move the "
            "folder away and let Akta create a new, encrypted store (then sync or seed again)");
    }
    const StoreKey key = keys.keyFor(m_directory, creating);
    if (!QDir().mkpath(m_directory)) {
        throw sqlite::SqliteError(SQLITE_CANTOPEN,
                                  "cannot create the store folder " + m_directory.toStdString());
    }
    QDir().mkpath(blobDirectory());
    m_blobKey = key.blobKey();
    sqlite::CryptKeyRing::registerKey(path, key.pageKey());
    try {
        m_db = sqlite::Database(path);
    } catch (const sqlite::SqliteError& error) {
        if ((error.code() & 0xff) == SQLITE_NOTADB) {
            throw StoreKeyError("the key does not open the store at " + m_directory.toStdString() +
                                " (wrong key or not an Akta store); nothing was changed");
        }
        throw;
    }
    Migrations::migrate(m_db);
    search::SearchSchema::ensureLexicon(m_db);
    kle::KleRepository plan(m_db);
    if (plan.isEmpty()) {
        sqlite::Transaction transaction(m_db);
        plan.replaceAll(kle::KlePlan::builtIn().entries());
        transaction.commit();
    }
}

bool LocalStore::isPlainDatabase(const QString& databasePath)
{
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(100);
    return header.size() == 100 && header.startsWith(QByteArrayView("SQLite format 3\0", 16)) &&
           quint8(header.at(20)) != sqlite::PageCipher::kReservedBytes;
}

QString LocalStore::databasePathFor(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("akta.db"));
}

QString LocalStore::databasePath() const
{
    return databasePathFor(m_directory);
}

QString LocalStore::blobDirectoryFor(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("blobs"));
}

QString LocalStore::blobDirectory() const
{
    return blobDirectoryFor(m_directory);
}

blobs::BlobStore LocalStore::blobStore() const
{
    return blobs::BlobStore(blobDirectory(), m_blobKey);
}

sqlite::Database LocalStore::openReader() const
{
    return sqlite::Database(databasePath(), sqlite::Database::Mode::ReadOnly);
}

QString LocalStore::meta(const QString& key)
{
    return StoreMeta(m_db).value(key);
}

void LocalStore::setMeta(const QString& key, const QString& value)
{
    StoreMeta(m_db).setValue(key, value);
}

QString LocalStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("store"));
}

} // namespace akta::store
