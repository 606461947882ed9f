#pragma once

#include "sync/AuditOutbox.h"

#include <QObject>

class QAction;

class QMainWindow;
class QMenu;

namespace akta::store {
class LocalStore;
}

namespace akta::widgets {
class SyncController;
class SyncStatusWidget;
} // namespace akta::widgets

namespace akta::app {

// Wires the desktop's sync into the main window: the status bar corner, "Connect to server…" in
// a menu, the account kept in QSettings (server and user; the token in the keychain), the
// conflict dialog, and a sync at start, after local changes and periodically.
class SyncSetup final : public QObject
{
    Q_OBJECT

public:
    SyncSetup(QMainWindow* window, store::LocalStore& store, QMenu* menu);

    widgets::SyncController* controller() const { return m_controller; }

public slots:
    void localChange();
    void showAccountDialog(const QString& message = QString());
    void showConflicts();
    // The audit log ("Revisionslog") for leaders and the data protection officer.
    void showAuditLog();
    // An export (a copy saved, opened in a program) is queued for the server's audit log.
    void reportExport(const akta::sync::ExportEvent& event);

signals:
    // The sync changed the store: views reload.
    void storeChanged();

private:
    QString settingsGroup() const;
    // Reads the signed-in user's role (off the GUI thread) and enables the audit log for leaders and the DPO.
    void updateAuditAction();

    QMainWindow* m_window;
    QString m_storeDirectory;
    QString m_databasePath;
    widgets::SyncController* m_controller;
    widgets::SyncStatusWidget* m_status;
    QAction* m_auditAction = nullptr;
};

} // namespace akta::app
