#pragma once

#include "store/StoreKey.h"

#include <QString>

#include <memory>

namespace akta::store {

// Where a store's key comes from: the OS keychain (SecretStoreKeyProvider over QtKeychain,
// KeychainKeyProvider) or, where no keychain exists (a server, CI, a script), the file named by AKTA_KEY_FILE
// (KeyFileProvider). There is never a default key.
class StoreKeyProvider
{
public:
    virtual ~StoreKeyProvider() = default;

    // The key of the store in `directory`. `creating`: the store does not exist yet, so the provider may make
    // and keep a new random key. Throws StoreKeyError when there is no key.
    virtual StoreKey keyFor(const QString& directory, bool creating) const = 0;
    // Removes the key of the store in `directory` (the store is being wiped). Throws StoreKeyError when the
    // key cannot be removed.
    virtual void forget(const QString& directory) const { Q_UNUSED(directory) }

    // The provider for this process: the key file named by AKTA_KEY_FILE; without it, one that refuses
    // with a message saying so.
    static std::unique_ptr<StoreKeyProvider> fromEnvironment();

    // The provider LocalStore uses when none is given: the one installed with installForProcess() (the
    // desktop and akta-cli install the keychain's), else fromEnvironment().
    static const StoreKeyProvider& forProcess();
    static void installForProcess(std::unique_ptr<StoreKeyProvider> provider);
};

} // namespace akta::store
