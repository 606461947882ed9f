#pragma once

#include <QString>
#include <QStringList>

namespace akta::store {

class StoreKeyProvider;

// Wipes a local store for good: its key (keychain entry or key file) first, so that what cannot be deleted is
// unreadable at once, then the database with its WAL, shared-memory and journal files, the blob folder and
// the store id. Used when the server revokes the device and when offline data expires. A marker file written
// before the wipe makes an interrupted wipe finish at the next start (StoreGuard).
class StoreWipe final
{
public:
    // What could not be removed (empty: all gone). The store must not be open in this process.
    static QStringList wipe(const QString& directory, const StoreKeyProvider& keys);

    // Records that the store must be wiped (the server revoked the device while the store was open).
    static void markPending(const QString& directory);
    static bool isPending(const QString& directory);
    static QString markerPathFor(const QString& directory);
};

} // namespace akta::store
