#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace akta::sqlite {
class Database;
}

namespace akta::widgets {

// The metadata of one document: title (with a proposal from the e-mail subject or file name), date,
// direction, sender, recipients, the parties of the case it concerns, access class, akt-nummer
// (read-only) and status. A kladde is changed in place and can be journaled here; a change to a
// journaled document is kept in its history, listed at the bottom with who and when.
class DocumentPropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    DocumentPropertiesDialog(sqlite::Database& db, const QString& documentId, const QString& actorId,
                             QWidget* parent = nullptr);

    // Puts the focus in the title with all of it selected (F2 on the document list: rename).
    void focusTitle();
    bool isValid() const { return m_valid; }
    void accept() override;

private:
    void load();
    void loadHistory();
    void updateSaveButton();
    QString userName(const QString& userId);

    sqlite::Database& m_db;
    QString m_documentId;
    QString m_actorId;
    QString m_proposedTitle;
    bool m_valid = false;
    QLabel* m_number;
    QLabel* m_status;
    QLabel* m_file;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QComboBox* m_direction;
    QLineEdit* m_sender;
    QLineEdit* m_recipients;
    QListWidget* m_parties;
    QComboBox* m_access;
    QCheckBox* m_journalize;
    QListWidget* m_history;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace akta::widgets
