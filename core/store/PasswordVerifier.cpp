#include "store/PasswordVerifier.h"

#include "store/StoreMeta.h"

#include <sodium.h>

#include <stdexcept>

namespace akta::store {

namespace {

const QString kVerifier = QStringLiteral("lock_verifier");

} // namespace

void PasswordVerifier::remember(sqlite::Database& db, const QString& password)
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const int result =
        crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (result != 0) {
        throw std::runtime_error("out of memory while hashing the password");
    }
    StoreMeta(db).setValue(kVerifier, QString::fromLatin1(hash));
}

bool PasswordVerifier::isKnown(sqlite::Database& db)
{
    return !StoreMeta(db).value(kVerifier).isEmpty();
}

bool PasswordVerifier::verify(sqlite::Database& db, const QString& password)
{
    const QByteArray hash = StoreMeta(db).value(kVerifier).toLatin1();
    if (hash.isEmpty() || sodium_init() < 0) {
        return false;
    }
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

} // namespace akta::store
