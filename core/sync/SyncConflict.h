#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace akta::sync {

// One operation the server did not take: a conflict (the same field changed on both sides; both
// versions kept) or a rejection (the reason).
struct SyncConflict
{
    qint64 id = 0;
    bool rejected = false;
    QString opId;
    QString entity;
    QString entityId;
    qint64 baseRev = 0;
    QJsonObject localFields;
    qint64 serverRev = 0;
    QJsonObject serverFields;
    QStringList conflictingFields;
    QString reason;
    QString createdAt;
    // What it is about, for display: a case's number and title, a document's case number, akt-number
    // and title, a party's name; empty when the entity is not here.
    QString subject;
};

} // namespace akta::sync
