#pragma once

#include <QDateTime>

namespace akta::sqlite {
class Database;
}

namespace akta::store {

// Offline data expires: a store that has not reached the server for `offlineDays` (a server setting, sent at
// login and in /me, kept in the store; 30 by default) is wiped at the next start or command, for a lost
// laptop. The last successful contact is recorded at every sync. A store that never reached a server does not
// expire. "now" is always given, so that tests control the clock.
class StoreExpiry final
{
public:
    static constexpr int kDefaultDays = 30;

    struct Status
    {
        bool expired = false;
        int offlineDays = kDefaultDays;
        QDateTime lastContact; // invalid: never
        qint64 unsyncedOperations = 0;
    };

    static Status check(sqlite::Database& db, const QDateTime& now);
    // After a successful contact with the server; `offlineDays` < 1 keeps the setting the store has.
    static void recordContact(sqlite::Database& db, const QDateTime& now, int offlineDays);
};

} // namespace akta::store
