#include "CreateCaseDialog.h"

#include "KlePickerWidget.h"
#include "cases/CaseCreation.h"
#include "cases/CaseDuplicates.h"
#include "cases/CaseRepository.h"
#include "cases/CaseTitleProposal.h"
#include "kle/KleRepository.h"
#include "parties/PartyRepository.h"
#include "registry/CprNumber.h"
#include "registry/CvrNumber.h"
#include "registry/PartyMasterData.h"
#include "registry/StoreRegister.h"
#include "sqlite/Transaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <exception>

namespace akta::widgets {

namespace {

void setFeedback(QLabel* label, const QString& text, bool good)
{
    label->setText(text);
    label->setStyleSheet(good ? QStringLiteral("color: #1b6e2a") : QStringLiteral("color: #b00020"));
}

} // namespace

CreateCaseDialog::CreateCaseDialog(sqlite::Database& db, const QString& actorId,
                                   std::shared_ptr<const kle::KleClassifier> classifier, QWidget* parent)
    : QDialog(parent), m_db(db), m_actorId(actorId), m_kind(new QComboBox(this)),
      m_numberLabel(new QLabel(this)), m_number(new QLineEdit(this)), m_numberFeedback(new QLabel(this)),
      m_nameLabel(new QLabel(tr("&Name:"), this)), m_name(new QLineEdit(this)),
      m_relationsLabel(new QLabel(tr("&Secondary parties:"), this)), m_relations(new QListWidget(this)),
      m_title(new QLineEdit(this)), m_picker(new KlePickerWidget(db, this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("createCaseDialog"));
    setWindowTitle(tr("New case"));
    resize(980, 720);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Case type"));
    m_kind->addItem(tr("Citizen case (CPR)"), int(PartyMode::Person));
    m_kind->addItem(tr("Company case (CVR)"), int(PartyMode::Company));
    m_kind->addItem(tr("Subject case (no party)"), int(PartyMode::None));

    m_number->setObjectName(QStringLiteral("partyNumberEdit"));
    m_numberLabel->setBuddy(m_number);
    m_numberFeedback->setObjectName(QStringLiteral("partyNumberFeedback"));
    m_numberFeedback->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("partyNameEdit"));
    m_name->setAccessibleName(tr("Party name"));
    m_nameLabel->setBuddy(m_name);

    m_relations->setObjectName(QStringLiteral("secondaryParties"));
    m_relations->setAccessibleName(tr("Secondary parties"));
    m_relations->setMaximumHeight(m_relations->fontMetrics().height() * 4 + 8);
    m_relationsLabel->setBuddy(m_relations);

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Case title"));
    m_title->setPlaceholderText(tr("What the case is about"));

    m_picker->setClassifier(std::move(classifier));

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* create = m_buttons->addButton(tr("&Create case"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateCaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CreateCaseDialog::reject);

    auto* form = new QFormLayout;
    auto* kindLabel = new QLabel(tr("Case &type:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    form->addRow(m_numberLabel, m_number);
    form->addRow(QString(), m_numberFeedback);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_relationsLabel, m_relations);
    auto* titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setTabOrder(m_kind, m_number);
    setTabOrder(m_number, m_name);
    setTabOrder(m_name, m_relations);
    setTabOrder(m_relations, m_title);
    setTabOrder(m_title, m_picker->filterEdit());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreateCaseDialog::updateKind);
    connect(m_number, &QLineEdit::textChanged, this, &CreateCaseDialog::updatePartyNumber);
    connect(m_name, &QLineEdit::textChanged, this, &CreateCaseDialog::updateButtons);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_picker->setCaseText(text);
        updateButtons();
    });
    connect(m_picker, &KlePickerWidget::chosenChanged, this, [this] {
        proposeTitle();
        updateButtons();
    });

    updateKind();
    m_number->setFocus();
}

CreateCaseDialog::PartyMode CreateCaseDialog::partyMode() const
{
    return PartyMode(m_kind->currentData().toInt());
}

