#pragma once

#include <QStringList>
#include <QThread>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QToolButton;
class QTreeView;
class QHBoxLayout;

namespace akta::search {
class SearchWorker;
struct SearchResult;
} // namespace akta::search

namespace akta::models {
class SearchResultModel;
}

namespace akta::widgets {

// Search across all cases: one field with results as you type (each keystroke replaces and cancels the
// query before it; the queries run on a worker thread with a connection of their own), hits grouped by
// case with highlighted snippets, chips for the filters in the query (click one to remove it), sorting by
// relevance or date, and saved searches (QSettings "search/saved").
//
// Keyboard: Down in the field goes to the results, Up on the first result back to the field; Enter on a
// hit opens it; Enter in the field opens a typed case or CPR number directly, otherwise the first hit
// (Enter before the answer to what is typed has come acts when it comes, never on an older answer);
// Escape clears the field.
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(const QString& databasePath, QWidget* parent = nullptr);
    ~SearchPanel() override;

    QLineEdit* searchField() const { return m_field; }
    models::SearchResultModel* resultModel() const { return m_model; }

public slots:
    // Puts the cursor in the field with its text selected.
    void focusSearch();
    void setQuery(const QString& text);

signals:
    void openDocumentRequested(const QString& caseId, const QString& documentId, const QStringList& terms);
    void openCaseRequested(const QString& caseId);
    void openPersonRequested(const QString& partyId);
    // A result (or an error) is shown; for tests and status bars.
    void resultShown(int hits);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void showResult(quint64 generation, const search::SearchResult& result);
    void showError(quint64 generation, const QString& message);
    void openIndex(const QModelIndex& index);
    void openFirst();
    void updateChips();
    void rebuildSavedMenu();
    void saveCurrentSearch();

    QLineEdit* m_field;
    QComboBox* m_sort;
    QToolButton* m_saved;
    QWidget* m_chips;
    QHBoxLayout* m_chipLayout;
    QTreeView* m_results;
    QLabel* m_status;
    models::SearchResultModel* m_model;
    QThread m_thread;
    search::SearchWorker* m_worker;
    quint64 m_latest = 0;
    quint64 m_shown = 0;          // the generation whose answer (or error) is shown
    bool m_openWhenShown = false; // Enter was pressed before the answer to m_latest came
    QString m_directCaseId;
    QString m_directPartyId;
};

} // namespace akta::widgets
