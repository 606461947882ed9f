#include "RetentionDialog.h"

#include "CaseLabels.h"
#include "cases/CaseClassification.h"
#include "cases/CaseRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <exception>

namespace akta::widgets {

RetentionDialog::RetentionDialog(sqlite::Database& db, const QString& caseId, const QString& actorId,
                                 QWidget* parent)
    : QDialog(parent), m_db(db), m_caseId(caseId), m_actorId(actorId), m_retention(new QComboBox(this)),
      m_reason(new QPlainTextEdit(this)), m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Change retention"));
    const auto record = cases::CaseRepository(m_db).find(caseId);
    auto* current = new QLabel(this);
    current->setWordWrap(true);
    current->setText(tr("The classification gives: %1")
                         .arg(models::CaseLabels::retention(record ? record->retention : QString())));
    for (const char* code : {"B", "K", "K5", "K10"}) {
        const QString value = QString::fromLatin1(code);
        m_retention->addItem(models::CaseLabels::retention(value), value);
    }
    if (record) {
        m_retention->setCurrentIndex(qMax(0, m_retention->findData(record->retention)));
    }
    m_retention->setObjectName(QStringLiteral("retentionCombo"));
    m_retention->setAccessibleName(tr("Retention"));
    m_reason->setObjectName(QStringLiteral("retentionReason"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this case is kept or discarded differently from its emne"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RetentionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetentionDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RetentionDialog::updateButton);

    auto* form = new QFormLayout;
    auto* retentionLabel = new QLabel(tr("&Retention:"), this);
    retentionLabel->setBuddy(m_retention);
    form->addRow(retentionLabel, m_retention);
    auto* reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateButton();
}

void RetentionDialog::updateButton()
{
    m_buttons->buttons().constFirst()->setEnabled(!m_reason->toPlainText().simplified().isEmpty());
}

void RetentionDialog::accept()
{
    try {
        cases::CaseClassification(m_db).overrideRetention(m_caseId, m_retention->currentData().toString(),
                                                          m_reason->toPlainText(), m_actorId);
    } catch (const std::exception& error) {
        m_error->setText(tr("The retention could not be changed: %1").arg(QString::fromUtf8(error.what())));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace akta::widgets
