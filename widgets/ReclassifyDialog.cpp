#include "ReclassifyDialog.h"

#include "KlePickerWidget.h"
#include "cases/CaseClassification.h"
#include "cases/CaseRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <exception>

namespace akta::widgets {

ReclassifyDialog::ReclassifyDialog(sqlite::Database& db, const QString& caseId, const QString& actorId,
                                   std::shared_ptr<const kle::KleClassifier> classifier, QWidget* parent)
    : QDialog(parent), m_db(db), m_caseId(caseId), m_actorId(actorId),
      m_picker(new KlePickerWidget(db, this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("reclassifyDialog"));
    setWindowTitle(tr("Reclassify case"));
    resize(900, 640);
    const auto record = cases::CaseRepository(m_db).find(caseId);
    auto* heading = new QLabel(this);
    heading->setWordWrap(true);
    if (record) {
        m_previousSubject = record->kleSubject;
        m_caseTitle = record->title;
        heading->setText(tr("%1 – %2\nNow: %3 · %4")
                             .arg(record->caseNumber, record->title, record->kleSubject, record->kleFacet));
        m_picker->setClassifier(std::move(classifier));
        m_picker->setCaseText(record->title);
        m_picker->setChosen(record->kleSubject, record->kleFacet);
    }
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* ok = m_buttons->addButton(tr("&Reclassify"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("reclassifyButton"));
    ok->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReclassifyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReclassifyDialog::reject);
    connect(m_picker, &KlePickerWidget::chosenChanged, this,
            [this, ok] { ok->setEnabled(!m_picker->chosenSubject().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_picker->filterEdit()->setFocus();
}

QString ReclassifyDialog::chosenSubject() const
{
    return m_picker->chosenSubject();
}

void ReclassifyDialog::accept()
{
    if (m_picker->chosenSubject().isEmpty()) {
        m_error->setText(tr("Choose an emne first."));
        m_error->show();
        return;
    }
    try {
        cases::CaseClassification(m_db).reclassify(m_caseId, m_picker->chosenSubject(),
                                                   m_picker->chosenFacet(), m_actorId);
    } catch (const std::exception& error) {
        m_error->setText(tr("The case could not be reclassified: %1").arg(QString::fromUtf8(error.what())));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace akta::widgets
