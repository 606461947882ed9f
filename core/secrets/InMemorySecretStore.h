#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace akta::secrets {

// Secrets in memory only, for tests and headless runs. Answers through queued signals, like the
// keychain, so that callers are tested the way they run.
class InMemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString& key) override;
    void write(const QString& key, const QString& secret) override;
    void remove(const QString& key) override;

    bool contains(const QString& key) const { return m_secrets.contains(key); }
    QString value(const QString& key) const { return m_secrets.value(key); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace akta::secrets
