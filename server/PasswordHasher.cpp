#include "PasswordHasher.h"

#include <QCryptographicHash>

#include <sodium.h>

#include <stdexcept>

namespace akta::server {

namespace {

void ensureSodium()
{
    static const int status = sodium_init();
    if (status < 0) {
        throw std::runtime_error("libsodium cannot be initialised");
    }
}

} // namespace

QString PasswordHasher::hash(const QByteArray& password)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(), static_cast<unsigned long long>(password.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("out of memory while hashing the password");
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QByteArray& password)
{
    ensureSodium();
    const QByteArray stored = hash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    return crypto_pwhash_str_verify(stored.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size())) == 0;
}

QString PasswordHasher::newToken()
{
    ensureSodium();
    QByteArray bytes(32, '\0');
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PasswordHasher::tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace akta::server
