#pragma once

#include <QDialog>

namespace akta::models {
class CaseListModel;
}

class QTableView;

namespace akta::widgets {

// Every case of one person or company that this desktop holds, newest first, with emne, status,
// caseworker and unit (like the national sags- og partsoverblik). Enter opens the case.
class CitizenOverviewDialog final : public QDialog
{
    Q_OBJECT

public:
    CitizenOverviewDialog(const QString& databasePath, const QString& identifier, const QString& name,
                          QWidget* parent = nullptr);

    QString chosenCaseId() const { return m_chosenCaseId; }

private:
    models::CaseListModel* m_model;
    QTableView* m_table;
    QString m_chosenCaseId;
};

} // namespace akta::widgets
