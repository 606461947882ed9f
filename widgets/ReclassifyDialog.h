#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;

namespace akta::sqlite {
class Database;
}

namespace akta::kle {
class KleClassifier;
}

namespace akta::widgets {

class KlePickerWidget;

// Moves a case to another KLE emne and facet, with the picker and suggestions from its title.
class ReclassifyDialog final : public QDialog
{
    Q_OBJECT

public:
    ReclassifyDialog(sqlite::Database& db, const QString& caseId, const QString& actorId,
                     std::shared_ptr<const kle::KleClassifier> classifier, QWidget* parent = nullptr);

    void accept() override;
    QString previousSubject() const { return m_previousSubject; }
    QString chosenSubject() const;
    QString caseTitle() const { return m_caseTitle; }

private:
    sqlite::Database& m_db;
    QString m_caseId;
    QString m_actorId;
    QString m_previousSubject;
    QString m_caseTitle;
    KlePickerWidget* m_picker;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace akta::widgets
