#include "store/SecretStoreKeyProvider.h"

#include "secrets/SecretStore.h"
#include "store/StoreId.h"

#include <QEventLoop>
#include <QTimer>

namespace akta::store {

SecretStoreKeyProvider::SecretStoreKeyProvider(secrets::SecretStore& secrets, int timeoutMs)
    : m_secrets(secrets), m_timeoutMs(timeoutMs)
{}

QString SecretStoreKeyProvider::secretName(const QString& storeId)
{
    return QStringLiteral("store-key/") + storeId;
}

SecretStoreKeyProvider::Answer SecretStoreKeyProvider::call(Call what, const QString& name,
                                                            const QString& secret) const
{
    Answer answer;
    QEventLoop loop;
    const auto finish = [&answer, &loop, &name](const QString& key, const QString& error) {
        if (key == name && !answer.done) {
            answer.done = true;
            answer.error = error;
            loop.quit();
        }
    };
    QList<QMetaObject::Connection> connections;
    connections << QObject::connect(
        &m_secrets, &secrets::SecretStore::readDone, &loop,
        [&answer, finish](const QString& key, const QString& value, bool found, const QString& error) {
            answer.found = found;
            answer.secret = value;
            finish(key, error);
        });
    connections << QObject::connect(&m_secrets, &secrets::SecretStore::writeDone, &loop, finish);
    connections << QObject::connect(&m_secrets, &secrets::SecretStore::removeDone, &loop, finish);
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    switch (what) {
    case Call::Read:
        m_secrets.read(name);
        break;
    case Call::Write:
        m_secrets.write(name, secret);
        break;
    case Call::Remove:
        m_secrets.remove(name);
        break;
    }
    if (!answer.done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    for (const QMetaObject::Connection& connection : connections) {
        QObject::disconnect(connection);
    }
    if (!answer.done) {
        answer.error = QStringLiteral("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000);
    }
    return answer;
}

StoreKey SecretStoreKeyProvider::keyFor(const QString& directory, bool creating) const
{
    const QString id = creating ? StoreId::ensure(directory) : StoreId::read(directory);
    if (id.isEmpty()) {
        throw StoreKeyError("the store at " + directory.toStdString() +
                            " has no store id (store.id), so its key cannot be found in the keychain; "
                            "it may have been made with AKTA_KEY_FILE: set AKTA_KEY_FILE to that key file");
    }
    const QString name = secretName(id);
    Answer read = call(Call::Read, name);
    if (!read.error.isEmpty()) {
        throw StoreKeyError("cannot read the key of the store at " + directory.toStdString() +
                            " from the keychain: " + read.error.toStdString() + "; nothing was changed");
    }
    if (read.found) {
        try {
            StoreKey key = StoreKey::fromHex(read.secret.toLatin1());
            read.secret.fill(QLatin1Char('\0'));
            return key;
        } catch (const StoreKeyError&) {
            throw StoreKeyError("the keychain entry " + name.toStdString() +
                                " does not hold a store key (64 hexadecimal digits); nothing was changed");
        }
    }
    if (!creating) {
        throw StoreKeyError(
            "the key of the store at " + directory.toStdString() + " (store id " + id.toStdString() +
            ") is not in this user's keychain, so the store cannot be opened; it may have been "
            "wiped or made by another user. Nothing was changed");
    }
    const StoreKey key = StoreKey::generate();
    QString hex = QString::fromLatin1(key.toHex());
    const Answer written = call(Call::Write, name, hex);
    hex.fill(QLatin1Char('\0'));
    if (!written.error.isEmpty()) {
        throw StoreKeyError("cannot keep the new store key in the keychain: " + written.error.toStdString() +
                            "; the store was not created");
    }
    return key;
}

void SecretStoreKeyProvider::forget(const QString& directory) const
{
    const QString id = StoreId::read(directory);
    if (id.isEmpty()) {
        return;
    }
    const Answer removed = call(Call::Remove, secretName(id));
    if (!removed.error.isEmpty()) {
        throw StoreKeyError("cannot remove the store key from the keychain: " + removed.error.toStdString());
    }
}

} // namespace akta::store