void CreateCaseDialog::updateKind()
{
    const PartyMode mode = partyMode();
    const bool hasParty = mode != PartyMode::None;
    m_numberLabel->setText(mode == PartyMode::Company ? tr("C&VR number:") : tr("C&PR number:"));
    m_number->setAccessibleName(mode == PartyMode::Company ? tr("CVR number") : tr("CPR number"));
    m_number->setPlaceholderText(mode == PartyMode::Company ? tr("8 digits") : tr("DDMMYY-SSSS"));
    for (QWidget* widget : {static_cast<QWidget*>(m_numberLabel), static_cast<QWidget*>(m_number),
                            static_cast<QWidget*>(m_numberFeedback), static_cast<QWidget*>(m_nameLabel),
                            static_cast<QWidget*>(m_name)}) {
        widget->setVisible(hasParty);
    }
    m_relations->clear();
    m_relations->setVisible(false); // shown again when the register knows relations
    m_relationsLabel->setVisible(false);
    updatePartyNumber();
}

void CreateCaseDialog::updatePartyNumber()
{
    m_partyNumberValid = false;
    m_partyKnown = false;
    m_normalizedNumber.clear();
    const PartyMode mode = partyMode();
    const QString text = m_number->text();
    if (mode == PartyMode::None) {
        updateButtons();
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_numberFeedback->clear();
        m_name->setReadOnly(false);
        updateButtons();
        return;
    }
    if (mode == PartyMode::Person) {
        const auto cpr = registry::CprNumber::parse(text);
        if (!cpr.isValid()) {
            setFeedback(m_numberFeedback, cpr.localizedErrorMessage(), false);
        } else {
            m_partyNumberValid = true;
            m_normalizedNumber = cpr.normalized();
            const QString sex = cpr.sex() == registry::CprNumber::Sex::Male ? tr("male") : tr("female");
            const QString born = QLocale().toString(cpr.birthDate(), QLocale::ShortFormat);
            setFeedback(m_numberFeedback,
                        cpr.isReplacement()
                            ? tr("Replacement number (not a CPR number) · born %1 · %2").arg(born, sex)
                            : tr("Valid CPR number · born %1 · %2").arg(born, sex),
                        true);
        }
    } else {
        const auto cvr = registry::CvrNumber::parse(text);
        if (!cvr.isValid()) {
            setFeedback(m_numberFeedback, cvr.localizedErrorMessage(), false);
        } else {
            m_partyNumberValid = true;
            m_normalizedNumber = cvr.normalized();
            setFeedback(m_numberFeedback, tr("Valid CVR number"), true);
        }
    }
    lookUpRegister();
    updateButtons();
}

