#include "CreateCaseDialog.h"

#include "KleSubjectModel.h"
#include "cases/CaseCreation.h"
#include "cases/CaseRepository.h"
#include "kle/KleRepository.h"
#include "parties/PartyRepository.h"
#include "registry/CprNumber.h"
#include "registry/CvrNumber.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
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

CreateCaseDialog::CreateCaseDialog(sqlite::Database& db, const QString& actorId, QWidget* parent)
    : QDialog(parent), m_db(db), m_actorId(actorId), m_kind(new QComboBox(this)),
      m_numberLabel(new QLabel(this)), m_number(new QLineEdit(this)), m_numberFeedback(new QLabel(this)),
      m_nameLabel(new QLabel(tr("&Name:"), this)), m_name(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_kle(new QLineEdit(this)), m_kleFeedback(new QLabel(this)),
      m_facet(new QLineEdit(QStringLiteral("G01"), this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)), m_kleModel(new models::KleSubjectModel(this))
{
    setObjectName(QStringLiteral("createCaseDialog"));
    setWindowTitle(tr("New case"));
    setMinimumWidth(560);

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

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Case title"));
    m_title->setPlaceholderText(tr("What the case is about"));

    m_kleModel->setSubjects(kle::KleRepository(m_db).subjects());
    auto* completer = new QCompleter(m_kleModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_kle->setCompleter(completer);
    m_kle->setObjectName(QStringLiteral("kleEdit"));
    m_kle->setAccessibleName(tr("KLE emne"));
    m_kle->setPlaceholderText(tr("Number or words, e.g. 27.24.00 or byggetilladelse"));
    m_kleFeedback->setObjectName(QStringLiteral("kleFeedback"));
    m_kleFeedback->setWordWrap(true);

    m_facet->setObjectName(QStringLiteral("facetEdit"));
    m_facet->setAccessibleName(tr("Action facet"));
    m_facet->setMaxLength(3);

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
    auto* titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    auto* kleLabel = new QLabel(tr("&KLE emne:"), this);
    kleLabel->setBuddy(m_kle);
    form->addRow(kleLabel, m_kle);
    form->addRow(QString(), m_kleFeedback);
    auto* facetLabel = new QLabel(tr("&Facet:"), this);
    facetLabel->setBuddy(m_facet);
    form->addRow(facetLabel, m_facet);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreateCaseDialog::updateKind);
    connect(m_number, &QLineEdit::textChanged, this, &CreateCaseDialog::updatePartyNumber);
    connect(m_name, &QLineEdit::textChanged, this, &CreateCaseDialog::updateButtons);
    connect(m_title, &QLineEdit::textChanged, this, &CreateCaseDialog::updateButtons);
    connect(m_kle, &QLineEdit::textChanged, this, &CreateCaseDialog::updateKle);
    connect(m_facet, &QLineEdit::textChanged, this, &CreateCaseDialog::updateButtons);

    updateKind();
    updateKle();
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
    if (m_partyNumberValid) {
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
    } else {
        m_name->setReadOnly(false);
    }
    updateButtons();
}

QString CreateCaseDialog::chosenKleNumber() const
{
    const QString number = m_kle->text().trimmed().section(QLatin1Char(' '), 0, 0);
    return m_kleModel->rowOf(number) >= 0 ? number : QString();
}

void CreateCaseDialog::updateKle()
{
    const QString number = chosenKleNumber();
    if (number.isEmpty()) {
        setFeedback(m_kleFeedback,
                    m_kle->text().trimmed().isEmpty() ? tr("Choose an emne from the plan")
                                                      : tr("No emne in the plan has this number"),
                    false);
    } else {
        const QModelIndex index = m_kleModel->index(m_kleModel->rowOf(number));
        setFeedback(m_kleFeedback, index.data(models::KleSubjectModel::TitleRole).toString(), true);
    }
    updateButtons();
}

bool CreateCaseDialog::facetIsValid() const
{
    static const QRegularExpression shape(QStringLiteral("^[A-ZÆØÅ]\\d{2}$"));
    return shape.match(m_facet->text().trimmed().toUpper()).hasMatch();
}

void CreateCaseDialog::updateButtons()
{
    const bool partyOk =
        partyMode() == PartyMode::None || (m_partyNumberValid && !m_name->text().simplified().isEmpty());
    const bool ok =
        partyOk && !m_title->text().simplified().isEmpty() && !chosenKleNumber().isEmpty() && facetIsValid();
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
    request.kleSubject = chosenKleNumber();
    request.kleFacet = m_facet->text().trimmed().toUpper();
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
    try {
        m_createdCaseId = cases::createCase(m_db, request, party, m_actorId).id;
    } catch (const std::exception& error) {
        m_error->setText(tr("The case could not be created: %1").arg(QString::fromUtf8(error.what())));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace akta::widgets
