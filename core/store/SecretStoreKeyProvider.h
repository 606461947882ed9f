#pragma once

#include "store/StoreKeyProvider.h"

namespace akta::secrets {
class SecretStore;
}

namespace akta::store {

// Store keys in a secret store: the OS keychain in the desktop and akta-cli (KeychainKeyProvider), memory in
// tests. One random key per store, named `store-key/<store id>` by the id in the store's folder (StoreId),
// never written anywhere in plain. The secret store answers through signals; this provider waits for the
// answer in a local event loop (the store is opened before any window shows; a keychain that does not answer
// within the timeout is an error, not a hang).
class SecretStoreKeyProvider final : public StoreKeyProvider
{
public:
    explicit SecretStoreKeyProvider(secrets::SecretStore& secrets, int timeoutMs = 120000);

    StoreKey keyFor(const QString& directory, bool creating) const override;
    void forget(const QString& directory) const override;

    static QString secretName(const QString& storeId);

private:
    struct Answer
    {
        bool done = false;
        bool found = false;
        QString secret;
        QString error;
    };
    enum class Call
    {
        Read,
        Write,
        Remove
    };
    Answer call(Call what, const QString& name, const QString& secret = QString()) const;

    secrets::SecretStore& m_secrets;
    int m_timeoutMs;
};

} // namespace akta::store
