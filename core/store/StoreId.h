#pragma once

#include <QString>

namespace akta::store {

// The identity of one local store: a random UUID in the file `store.id` in the store's folder. Keys kept
// outside the folder (the OS keychain) are named by it, not by the path, so a store keeps its key when its
// folder is moved or renamed, and two stores never share a key. The id is not secret.
class StoreId final
{
public:
    static QString filePathFor(const QString& directory);
    // The id of the store in `directory`; empty when it has none (or the file does not hold a UUID).
    static QString read(const QString& directory);
    // The store's id, made (and the folder with it) when it has none. Throws StoreKeyError when the file
    // cannot be written.
    static QString ensure(const QString& directory);
};

} // namespace akta::store
