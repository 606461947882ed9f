#pragma once

#include "blobs/BlobStore.h"
#include "offline/OfflineStatus.h"

#include <QStringList>

namespace akta::sqlite {
class Database;
}

namespace akta::offline {

// Counts what the given cases hold (documents, versions, bytes) and which versions' content is not in
// the blob store; reads sync_state for when the store last synced and was last found ready.
class OfflineInventory final
{
public:
    OfflineInventory(sqlite::Database& db, blobs::BlobStore blobs);

    OfflineStatus status(const QStringList& caseIds);
    // Remembers that a check found everything on this computer now.
    void markChecked();

    static QString lastSync(sqlite::Database& db);

private:
    sqlite::Database& m_db;
    blobs::BlobStore m_blobs;
};

} // namespace akta::offline
