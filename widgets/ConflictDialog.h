#pragma once

#include "sync/SyncConflict.h"

#include <QDialog>
#include <QHash>

class QRadioButton;

namespace akta::widgets {

// One conflict, both versions side by side: for each field changed on both sides the user keeps
// this desktop's value or takes the server's (the server's is preselected: it is what colleagues
// see now). Fields only this desktop changed are shown too and always kept.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const sync::SyncConflict& conflict, QWidget* parent = nullptr);

    // The conflicting fields where the user keeps this desktop's value.
    QStringList keepLocal() const;
    void chooseLocal(const QString& field, bool local);

    static QString fieldLabel(const QString& field);
    // A field's value as the case and document views show it (statuses, access classes,
    // directions and retention codes by name, dates in the locale's format).
    static QString valueText(const QString& field, const QJsonValue& value);
    static QString valueText(const QJsonValue& value);
    // "Case 28.18.00-G01-1-26 Støtte i skolen", or empty when the entity is not here.
    static QString subjectText(const sync::SyncConflict& conflict);
    // Title first, then the fields in the order of the case and document views.
    static QStringList orderedFields(QStringList fields);

private:
    sync::SyncConflict m_conflict;
    QHash<QString, QRadioButton*> m_localChoices;
};

} // namespace akta::widgets