void CreateCaseDialog::lookUpRegister()
{
    m_relations->clear();
    m_relations->setVisible(false);
    m_relationsLabel->setVisible(false);
    if (!m_partyNumberValid) {
        m_name->setReadOnly(false);
        return;
    }
    registry::StoreRegister reg(m_db);
    if (partyMode() == PartyMode::Person) {
        if (const auto person = reg.person(m_normalizedNumber)) {
            m_partyKnown = true;
            m_name->setText(person->fullName());
            m_name->setReadOnly(true);
            QStringList facts{m_numberFeedback->text()};
            facts
                << (person->isProtected
                        ? tr("name and address protection")
                        : QStringLiteral("%1, %2 %3").arg(person->street, person->postalCode, person->city));
            if (person->status == QLatin1String("deceased")) {
                facts << tr("deceased");
            } else if (person->status == QLatin1String("emigrated")) {
                facts << tr("emigrated");
            }
            setFeedback(m_numberFeedback, facts.join(QStringLiteral(" · ")),
                        person->status == QLatin1String("alive"));
            // A child's custody holders (or else its parents) are offered as secondary parties, ticked.
            const bool hasCustody =
                std::any_of(person->relations.cbegin(), person->relations.cend(),
                            [](const auto& r) { return r.type == QLatin1String("custody"); });
            for (const auto& relation : person->relations) {
                QString role;
                if (relation.type == QLatin1String("custody")) {
                    role = tr("Custody holder");
                } else if (relation.type == QLatin1String("parent")) {
                    role = tr("Parent");
                } else if (relation.type == QLatin1String("spouse")) {
                    role = tr("Spouse");
                } else {
                    continue; // children are not offered on their parent's case
                }
                const auto related = reg.person(relation.cpr);
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1: %2 (%3)")
                        .arg(role, related ? related->fullName() : tr("not in the register"),
                             relation.cpr.left(6) + QLatin1Char('-') + relation.cpr.mid(6)),
                    m_relations);
                item->setData(Qt::UserRole, relation.cpr);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                const bool tick =
                    relation.type == (hasCustody ? QLatin1String("custody") : QLatin1String("parent"));
                item->setCheckState(tick && related ? Qt::Checked : Qt::Unchecked);
                if (!related) {
                    item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                }
            }
            const bool any = m_relations->count() > 0;
            m_relations->setVisible(any);
            m_relationsLabel->setVisible(any);
            return;
        }
    } else if (const auto company = reg.company(m_normalizedNumber)) {
        m_partyKnown = true;
        m_name->setText(company->name);
        m_name->setReadOnly(true);
        setFeedback(m_numberFeedback,
                    QStringLiteral("%1 · %2, %3 %4 · %5")
                        .arg(m_numberFeedback->text(), company->street, company->postalCode, company->city,
                             company->industry),
                    true);
        return;
    }
    {
        if (const auto party = parties::PartyRepository(m_db).findByIdentifier(m_normalizedNumber)) {
            m_partyKnown = true;
            m_name->setText(party->name);
            m_name->setReadOnly(true);
            m_numberFeedback->setText(m_numberFeedback->text() + QStringLiteral(" · ") + tr("known party"));
        } else {
            m_name->setReadOnly(false);
            m_numberFeedback->setText(m_numberFeedback->text() + QStringLiteral(" · ") +
                                      tr("not in the register: type the name"));
        }
    }
}

void CreateCaseDialog::proposeTitle()
{
    const QString current = m_title->text().simplified();
    if (!current.isEmpty() && current != m_proposedTitle) {
        return; // the caseworker's own title stands
    }
    const auto subject = kle::KleRepository(m_db).find(m_picker->chosenSubject());
    if (!subject) {
        return;
    }
    const QString proposal =
        cases::proposeCaseTitle(subject->title, partyMode() == PartyMode::None ? QString() : m_name->text());
    if (proposal != current) {
        m_proposedTitle = proposal;
        const QSignalBlocker blocker(m_title); // a proposed title does not change the suggestions
        m_title->setText(proposal);
    }
}

void CreateCaseDialog::updateButtons()
{
    const bool partyOk =
        partyMode() == PartyMode::None || (m_partyNumberValid && !m_name->text().simplified().isEmpty());
    const bool ok = partyOk && !m_title->text().simplified().isEmpty() &&
                    !m_picker->chosenSubject().isEmpty() && !m_picker->chosenFacet().isEmpty();
    m_buttons->buttons().constFirst()->setEnabled(ok);
}

