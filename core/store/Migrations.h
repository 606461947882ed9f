#pragma once

#include <QString>
#include <QStringList>

namespace akta::sqlite {
class Database;
}

namespace akta::store {

// Numbered schema migrations for the local store. Migration N brings `PRAGMA user_version` from
// N-1 to N; each runs in its own transaction together with the version bump, so a crash leaves
// the store at the last whole version.
class Migrations final
{
public:
    static int latestVersion();
    // Runs every migration after the store's version. Throws if the store is newer than this build.
    static void migrate(sqlite::Database& db);

private:
    static const QStringList& steps();
};

} // namespace akta::store
