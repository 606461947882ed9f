#pragma once

#include "store/StoreKeyProvider.h"

namespace akta::store {

// Reads a store key from a file of 64 hex digits. When a store is created and the file does not exist, a new
// random key is written there, readable and writable by its owner only. One file holds one key: stores that
// share a key file share the key.
class KeyFileProvider final : public StoreKeyProvider
{
public:
    static constexpr const char* kEnvironmentVariable = "AKTA_KEY_FILE";

    explicit KeyFileProvider(QString path);

    StoreKey keyFor(const QString& directory, bool creating) const override;
    // Removes the key file (a wiped store's key must not outlive it).
    void forget(const QString& directory) const override;
    const QString& path() const { return m_path; }

private:
    QString m_path;
};

} // namespace akta::store
