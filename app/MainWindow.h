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

namespace akta::extraction {
class ExtractionQueue;
}

namespace akta::models {
class CaseListModel;
}

namespace akta::widgets {
class CaseDetailWidget;
class CreateCaseDialog;
class CaseListView;
class SearchPanel;
} // namespace akta::widgets

class QLabel;
class QDockWidget;
class QSplitter;

namespace akta::app {

class DocumentActions;
class OfflineActions;
class SyncSetup;

// The main window: the case list beside the open case, a menu and a status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(store::LocalStore& store, const QString& userId, QWidget* parent = nullptr);

    widgets::CaseListView* caseList() const { return m_list; }
    widgets::SearchPanel* searchPanel() const { return m_search; }

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
    // A search hit in a document was opened: show the document with `terms` found (document preview).
    void openDocumentRequested(const QString& caseId, const QString& documentId, const QStringList& terms);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createSearch();
    void restoreState();
    void showAbout();
    void learnFrom(const QString& caseId);
    void startTextExtraction();
    void finishCreateCase(widgets::CreateCaseDialog& dialog);

    store::LocalStore& m_store;
    QString m_userId;
    models::CaseListModel* m_model;
    widgets::CaseListView* m_list;
    widgets::CaseDetailWidget* m_detail;
    QSplitter* m_splitter;
    extraction::ExtractionQueue* m_extraction;
    QLabel* m_extractionLabel;
    widgets::SearchPanel* m_search = nullptr;
    QDockWidget* m_searchDock = nullptr;
    bool m_firstPageReported = false;
    SyncSetup* m_sync = nullptr;
    // Built on a worker thread at start; the dialogs work without it until it is ready.
    std::shared_ptr<kle::KleClassifier> m_classifier;
    QFutureWatcher<std::shared_ptr<kle::KleClassifier>> m_classifierWatcher;
    QAction* m_reclassifyAction = nullptr;
    QAction* m_retentionAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_overviewAction = nullptr;
    DocumentActions* m_documentActions;
    OfflineActions* m_offlineActions = nullptr;
};

} // namespace akta::app
