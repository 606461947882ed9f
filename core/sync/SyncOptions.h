#pragma once

#include "sync/RetryPolicy.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace akta::sync {

// What one sync needs: where the server is and how to log in (a session token from the keychain,
// or a user name and password, or both: the password is used when the token no longer works).
struct SyncOptions
{
    QUrl server;
    QString username;
    QString password;
    QString token;
    QString device;
    // Changes per pull page: the most the server gives (fewer round trips and transactions on a
    // first sync; a page is a few MB of JSON).
    int pageSize = 5000;
    int pushBatchSize = 200;
    int idleTimeoutMs = 30000;
    // After a password login, keep an Argon2id verifier of the password in the store (the desktop's idle
    // lock checks it offline); off for scripts, where nothing locks.
    bool keepPasswordVerifier = false;
    RetryPolicy retry;
};

// What one sync did: operations pushed and taken, changes pulled, conflicts open, the new cursor.
struct SyncSummary
{
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
    qint64 cursor = 0;
    QString token;             // the session token used (new after a login)
    qint64 reported = 0;       // exports reported to the server's audit log
    qint64 fetched = 0;        // document contents of offline cases downloaded
    qint64 offlineMissing = 0; // document versions of offline cases still without content here
    QStringList fetchFailures; // "what: why" for each content that could not be downloaded
};

} // namespace akta::sync
