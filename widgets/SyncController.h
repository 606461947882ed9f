#pragma once

#include "sync/SyncOptions.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace akta::secrets {
class SecretStore;
}

namespace akta::sync {
class SyncWorker;
}

namespace akta::widgets {

// The desktop's sync: runs the engine on its worker thread when asked, shortly after a local
// change, and periodically; keeps the session token in the secret store (never the password);
// reports a state for the status bar. The first login uses the password from AccountDialog.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NotConfigured,
        Offline,
        Syncing,
        Online,
        Conflicts,
        LoginNeeded
    };
    Q_ENUM(State)

    SyncController(const QString& storeDirectory, secrets::SecretStore* secrets, QObject* parent = nullptr);
    ~SyncController() override;

    // The account this store syncs with. An empty server means "not set up".
    void setAccount(const QUrl& server, const QString& user);
    QUrl server() const { return m_server; }
    QString user() const { return m_user; }
    // The session token of the last sync (empty before the first one succeeds).
    QString token() const { return m_token; }
    // Logs in with `password` and syncs; the token is kept in the secret store on success.
    void connectAccount(const QUrl& server, const QString& user, const QString& password);

    State state() const { return m_state; }
    qint64 conflictCount() const { return m_conflicts; }
    QString lastError() const { return m_lastError; }
    void setPeriod(int milliseconds) { m_periodic.setInterval(milliseconds); }
    void setChangeDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }

    static QString secretKey(const QUrl& server, const QString& user);

    // What a content fetch needs to reach the server (the session token of the last sync); false when
    // there is no account or no session yet.
    bool fetchOptions(sync::SyncOptions& options) const;

public slots:
    // Syncs now (or as soon as the running sync ends).
    void syncNow();
    // A local change was made: sync after a short delay, so that a burst of changes goes together.
    void localChange();

signals:
    void stateChanged(akta::widgets::SyncController::State state);
    void progress(const QString& phase, qint64 done, qint64 total);
    // A sync finished and changed the store (new data to show).
    void storeChanged();
    // The server refused the session and there is no password: ask the user (AccountDialog).
    void loginNeeded(const QString& message);
    // Every sync's outcome, for views that wait for one (the ready-to-go check).
    void syncFinished(const akta::sync::SyncSummary& summary);
    void syncFailed(const QString& message);
    // An administrator revoked this device: the store must be closed and wiped (it is marked for it).
    void deviceRevoked(const QString& message);

private:
    void setState(State state);
    void run(const QString& token, const QString& password);
    void onReadToken(const QString& key, const QString& secret, bool found, const QString& error);
    void onFinished(const sync::SyncSummary& summary);
    void onFailed(const QString& message, bool authFailed, bool offline);

    secrets::SecretStore* m_secrets;
    sync::SyncWorker* m_worker;
    QUrl m_server;
    QString m_user;
    QString m_token;
    QString m_lastError;
    State m_state = State::NotConfigured;
    qint64 m_conflicts = 0;
    bool m_again = false;
    bool m_readingToken = false;
    QTimer m_periodic;
    QTimer m_debounce;
};

} // namespace akta::widgets
