#pragma once

#include <QObject>
#include <QString>

namespace akta::widgets {

class IdleWatcher;
class LockScreen;
class SyncController;

// Locks the desktop after an idle time (no keyboard or mouse input): the window is covered by a LockScreen
// until the user's password is given again, checked by the server when it answers and else against the
// store's offline verifier (sync::PasswordCheck on a worker thread; the GUI never waits). A store that has
// never logged in to a server has no password to check and is not locked.
class IdleLock final : public QObject
{
    Q_OBJECT

public:
    // QSettings key of the idle time in seconds (default 900 = 15 minutes; 0 turns the lock off).
    static constexpr const char* kSettingsKey = "lock/idleSeconds";
    static constexpr int kDefaultSeconds = 15 * 60;

    IdleLock(QWidget* window, QString storeDirectory, int idleMs, QObject* parent = nullptr);

    // The account the password is checked against online (its server and user); without one, offline only.
    void setSyncController(SyncController* controller) { m_sync = controller; }
    LockScreen* lockScreen() const { return m_screen; }
    bool isLocked() const;

public slots:
    // Locks now when a password is known (the check runs on a worker thread first).
    void lockNow();

signals:
    void locked();
    void unlocked();
    // The server revoked this device while unlocking: the store is marked for wiping.
    void deviceRevoked();

private:
    void check(const QString& password);

    QString m_storeDirectory;
    IdleWatcher* m_watcher;
    LockScreen* m_screen;
    SyncController* m_sync = nullptr;
    bool m_checking = false;
};

} // namespace akta::widgets
