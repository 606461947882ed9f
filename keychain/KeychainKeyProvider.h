#pragma once

#include "store/StoreKeyProvider.h"

#include <memory>

namespace akta::keychain {

class KeychainSecretStore;

// Store keys in the OS keychain (SecretStoreKeyProvider over KeychainSecretStore).
class KeychainKeyProvider final : public store::StoreKeyProvider
{
public:
    KeychainKeyProvider();
    ~KeychainKeyProvider() override;

    store::StoreKey keyFor(const QString& directory, bool creating) const override;
    void forget(const QString& directory) const override;

    // What akta and akta-cli use: the key file named by AKTA_KEY_FILE when it is set (servers, CI,
    // scripts), else the OS keychain.
    static std::unique_ptr<store::StoreKeyProvider> forThisProcess();

private:
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<store::StoreKeyProvider> m_keys;
};

} // namespace akta::keychain
