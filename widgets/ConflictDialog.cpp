#include "ConflictDialog.h"

#include "CaseLabels.h"
#include "domain/CaseEnums.h"

#include <QButtonGroup>
#include <QDate>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace akta::widgets {

ConflictDialog::ConflictDialog(const sync::SyncConflict& conflict, QWidget* parent)
    : QDialog(parent), m_conflict(conflict)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Resolve conflict"));
    auto* subject = new QLabel(subjectText(conflict), this);
    subject->setObjectName(QStringLiteral("subjectLabel"));
    subject->setWordWrap(true);
    subject->setTextFormat(Qt::PlainText);
    QFont subjectFont = subject->font();
    subjectFont.setBold(true);
    subject->setFont(subjectFont);
    subject->setVisible(!subject->text().isEmpty());
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
    int row = 0;
    for (const QString& field : orderedFields(conflict.localFields.keys())) {
        ++row;
        grid->addWidget(new QLabel(fieldLabel(field), this), row, 0);
        const QString mine = valueText(field, conflict.localFields.value(field));
        const QString theirs = valueText(field, conflict.serverFields.value(field));
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
    layout->addWidget(subject);
    layout->addWidget(intro);
    layout->addSpacing(layout->spacing());
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
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("accessClass"), QT_TR_NOOP("Access")},
        {QStringLiteral("documentDate"), QT_TR_NOOP("Date")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("sender"), QT_TR_NOOP("Sender")},
        {QStringLiteral("recipients"), QT_TR_NOOP("Recipients")}};
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

QStringList ConflictDialog::orderedFields(QStringList fields)
{
    // The order of the case and document views, not the alphabet.
    static const QStringList order{
        QStringLiteral("title"),        QStringLiteral("status"),       QStringLiteral("kleSubject"),
        QStringLiteral("kleFacet"),     QStringLiteral("caseworker"),   QStringLiteral("responsibleUnit"),
        QStringLiteral("followUpDate"), QStringLiteral("documentDate"), QStringLiteral("direction"),
        QStringLiteral("sender"),       QStringLiteral("recipients"),   QStringLiteral("parties"),
        QStringLiteral("accessClass"),  QStringLiteral("retention"),    QStringLiteral("retentionReason"),
        QStringLiteral("deletion"),     QStringLiteral("name")};
    std::stable_sort(fields.begin(), fields.end(), [](const QString& a, const QString& b) {
        const auto rank = [](const QString& field) {
            const qsizetype at = order.indexOf(field);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    return fields;
}

QString ConflictDialog::subjectText(const sync::SyncConflict& conflict)
{
    if (conflict.subject.isEmpty()) {
        return {};
    }
    if (conflict.entity == QLatin1String("case")) {
        return tr("Case %1").arg(conflict.subject);
    }
    if (conflict.entity == QLatin1String("document")) {
        return tr("Document %1").arg(conflict.subject);
    }
    if (conflict.entity == QLatin1String("party")) {
        return tr("Party %1").arg(conflict.subject);
    }
    return conflict.subject;
}

QString ConflictDialog::valueText(const QString& field, const QJsonValue& value)
{
    const QString text = value.toString();
    if (field == QLatin1String("status")) {
        if (const auto status = caseStatusFromWireName(text)) {
            return models::CaseLabels::status(*status);
        }
        if (text == QLatin1String("draft") || text == QLatin1String("journaled")) {
            return text == QLatin1String("draft") ? tr("Draft") : tr("Journaled");
        }
    } else if (field == QLatin1String("accessClass")) {
        if (const auto access = accessClassFromWireName(text)) {
            return models::CaseLabels::access(*access);
        }
    } else if (field == QLatin1String("direction") && !text.isEmpty()) {
        return models::CaseLabels::direction(text);
    } else if ((field == QLatin1String("followUpDate") || field == QLatin1String("documentDate")) &&
               QDate::fromString(text, Qt::ISODate).isValid()) {
        return QLocale().toString(QDate::fromString(text, Qt::ISODate), QLocale::ShortFormat);
    } else if (field == QLatin1String("retention") && !text.isEmpty()) {
        return models::CaseLabels::retention(text);
    }
    return valueText(value);
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
