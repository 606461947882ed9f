#include "SyncSetup.h"

#include "AccountDialog.h"
#include "AuditLogDialog.h"
#include "ConflictDialog.h"
#include "IdleLock.h"
#include "KeychainSecretStore.h"
#include "SyncController.h"
#include "SyncStatusWidget.h"
#include "directory/Directory.h"
#include "sqlite/Database.h"
#include "store/LocalStore.h"
#include "sync/ConflictStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::app {

SyncSetup::SyncSetup(QMainWindow* window, store::LocalStore& store, QMenu* menu)
    : QObject(window), m_window(window), m_storeDirectory(store.directory()),
      m_databasePath(store.databasePath()),
      m_controller(
          new widgets::SyncController(store.directory(), new keychain::KeychainSecretStore(this), this)),
      m_status(new widgets::SyncStatusWidget(m_controller, window))
{
    window->statusBar()->addPermanentWidget(m_status);
    QAction* account = menu->addAction(tr("&Connect to server…"), this, [this] { showAccountDialog(); });
    account->setObjectName(QStringLiteral("connectAction"));
    QAction* sync = menu->addAction(tr("&Sync now"), m_controller, &widgets::SyncController::syncNow);
    sync->setObjectName(QStringLiteral("syncAction"));
    sync->setShortcut(QKeySequence(Qt::Key_F5));

    m_auditAction = menu->addAction(tr("&Audit log…"), this, &SyncSetup::showAuditLog);
    m_auditAction->setObjectName(QStringLiteral("auditLogAction"));
    m_auditAction->setToolTip(tr("Who read, changed and exported what, in the cases of your area"));
    m_auditAction->setEnabled(false);
    connect(m_controller, &widgets::SyncController::storeChanged, this, &SyncSetup::updateAuditAction);
    connect(m_controller, &widgets::SyncController::stateChanged, this, &SyncSetup::updateAuditAction);
    updateAuditAction();

    connect(m_status, &widgets::SyncStatusWidget::accountRequested, this, [this] { showAccountDialog(); });
    connect(m_status, &widgets::SyncStatusWidget::conflictsRequested, this, &SyncSetup::showConflicts);
    connect(m_controller, &widgets::SyncController::storeChanged, this, &SyncSetup::storeChanged);
    // A revoked device: nothing more is shown; main() closes the store, wipes it and says why.
    const auto revoked = [this] {
        m_window->hide();
        QCoreApplication::quit();
    };
    connect(m_controller, &widgets::SyncController::deviceRevoked, this, revoked);
    // The idle lock: after lock/idleSeconds without input (15 minutes; 0: off) the password is asked again.
    const int idleSeconds =
        QSettings()
            .value(QLatin1String(widgets::IdleLock::kSettingsKey), widgets::IdleLock::kDefaultSeconds)
            .toInt();
    if (idleSeconds > 0) {
        auto* lock = new widgets::IdleLock(window, store.directory(), idleSeconds * 1000, this);
        lock->setSyncController(m_controller);
        connect(lock, &widgets::IdleLock::deviceRevoked, this, revoked);
    }

    QSettings settings;
    settings.beginGroup(settingsGroup());
    const QUrl server(settings.value(QStringLiteral("server")).toString());
    if (!server.isEmpty()) {
        m_controller->setAccount(server, settings.value(QStringLiteral("user")).toString());
        m_controller->syncNow();
    }
}

QString SyncSetup::settingsGroup() const
{
    // One account per store; the key is a hash of its folder (no path characters in QSettings keys).
    return QStringLiteral("sync/") +
           QString::fromLatin1(QCryptographicHash::hash(m_storeDirectory.toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16));
}

void SyncSetup::localChange()
{
    m_controller->localChange();
}

