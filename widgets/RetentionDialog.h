#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace akta::sqlite {
class Database;
}

namespace akta::widgets {

// Overrides the retention (bevaring) that a case's classification gives; a reason is required and
// recorded in the case's history.
class RetentionDialog final : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(sqlite::Database& db, const QString& caseId, const QString& actorId,
                    QWidget* parent = nullptr);
    void accept() override;

private:
    void updateButton();

    sqlite::Database& m_db;
    QString m_caseId;
    QString m_actorId;
    QComboBox* m_retention;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace akta::widgets
