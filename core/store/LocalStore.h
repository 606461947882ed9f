#pragma once

#include "sqlite/Database.h"

#include <QString>

namespace akta::store {

// One local store: a folder with the SQLite database `akta.db` and a content-addressed `blobs/`
// folder beside it. Opening creates the folder and database when missing, runs the migrations and
// installs the built-in KLE plan into a new store.
class LocalStore final
{
public:
    explicit LocalStore(const QString& directory);
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    sqlite::Database& database() { return m_db; }
    const QString& directory() const { return m_directory; }
    QString databasePath() const;
    QString blobDirectory() const;

    // A second connection to the same file, for a worker thread.
    sqlite::Database openReader() const;

    QString meta(const QString& key);
    void setMeta(const QString& key, const QString& value);

    static QString databasePathFor(const QString& directory);
    static QString blobDirectoryFor(const QString& directory);
    // The user's own store: AppDataLocation/store.
    static QString defaultDirectory();

private:
    QString m_directory;
    sqlite::Database m_db;
};

} // namespace akta::store
