#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace akta::models {
class CaseListModel;
}

namespace akta::widgets {

// The case list: a filter field, a status filter and the table of cases, loaded in pages as the
// user scrolls. Emits caseSelected() when the current case changes.
class CaseListView final : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListView(models::CaseListModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    // Selects the case once it is loaded (after a reload it may arrive a moment later).
    void selectCase(const QString& id);

signals:
    void caseSelected(const QString& id);

private:
    void updateCount();
    void applyPendingSelection();

    models::CaseListModel* m_model;
    QLineEdit* m_filter;
    QComboBox* m_status;
    QTableView* m_table;
    QLabel* m_count;
    QTimer* m_filterDelay;
    QString m_pendingSelection;
};

} // namespace akta::widgets
