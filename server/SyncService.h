#pragma once

#include <QJsonObject>
#include <QString>

namespace akta::server {

class AccessPolicy;
class ServerBlobStore;
class ServerDatabase;

// The sync protocol: pull by cursor, push with idempotent operations and field-level merge
// (docs/api/openapi.yaml, /changes and /push).
class SyncService final
{
public:
    SyncService(ServerDatabase& db, AccessPolicy& policy, ServerBlobStore& blobs)
        : m_db(db), m_policy(policy), m_blobs(blobs)
    {}

    // The ChangesPage JSON.
    QJsonObject pull(qint64 since, int limit);
    // Validates the whole request first (ApiError 400, nothing stored), then applies each operation
    // in its own transaction. The PushResponse JSON.
    QJsonObject push(const QJsonObject& body);

private:
    struct Operation;
    struct Stored;

    QJsonObject apply(const Operation& op);
    Stored load(const QString& entity, const QString& id);
    // Where the entity belongs (case and unit), or why the user may not write it.
    QString place(const Operation& op, const Stored& current, Stored& next);
    qint64 nextSeq();
    // Why the operation may not make or change a personnel case; empty when it may.
    QString personnelRefusal(const Operation& op, const Stored& current);
    qint64 write(const QString& entity, const QString& id, const Stored& row);
    void afterWrite(const Operation& op, const Stored& current, const Stored& next);

    ServerDatabase& m_db;
    AccessPolicy& m_policy;
    ServerBlobStore& m_blobs;
};

} // namespace akta::server
