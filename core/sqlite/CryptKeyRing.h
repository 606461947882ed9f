#pragma once

#include "sqlite/PageCipher.h"

#include <QString>

#include <optional>

namespace akta::sqlite {

// The page keys of the encrypted databases this process opens, by database path. LocalStore registers its
// store's key before it opens the database; every later sqlite::Database on that path (worker threads,
// loaders) then opens through the encrypting VFS with that key. A key is named in the connection's URI by a
// number, never by its value. Thread-safe.
class CryptKeyRing final
{
public:
    // Returns the key's number; registering another key for the same path replaces it for later opens.
    static int registerKey(const QString& databasePath, const PageCipher::Key& key);
    static std::optional<int> keyIdFor(const QString& databasePath);
    static std::optional<PageCipher::Key> keyById(int id);
    static QString normalisedPath(const QString& databasePath);
};

} // namespace akta::sqlite
