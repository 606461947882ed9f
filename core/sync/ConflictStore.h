#pragma once

#include "sync/SyncConflict.h"

#include <QHash>
#include <QList>

#include <optional>

namespace akta::sqlite {
class Database;
}

namespace akta::sync {

// The conflicts table: operations the server answered with `conflict` or `rejected`, kept with
// both versions until the user chooses. Resolving writes the chosen values and queues what is
// still ours as a new operation on the server's rev, in one transaction.
class ConflictStore final
{
public:
    explicit ConflictStore(sqlite::Database& db) : m_db(db) {}

    // Caller holds the transaction.
    void add(const SyncConflict& conflict);
    QList<SyncConflict> list();
    std::optional<SyncConflict> find(qint64 id);
    qint64 count();

    // `keepLocal` names the conflicting fields where the user keeps this desktop's value; the
    // others take the server's. Fields of ours that did not conflict are pushed again too.
    void resolve(qint64 id, const QStringList& keepLocal);
    // Forgets a rejected operation (or a conflict, keeping the server's version).
    void dismiss(qint64 id);

    static QJsonObject toJson(const SyncConflict& conflict);

private:
    sqlite::Database& m_db;
};

} // namespace akta::sync
