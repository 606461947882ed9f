#pragma once

#include <QString>

namespace akta::sqlite {
class Database;
}

namespace akta::directory {

// Makes sure a store has a signed-in user. A new personal store gets a unit and a user named after
// the desktop account until sign-in against the server exists; returns the user's id.
class LocalAccount final
{
public:
    static QString ensure(sqlite::Database& db);
};

} // namespace akta::directory
