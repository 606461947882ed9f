#pragma once

#include "blobs/BlobStore.h"
#include "sync/Outbox.h"
#include "sync/ServerIdentity.h"

#include <QJsonArray>
#include <QString>

#include <functional>

namespace akta::sqlite {
class Database;
}

namespace akta::sync {

class ServerApi;

// Pushes the outbox in order: the blobs a batch needs first, then the batch; each answer is stored
// in one transaction that removes the operation and writes the server's rev and fields (or keeps a
// conflict or rejection). A push killed before that transaction is repeated with the same opIds,
// which the server answers as before.
class OutboxPusher final
{
public:
    struct Counts
    {
        qint64 pushed = 0;
        qint64 conflicts = 0;
        qint64 rejected = 0;
    };

    OutboxPusher(sqlite::Database& db, ServerApi& api, blobs::BlobStore blobs, ServerIdentity identity)
        : m_db(db), m_api(api), m_blobs(std::move(blobs)), m_identity(std::move(identity))
    {}

    void setBatchSize(int size) { m_batchSize = size; }
    // (operations done, operations known at the start)
    void setProgress(std::function<void(qint64, qint64)> progress) { m_progress = std::move(progress); }

    Counts pushAll();

private:
    struct Prepared
    {
        QJsonArray wire;
        QList<OutboxOperation> ops; // one per wire entry; seq 0 for a synthesised party operation
    };

    Prepared prepare(const QList<OutboxOperation>& batch);
    void addPartiesOf(const OutboxOperation& op, Prepared& prepared);
    void uploadBlobs(const Prepared& prepared);
    QJsonArray send(const Prepared& prepared);
    void store(const Prepared& prepared, const QJsonArray& results, Counts& counts);

    sqlite::Database& m_db;
    ServerApi& m_api;
    blobs::BlobStore m_blobs;
    ServerIdentity m_identity;
    int m_batchSize = 200;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace akta::sync
