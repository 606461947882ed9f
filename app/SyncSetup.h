#pragma once

#include <QObject>

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

signals:
    // The sync changed the store: views reload.
    void storeChanged();

private:
    QString settingsGroup() const;

    QMainWindow* m_window;
    QString m_storeDirectory;
    QString m_databasePath;
    widgets::SyncController* m_controller;
    widgets::SyncStatusWidget* m_status;
};

} // namespace akta::app