void CreateCaseDialog::accept()
{
    if (!m_buttons->buttons().constFirst()->isEnabled()) {
        m_error->setText(tr("Fill in the fields marked in red before creating the case."));
        m_error->show();
        return;
    }
    cases::NewCase request;
    request.title = m_title->text();
    request.kleSubject = m_picker->chosenSubject();
    request.kleFacet = m_picker->chosenFacet();
    std::optional<cases::PartyInput> party;
    switch (partyMode()) {
    case PartyMode::Person:
        request.kind = CaseKind::Citizen;
        party = cases::PartyInput{Party::Kind::Person, m_normalizedNumber, m_name->text()};
        break;
    case PartyMode::Company:
        request.kind = CaseKind::Company;
        party = cases::PartyInput{Party::Kind::Company, m_normalizedNumber, m_name->text()};
        break;
    case PartyMode::None:
        request.kind = CaseKind::Subject;
        break;
    }
    if (party && !confirmNoDuplicate()) {
        return;
    }
    if (!m_existingCaseId.isEmpty()) {
        QDialog::accept();
        return;
    }
    try {
        sqlite::Transaction transaction(m_db);
        registry::StoreRegister reg(m_db);
        registry::PartyMasterData masterData(m_db, reg);
        if (party) {
            masterData.ensureParty(m_normalizedNumber); // the register's data, not the typed name, when known
        }
        for (int row = 0; row < m_relations->count(); ++row) {
            const QListWidgetItem* item = m_relations->item(row);
            if (item->checkState() == Qt::Checked) {
                const QString partyId = masterData.ensureParty(item->data(Qt::UserRole).toString());
                if (!partyId.isEmpty()) {
                    request.secondaryPartyIds << partyId;
                }
            }
        }
        m_createdCaseId = cases::createCase(m_db, request, party, m_actorId).id;
        transaction.commit();
    } catch (const std::exception& error) {
        m_error->setText(tr("The case could not be created: %1").arg(QString::fromUtf8(error.what())));
        m_error->show();
        return;
    }
    QDialog::accept();
}

void CreateCaseDialog::copyStructureFrom(const QString& caseId)
{
    cases::CaseRepository repository(m_db);
    const auto record = repository.find(caseId);
    if (!record) {
        return;
    }
    setWindowTitle(tr("New case from %1").arg(record->caseNumber));
    const QList<cases::CaseParty> parties = repository.parties(caseId);
    QStringList secondary;
    const Party* primary = nullptr;
    for (const cases::CaseParty& entry : parties) {
        if (entry.role == QLatin1String("primary")) {
            primary = &entry.party;
        } else {
            secondary << entry.party.identifier;
        }
    }
    const PartyMode mode = !primary                                ? PartyMode::None
                           : primary->kind == Party::Kind::Company ? PartyMode::Company
                                                                   : PartyMode::Person;
    m_kind->setCurrentIndex(m_kind->findData(int(mode)));
    if (primary) {
        m_number->setText(primary->identifier);
        if (!m_name->isReadOnly()) {
            m_name->setText(primary->name);
        }
        for (int row = 0; row < m_relations->count(); ++row) {
            QListWidgetItem* item = m_relations->item(row);
            if (item->flags().testFlag(Qt::ItemIsEnabled)) {
                item->setCheckState(secondary.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
            }
        }
    }
    m_title->setText(record->title);
    m_picker->setChosen(record->kleSubject, record->kleFacet);
    m_title->setFocus();
    m_title->selectAll();
}

bool CreateCaseDialog::confirmNoDuplicate()
{
    const QList<CaseRecord> existing =
        cases::CaseDuplicates::find(m_db, m_normalizedNumber, m_picker->chosenSubject());
    if (existing.isEmpty()) {
        return true;
    }
    QStringList lines;
    for (const CaseRecord& record : existing) {
        lines << QStringLiteral("%1 – %2 (%3, %4)")
                     .arg(record.caseNumber, record.title, record.caseworkerName, record.responsibleUnitName);
    }
    QMessageBox box(QMessageBox::Question, tr("The party already has a case in this emne"),
                    tr("%1 already has %n case(s) in emne %2:", nullptr, int(existing.size()))
                            .arg(m_name->text(), m_picker->chosenSubject()) +
                        QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                        tr("Open the newest instead of creating a new case?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("duplicateBox"));
    QPushButton* open = box.addButton(tr("&Open existing case"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openExistingButton"));
    QPushButton* create = box.addButton(tr("Create &new case anyway"), QMessageBox::DestructiveRole);
    create->setObjectName(QStringLiteral("createAnywayButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open) {
        m_existingCaseId = existing.constFirst().id;
        return true;
    }
    return box.clickedButton() == create;
}

} // namespace akta::widgets
