#pragma once

#include "blobs/BlobStore.h"
#include "sqlite/Database.h"
#include "store/StoreKey.h"

#include <QString>

namespace akta::store {

class StoreKeyProvider;

// One local store: a folder with the SQLite database `akta.db` and a content-addressed `blobs/`
// folder beside it, both encrypted with the store's key. Opening creates the folder and database when
// missing (with a new key from the provider), runs the migrations and installs the built-in KLE plan into a
// new store. A wrong key is refused with StoreKeyError before any file is touched; a store made without
// encryption (before encryption at rest) is refused with a message saying how to move on.
class LocalStore final
{
public:
    // The key comes from StoreKeyProvider::forProcess().
    explicit LocalStore(const QString& directory);
    LocalStore(const QString& directory, const StoreKeyProvider& keys);
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    sqlite::Database& database() { return m_db; }
    const QString& directory() const { return m_directory; }
    QString databasePath() const;
    QString blobDirectory() const;
    // The key of the blob files (derived from the store key); see blobs::BlobStore.
    const StoreKey::Bytes& blobKey() const { return m_blobKey; }
    // The store's encrypted blob folder.
    blobs::BlobStore blobStore() const;

    // A second connection to the same file, for a worker thread.
    sqlite::Database openReader() const;

    QString meta(const QString& key);
    void setMeta(const QString& key, const QString& value);

    static QString databasePathFor(const QString& directory);
    static QString blobDirectoryFor(const QString& directory);
    // The user's own store: AppDataLocation/store.
    static QString defaultDirectory();

    // True when the file is an SQLite database written without encryption.
    static bool isPlainDatabase(const QString& databasePath);

private:
    QString m_directory;
    StoreKey::Bytes m_blobKey{};
    sqlite::Database m_db;
};

} // namespace akta::store
