#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

namespace akta::store {
class LocalStore;
}

namespace akta::kle {
class KleClassifier;
}

namespace akta::models {
class CaseListModel;
}

namespace akta::widgets {
class CaseDetailWidget;
class CreateCaseDialog;
class CaseListView;
} // namespace akta::widgets

class QSplitter;

namespace akta::app {

class SyncSetup;

// The main window: the case list beside the open case, a menu and a status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(store::LocalStore& store, const QString& userId, QWidget* parent = nullptr);

    widgets::CaseListView* caseList() const { return m_list; }

public slots:
    void createCase();
    void reclassifyCase();
    void changeRetention();
    void copyCaseStructure();
    void journalFiles(const QString& caseId, const QStringList& files);
    void showCitizenOverview();

signals:
    // The first page of cases is in the list (emitted once, after the list has been laid out).
    void firstPageShown(int rows);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void restoreState();
    void showAbout();
    void learnFrom(const QString& caseId);
    void finishCreateCase(widgets::CreateCaseDialog& dialog);

    store::LocalStore& m_store;
    QString m_userId;
    models::CaseListModel* m_model;
    widgets::CaseListView* m_list;
    widgets::CaseDetailWidget* m_detail;
    QSplitter* m_splitter;
    bool m_firstPageReported = false;
    SyncSetup* m_sync = nullptr;
    // Built on a worker thread at start; the dialogs work without it until it is ready.
    std::shared_ptr<kle::KleClassifier> m_classifier;
    QFutureWatcher<std::shared_ptr<kle::KleClassifier>> m_classifierWatcher;
    QAction* m_reclassifyAction = nullptr;
    QAction* m_retentionAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_overviewAction = nullptr;
};

} // namespace akta::app
