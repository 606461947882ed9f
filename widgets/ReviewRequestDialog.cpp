#include "ReviewRequestDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace akta::widgets {

ReviewRequestDialog::ReviewRequestDialog(const QString& documentTitle, const QList<directory::User>& leaders,
                                         QWidget* parent)
    : QDialog(parent), m_leaders(new QComboBox(this))
{
    setObjectName(QStringLiteral("reviewRequestDialog"));
    setWindowTitle(tr("Send for Review"));
    m_leaders->setObjectName(QStringLiteral("reviewLeaderCombo"));
    m_leaders->setAccessibleName(tr("Leader who reviews"));
    for (const directory::User& leader : leaders) {
        m_leaders->addItem(leader.fullName == leader.username
                               ? leader.username
                               : QStringLiteral("%1 (%2)").arg(leader.fullName, leader.username),
                           leader.id);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("reviewRequestButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!leaders.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QFormLayout(this);
    auto* title = new QLabel(documentTitle, this);
    title->setObjectName(QStringLiteral("reviewDocumentTitle"));
    layout->addRow(tr("Document:"), title);
    layout->addRow(tr("&Leader:"), m_leaders);
    if (leaders.isEmpty()) {
        auto* none = new QLabel(tr("No leader of the case's unit is known yet: sync first."), this);
        none->setObjectName(QStringLiteral("reviewNoLeader"));
        layout->addRow(none);
    }
    layout->addRow(buttons);
}

QString ReviewRequestDialog::reviewerId() const
{
    return m_leaders->currentData().toString();
}

} // namespace akta::widgets
