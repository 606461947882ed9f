#pragma once

#include "sync/ServerIdentity.h"

#include <QJsonArray>
#include <QJsonObject>

namespace akta::sqlite {
class Database;
}

namespace akta::sync {

// Stores the server's units and users in the local store (so cases can name them) and makes the
// server's user the store's signed-in user, in one transaction.
class DirectoryRefresh final
{
public:
    explicit DirectoryRefresh(sqlite::Database& db) : m_db(db) {}

    ServerIdentity apply(const QJsonObject& me, const QJsonArray& units, const QJsonArray& users);

private:
    sqlite::Database& m_db;
};

} // namespace akta::sync
