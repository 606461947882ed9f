#pragma once

#include <QModelIndex>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTextBrowser;
class QTreeView;

namespace akta::sqlite {
class Database;
}

namespace akta::kle {
class KleClassifier;
}

namespace akta::models {
class KleFilterProxyModel;
class KleSuggestionModel;
class KleTreeModel;
} // namespace akta::models

namespace akta::widgets {

// Chooses a KLE emne and handlingsfacet: a filter field (number, title or stikord), suggestions
// for the case's title with their reasons, the plan as a tree, and the guidance, legal references
// and retention of the highlighted emne beside it. Usable by keyboard alone: type, Down to the
// suggestions or the tree, arrows to move; the highlighted emne is the chosen one.
class KlePickerWidget final : public QWidget
{
    Q_OBJECT

public:
    KlePickerWidget(sqlite::Database& db, QWidget* parent = nullptr);

    void setClassifier(std::shared_ptr<const kle::KleClassifier> classifier);
    // The case's title (and other words): suggestions follow it.
    void setCaseText(const QString& text);
    void setChosen(const QString& subject, const QString& facet);

    QString chosenSubject() const { return m_chosen; }
    QString chosenFacet() const;
    QLineEdit* filterEdit() const { return m_filter; }

signals:
    void chosenChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadPlan();
    void onFilterChanged();
    void updateSuggestions();
    void choose(const QString& number);
    void showDetails(const QString& number);
    QString firstVisibleSubject(const QModelIndex& parent = {}) const;

    sqlite::Database& m_db;
    std::shared_ptr<const kle::KleClassifier> m_classifier;
    QString m_caseText;
    QString m_chosen;
    bool m_userChose = false;

    QLineEdit* m_filter;
    QLabel* m_suggestionsLabel;
    QListView* m_suggestions;
    QTreeView* m_tree;
    QTextBrowser* m_details;
    QComboBox* m_facet;
    QLabel* m_chosenLabel;
    models::KleTreeModel* m_treeModel;
    models::KleFilterProxyModel* m_proxy;
    models::KleSuggestionModel* m_suggestionModel;
};

} // namespace akta::widgets
