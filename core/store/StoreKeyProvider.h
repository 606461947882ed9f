#pragma once

#include "store/StoreKey.h"

#include <QString>

#include <memory>

namespace akta::store {

// Where a store's key comes from. The OS keychain (QtKeychain) will be one implementation; where no keychain
// exists (a server, CI, a script) KeyFileProvider reads the file named by AKTA_KEY_FILE. There is never a
// default key.
class StoreKeyProvider
{
public:
    virtual ~StoreKeyProvider() = default;

    // The key of the store in `directory`. `creating`: the store does not exist yet, so the provider may make
    // and keep a new random key. Throws StoreKeyError when there is no key.
    virtual StoreKey keyFor(const QString& directory, bool creating) const = 0;

    // The provider for this process: the key file named by AKTA_KEY_FILE; without it, one that refuses
    // with a message saying so.
    static std::unique_ptr<StoreKeyProvider> fromEnvironment();
};

} // namespace akta::store
