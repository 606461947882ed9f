#pragma once

#include <QByteArray>
#include <QString>

namespace akta::server {

// Argon2id password hashes (libsodium crypto_pwhash_str), opaque session tokens and their hashes.
class PasswordHasher final
{
public:
    // Throws std::runtime_error when libsodium cannot start or runs out of memory.
    static QString hash(const QByteArray& password);
    static bool verify(const QString& hash, const QByteArray& password);
    // 32 random bytes, base64url without padding.
    static QString newToken();
    // How a token is stored: SHA-256, hex (tokens are random, so a fast hash is enough).
    static QString tokenHash(const QString& token);
};

} // namespace akta::server
