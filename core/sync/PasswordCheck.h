#pragma once

#include <QString>
#include <QUrl>

namespace akta::sync {

// Checks the user's password to unlock the idle-locked desktop: against the server when it answers (a login
// with this store's device id; a revoked device is told so), else against the store's offline verifier
// (store::PasswordVerifier). Blocks: call from a worker thread. The store must be open in this process (its
// key is in the key ring).
class PasswordCheck final
{
public:
    enum class Outcome
    {
        Accepted,
        Wrong,
        Revoked,   // the server revoked this device: the store is marked for wiping
        NoPassword // offline and no verifier kept: the password cannot be checked
    };

    struct Result
    {
        Outcome outcome = Outcome::Wrong;
        bool online = false; // checked by the server
        QString message;     // why, in English, for the log
    };

    // `server` empty: offline only.
    static Result check(const QString& storeDirectory, const QUrl& server, const QString& user,
                        const QString& password, int timeoutMs = 10000);
};

} // namespace akta::sync
