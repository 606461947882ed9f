#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace akta::store {

class StoreKeyProvider;

// What akta (at start) and akta-cli (before every command on a store) do before they open a store: finish
// a wipe the server asked for (a revoked device), or wipe a store whose offline data has expired
// (StoreExpiry). The caller tells the user what happened, with the number of unsynced changes lost.
class StoreGuard final
{
public:
    enum class Action
    {
        None,
        WipedRevoked,
        WipedExpired
    };

    struct Verdict
    {
        Action action = Action::None;
        qint64 lostOperations = 0;
        int offlineDays = 0;
        QDateTime lastContact;
        QStringList failures; // what could not be removed
    };

    // `now` is injected (tests control the clock). Throws what LocalStore throws when the store cannot be
    // opened to check it (a missing key): nothing is wiped then.
    static Verdict enforce(const QString& directory, const StoreKeyProvider& keys, const QDateTime& now);

    // One English sentence for akta-cli and the logs.
    static QString describe(const Verdict& verdict);
};

} // namespace akta::store
