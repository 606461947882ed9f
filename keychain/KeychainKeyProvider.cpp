#include "KeychainKeyProvider.h"

#include "KeychainSecretStore.h"
#include "store/KeyFileProvider.h"
#include "store/SecretStoreKeyProvider.h"

namespace akta::keychain {

KeychainKeyProvider::KeychainKeyProvider()
    : m_secrets(std::make_unique<KeychainSecretStore>()),
      m_keys(std::make_unique<store::SecretStoreKeyProvider>(*m_secrets))
{}

KeychainKeyProvider::~KeychainKeyProvider() = default;

store::StoreKey KeychainKeyProvider::keyFor(const QString& directory, bool creating) const
{
    return m_keys->keyFor(directory, creating);
}

void KeychainKeyProvider::forget(const QString& directory) const
{
    m_keys->forget(directory);
}

std::unique_ptr<store::StoreKeyProvider> KeychainKeyProvider::forThisProcess()
{
    const QString keyFile = qEnvironmentVariable(store::KeyFileProvider::kEnvironmentVariable);
    if (!keyFile.isEmpty()) {
        return std::make_unique<store::KeyFileProvider>(keyFile);
    }
    return std::make_unique<KeychainKeyProvider>();
}

} // namespace akta::keychain
