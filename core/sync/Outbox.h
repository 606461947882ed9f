#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::sync {

// One queued local change, as pushed: {opId, entity, id, baseRev, fields}.
struct OutboxOperation
{
    qint64 seq = 0;
    QString opId;
    QString entity;
    QString entityId;
    qint64 baseRev = 0;
    QJsonObject fields;
};

// The queue of local changes waiting to be pushed. append() is called inside the transaction that
// writes the change itself, so a change and its operation are stored together or not at all.
class Outbox final
{
public:
    explicit Outbox(sqlite::Database& db) : m_db(db) {}

    // Returns the opId (a new UUID) of the queued operation.
    QString append(const QString& entity, const QString& entityId, qint64 baseRev, const QJsonObject& fields);
    qint64 pendingCount();

    // The oldest operations in order, at most `limit`, stopping before a second operation on an
    // entity already in the batch (it must be pushed on the rev the first one gets).
    QList<OutboxOperation> nextBatch(int limit);
    void remove(const QString& opId);
    // After an operation on `entityId` got `rev` on the server, later operations on it that were
    // made on an older rev are made on `rev` (they were made after it, on this desktop).
    void rebase(const QString& entityId, qint64 afterSeq, qint64 rev);
    // The same after a `merged` answer (the server had other changes since the operation's base): only
    // later operations that change one of `fields` are moved to `rev` (they were made on top of this
    // desktop's own change of those fields). The others keep their base, so that a field the server
    // changed meanwhile is still found to conflict rather than silently overwritten.
    void rebaseOverlapping(const QString& entityId, qint64 afterSeq, qint64 rev, const QStringList& fields);

private:
    sqlite::Database& m_db;
};

} // namespace akta::sync
