#include "secrets/InMemorySecretStore.h"

#include <QTimer>

namespace akta::secrets {

void InMemorySecretStore::read(const QString& key)
{
    const bool found = m_secrets.contains(key);
    const QString secret = m_secrets.value(key);
    QTimer::singleShot(0, this, [this, key, secret, found] { emit readDone(key, secret, found, QString()); });
}

void InMemorySecretStore::write(const QString& key, const QString& secret)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [this, key] { emit writeDone(key, QString()); });
}

void InMemorySecretStore::remove(const QString& key)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [this, key] { emit removeDone(key, QString()); });
}

} // namespace akta::secrets
