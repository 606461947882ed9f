#include "ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace akta::widgets {

ConflictDialog::ConflictDialog(const sync::SyncConflict& conflict, QWidget* parent)
    : QDialog(parent), m_conflict(conflict)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Resolve conflict"));
    auto* intro = new QLabel(tr("This was changed both here and on the server since the last sync. "
                                "Choose which value to keep for each field."),
                             this);
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    auto* fieldHeader = new QLabel(tr("Field"), this);
    auto* localHeader = new QLabel(tr("This computer"), this);
    auto* serverHeader = new QLabel(tr("Server"), this);
    for (QLabel* header : {fieldHeader, localHeader, serverHeader}) {
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
    }
    grid->addWidget(fieldHeader, 0, 0);
    grid->addWidget(localHeader, 0, 1);
    grid->addWidget(serverHeader, 0, 2);
    int row = 1;
    for (auto it = conflict.localFields.begin(); it != conflict.localFields.end(); ++it, ++row) {
        const QString field = it.key();
        grid->addWidget(new QLabel(fieldLabel(field), this), row, 0);
        const QString mine = valueText(it.value());
        const QString theirs = valueText(conflict.serverFields.value(field));
        if (!conflict.conflictingFields.contains(field)) {
            grid->addWidget(new QLabel(mine, this), row, 1);
            grid->addWidget(new QLabel(tr("(kept: only changed here)"), this), row, 2);
            continue;
        }
        auto* local = new QRadioButton(mine, this);
        auto* server = new QRadioButton(theirs, this);
        local->setObjectName(QStringLiteral("local_") + field);
        server->setObjectName(QStringLiteral("server_") + field);
        local->setAccessibleName(tr("Keep this computer's %1").arg(fieldLabel(field)));
        server->setAccessibleName(tr("Take the server's %1").arg(fieldLabel(field)));
        auto* group = new QButtonGroup(this);
        group->addButton(local);
        group->addButton(server);
        server->setChecked(true);
        m_localChoices.insert(field, local);
        grid->addWidget(local, row, 1);
        grid->addWidget(server, row, 2);
    }

    auto* buttons = new QDialogButtonBox(this);
    auto* resolve = buttons->addButton(tr("&Resolve"), QDialogButtonBox::AcceptRole);
    resolve->setObjectName(QStringLiteral("resolveButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

QStringList ConflictDialog::keepLocal() const
{
    QStringList fields;
    for (auto it = m_localChoices.begin(); it != m_localChoices.end(); ++it) {
        if (it.value()->isChecked()) {
            fields << it.key();
        }
    }
    fields.sort();
    return fields;
}

void ConflictDialog::chooseLocal(const QString& field, bool local)
{
    if (QRadioButton* button = m_localChoices.value(field)) {
        if (local) {
            button->setChecked(true);
        } else {
            findChild<QRadioButton*>(QStringLiteral("server_") + field)->setChecked(true);
        }
    }
}

QString ConflictDialog::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("kleSubject"), QT_TR_NOOP("KLE emne")},
        {QStringLiteral("kleFacet"), QT_TR_NOOP("Facet")},
        {QStringLiteral("followUpDate"), QT_TR_NOOP("Follow-up date")},
        {QStringLiteral("retention"), QT_TR_NOOP("Retention")},
        {QStringLiteral("retentionReason"), QT_TR_NOOP("Reason for retention")},
        {QStringLiteral("deletion"), QT_TR_NOOP("Deletion")},
        {QStringLiteral("caseworker"), QT_TR_NOOP("Caseworker")},
        {QStringLiteral("responsibleUnit"), QT_TR_NOOP("Responsible unit")},
        {QStringLiteral("parties"), QT_TR_NOOP("Parties")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")}};
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

QString ConflictDialog::valueText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())) {
        return tr("(empty)");
    }
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return value.toVariant().toString();
}

} // namespace akta::widgets
