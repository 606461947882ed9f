#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;

namespace akta::store {
class LocalStore;
}
namespace akta::models {
class CaseListModel;
}
namespace akta::sync {
class ContentFetchWorker;
}
namespace akta::widgets {
class CaseDetailWidget;
class SyncController;
} // namespace akta::widgets

namespace akta::app {

// The Offline menu: keep the case in view offline (or all cases of its primary party), and "Ready to
// go", the check that fetches what is missing. Keeps the offline marks of the case list and the case
// view up to date (read on a worker thread after each sync and each change), and gives the document
// preview its on-demand fetcher.
class OfflineActions final : public QObject
{
    Q_OBJECT

public:
    OfflineActions(store::LocalStore& store, models::CaseListModel* model, widgets::CaseDetailWidget* detail,
                   widgets::SyncController* sync, QMainWindow* window);

    void addTo(QMenu* menu);

public slots:
    // Reads the offline cases again and updates the marks.
    void refresh();
    void toggleCurrentCase(bool keep);
    void keepPartyCases();
    void showReadyCheck();

private:
    struct State
    {
        QSet<QString> cases;
        QDateTime lastSync;
        QString error;
    };
    // Runs a change of the pins on a worker thread, then refreshes.
    void changePins(std::function<void(const QString& databasePath)> change);
    void present(const State& state);
    void updateCurrent();

    store::LocalStore& m_store;
    models::CaseListModel* m_model;
    widgets::CaseDetailWidget* m_detail;
    widgets::SyncController* m_sync;
    QMainWindow* m_window;
    sync::ContentFetchWorker* m_fetcher;
    QFutureWatcher<State> m_watcher;
    State m_state;
    bool m_refreshAgain = false;
    QAction* m_keepCase = nullptr;
    QAction* m_keepParty = nullptr;
    QAction* m_ready = nullptr;
};

} // namespace akta::app
