#pragma once

#include "secrets/SecretStore.h"

namespace akta::keychain {

// Secrets in the OS keychain through QtKeychain (Windows Credential Manager, macOS Keychain,
// Secret Service on Linux), under the service name "Akta". No insecure fallback: when there is no
// keychain, the error says so and nothing is written elsewhere.
class KeychainSecretStore final : public secrets::SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString& key) override;
    void write(const QString& key, const QString& secret) override;
    void remove(const QString& key) override;
};

} // namespace akta::keychain
