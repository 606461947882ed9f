#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace akta::sync {

// One entry of the server's audit log as the desktop and akta-cli show it: the server's entry with
// the document's title filled in from the local store where it is known.
struct AuditEntry
{
    qint64 seq = 0;
    QString time; // ISO 8601, UTC
    QString user; // user name
    QString action;
    QString caseId;
    QString caseNumber;
    QString entity;
    QString entityId;
    QString document; // the document's title, when the entry is about one this store holds
    QJsonObject detail;

    static AuditEntry fromServer(const QJsonObject& json);
    // {seq, time, user, action, caseNumber, caseId, entity, entityId, document, detail}
    QJsonObject toJson() const;
};

using AuditEntries = QList<AuditEntry>;

} // namespace akta::sync
