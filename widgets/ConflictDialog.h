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
    static QString valueText(const QJsonValue& value);

private:
    sync::SyncConflict m_conflict;
    QHash<QString, QRadioButton*> m_localChoices;
};

} // namespace akta::widgets