void SyncSetup::showAccountDialog(const QString& message)
{
    widgets::AccountDialog dialog(m_window);
    dialog.setServer(m_controller->server().toString());
    dialog.setUser(m_controller->user());
    dialog.showError(message.isEmpty() ? m_controller->lastError() : message);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("server"), dialog.server().toString());
    settings.setValue(QStringLiteral("user"), dialog.user());
    m_controller->connectAccount(dialog.server(), dialog.user(), dialog.password());
}

void SyncSetup::showConflicts()
{
    // Read on a worker thread; the dialog opens when the list is there.
    auto* watcher = new QFutureWatcher<QList<sync::SyncConflict>>(this);
    connect(watcher, &QFutureWatcher<QList<sync::SyncConflict>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QList<sync::SyncConflict> conflicts = watcher->result();
        for (const sync::SyncConflict& conflict : conflicts) {
            if (conflict.rejected) {
                QMessageBox::warning(m_window, tr("Change refused"),
                                     tr("The server refused a change: %1").arg(conflict.reason));
                continue;
            }
            widgets::ConflictDialog dialog(conflict, m_window);
            if (dialog.exec() != QDialog::Accepted) {
                return;
            }
            const QString path = m_databasePath;
            const qint64 id = conflict.id;
            const QStringList keep = dialog.keepLocal();
            auto* resolved = new QFutureWatcher<QString>(this);
            connect(resolved, &QFutureWatcher<QString>::finished, this, [this, resolved] {
                resolved->deleteLater();
                if (!resolved->result().isEmpty()) {
                    m_window->statusBar()->showMessage(
                        tr("The conflict could not be resolved: %1").arg(resolved->result()));
                }
                emit storeChanged();
                m_controller->syncNow();
            });
            resolved->setFuture(QtConcurrent::run([path, id, keep]() -> QString {
                try {
                    sqlite::Database db(path);
                    sync::ConflictStore(db).resolve(id, keep);
                    return {};
                } catch (const std::exception& error) {
                    return QString::fromUtf8(error.what());
                }
            }));
        }
        // The rejected ones have been shown; they stay listed until dismissed with akta-cli.
    });
    const QString path = m_databasePath;
    watcher->setFuture(QtConcurrent::run([path] {
        sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
        return sync::ConflictStore(db).list();
    }));
}

void SyncSetup::updateAuditAction()
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString role = watcher->result();
        m_auditAction->setEnabled(role == QLatin1String("leader") || role == QLatin1String("dpo"));
    });
    const QString path = m_databasePath;
    watcher->setFuture(QtConcurrent::run([path]() -> QString {
        try {
            sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
            const auto user = directory::Directory(db).currentUser();
            return user ? user->role : QString();
        } catch (const std::exception&) {
            return {};
        }
    }));
}

void SyncSetup::showAuditLog()
{
    if (m_controller->token().isEmpty()) {
        QMessageBox::information(m_window, tr("Audit log"),
                                 tr("The audit log is read from the server: connect and sync first."));
        return;
    }
    sync::SyncOptions account;
    account.server = m_controller->server();
    account.username = m_controller->user();
    account.token = m_controller->token();
    account.device = QSysInfo::machineHostName();
    widgets::AuditLogDialog dialog(m_storeDirectory, account, m_window);
    connect(&dialog, &widgets::AuditLogDialog::exported, this, &SyncSetup::localChange);
    dialog.refresh();
    dialog.exec();
}

void SyncSetup::reportExport(const sync::ExportEvent& event)
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!watcher->result().isEmpty()) {
            qWarning("the export could not be queued for the audit log: %s", qPrintable(watcher->result()));
            return;
        }
        localChange(); // reported at the next sync
    });
    const QString path = m_databasePath;
    watcher->setFuture(QtConcurrent::run([path, event]() -> QString {
        try {
            sqlite::Database db(path);
            sync::AuditOutbox(db).append(event, QSysInfo::machineHostName());
            return {};
        } catch (const std::exception& error) {
            return QString::fromUtf8(error.what());
        }
    }));
}

} // namespace akta::app
