#pragma once

#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::store {

// The offline check of the user's password for the idle lock: an Argon2id hash (libsodium's
// crypto_pwhash_str, interactive limits) kept in the encrypted store, written at the last successful login
// with the server. Hashing and verifying take a noticeable fraction of a second: call from a worker thread.
class PasswordVerifier final
{
public:
    static void remember(sqlite::Database& db, const QString& password);
    static bool isKnown(sqlite::Database& db);
    // False when the password is wrong or no verifier is kept.
    static bool verify(sqlite::Database& db, const QString& password);
};

} // namespace akta::store
