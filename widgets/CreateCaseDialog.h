#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace akta::sqlite {
class Database;
}

namespace akta::kle {
class KleClassifier;
}

namespace akta::widgets {

class KlePickerWidget;

// Creates a case: case type, CPR or CVR number validated as it is typed (the name filled in when
// the store knows the party), title, KLE emne (completed from the plan) and facet.
class CreateCaseDialog final : public QDialog
{
    Q_OBJECT

public:
    CreateCaseDialog(sqlite::Database& db, const QString& actorId,
                     std::shared_ptr<const kle::KleClassifier> classifier = {}, QWidget* parent = nullptr);

    QString createdCaseId() const { return m_createdCaseId; }
    // Set instead of createdCaseId when the caseworker chose to open an existing case of the party.
    QString existingCaseId() const { return m_existingCaseId; }
    void accept() override;
    // Copy structure: the new case takes the title pattern, KLE emne, facet and parties of an existing
    // case (no documents); everything stays editable.
    void copyStructureFrom(const QString& caseId);

private:
    enum class PartyMode
    {
        Person,
        Company,
        None
    };

    PartyMode partyMode() const;
    void updateKind();
    void updatePartyNumber();
    void updateButtons();
    void lookUpRegister();
    void proposeTitle();
    // Shows the party's cases in the same emne; false when the caseworker does not want a new case.
    bool confirmNoDuplicate();

    sqlite::Database& m_db;
    QString m_actorId;
    QString m_createdCaseId;
    QString m_existingCaseId;
    QString m_proposedTitle;
    bool m_partyNumberValid = false;
    bool m_partyKnown = false;
    QString m_normalizedNumber;

    QComboBox* m_kind;
    QLabel* m_numberLabel;
    QLineEdit* m_number;
    QLabel* m_numberFeedback;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_relationsLabel;
    QListWidget* m_relations;
    QLineEdit* m_title;
    KlePickerWidget* m_picker;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace akta::widgets
