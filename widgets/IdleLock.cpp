#include "IdleLock.h"

#include "IdleWatcher.h"
#include "LockScreen.h"
#include "SyncController.h"
#include "sqlite/Database.h"
#include "store/LocalStore.h"
#include "store/PasswordVerifier.h"
#include "sync/PasswordCheck.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::widgets {

IdleLock::IdleLock(QWidget* window, QString storeDirectory, int idleMs, QObject* parent)
    : QObject(parent), m_storeDirectory(std::move(storeDirectory)), m_watcher(new IdleWatcher(idleMs, this)),
      m_screen(new LockScreen(window))
{
    connect(m_watcher, &IdleWatcher::idle, this, &IdleLock::lockNow);
    connect(m_screen, &LockScreen::unlockRequested, this, &IdleLock::check);
}

bool IdleLock::isLocked() const
{
    return m_screen->isLocked();
}

void IdleLock::lockNow()
{
    if (m_screen->isLocked() || m_checking) {
        return;
    }
    // Whether a password is known is read on a worker thread; the lock follows within moments.
    m_checking = true;
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_checking = false;
        if (!watcher->result() && !(m_sync && !m_sync->server().isEmpty())) {
            return;
        }
        m_screen->lock(m_sync ? m_sync->user() : QString());
        emit locked();
    });
    const QString path = store::LocalStore::databasePathFor(m_storeDirectory);
    watcher->setFuture(QtConcurrent::run([path] {
        try {
            sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
            return store::PasswordVerifier::isKnown(db);
        } catch (const std::exception&) {
            return false;
        }
    }));
}

void IdleLock::check(const QString& password)
{
    const QUrl server = m_sync ? m_sync->server() : QUrl();
    const QString user = m_sync ? m_sync->user() : QString();
    const QString directory = m_storeDirectory;
    auto* watcher = new QFutureWatcher<sync::PasswordCheck::Result>(this);
    connect(watcher, &QFutureWatcher<sync::PasswordCheck::Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const sync::PasswordCheck::Result result = watcher->result();
        switch (result.outcome) {
        case sync::PasswordCheck::Outcome::Accepted:
            m_screen->unlock();
            m_watcher->restart();
            emit unlocked();
            break;
        case sync::PasswordCheck::Outcome::Wrong:
            m_screen->showError(tr("Wrong password. Try again."));
            break;
        case sync::PasswordCheck::Outcome::NoPassword:
            m_screen->showError(tr("The password cannot be checked without a connection to the server."));
            break;
        case sync::PasswordCheck::Outcome::Revoked:
            m_screen->showError(tr("This computer has been blocked by an administrator."));
            emit deviceRevoked();
            break;
        }
    });
    watcher->setFuture(QtConcurrent::run([directory, server, user, password] {
        return sync::PasswordCheck::check(directory, server, user, password);
    }));
}

} // namespace akta::widgets
