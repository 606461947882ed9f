#pragma once

#include <QJsonObject>
#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::sync {

// The queue of local changes waiting to be pushed. append() is called inside the transaction that
// writes the change itself, so a change and its operation are stored together or not at all.
class Outbox final
{
public:
    explicit Outbox(sqlite::Database& db) : m_db(db) {}

    // Returns the opId (a new UUID) of the queued operation.
    QString append(const QString& entity, const QString& entityId, qint64 baseRev, const QJsonObject& fields);
    qint64 pendingCount();

private:
    sqlite::Database& m_db;
};

} // namespace akta::sync
