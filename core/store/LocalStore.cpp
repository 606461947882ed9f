#include "store/LocalStore.h"

#include "kle/KlePlan.h"
#include "kle/KleRepository.h"
#include "search/SearchSchema.h"
#include "sqlite/SqliteError.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "store/Migrations.h"
#include "store/StoreMeta.h"

#include <sqlite3.h>

#include <QDir>
#include <QStandardPaths>

namespace akta::store {

LocalStore::LocalStore(const QString& directory) : m_directory(QDir(directory).absolutePath())
{
    if (!QDir().mkpath(m_directory)) {
        throw sqlite::SqliteError(SQLITE_CANTOPEN,
                                  "cannot create the store folder " + m_directory.toStdString());
    }
    QDir().mkpath(blobDirectory());
    m_db = sqlite::Database(databasePath());
    Migrations::migrate(m_db);
    search::SearchSchema::ensureLexicon(m_db);
    kle::KleRepository plan(m_db);
    if (plan.isEmpty()) {
        sqlite::Transaction transaction(m_db);
        plan.replaceAll(kle::KlePlan::builtIn().entries());
        transaction.commit();
    }
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
