#include "sync/AuditEntry.h"

namespace akta::sync {

AuditEntry AuditEntry::fromServer(const QJsonObject& json)
{
    AuditEntry entry;
    entry.seq = json.value(QStringLiteral("seq")).toInteger();
    entry.time = json.value(QStringLiteral("at")).toString();
    entry.user = json.value(QStringLiteral("username")).toString();
    entry.action = json.value(QStringLiteral("action")).toString();
    entry.caseId = json.value(QStringLiteral("caseId")).toString();
    entry.caseNumber = json.value(QStringLiteral("caseNumber")).toString();
    entry.entity = json.value(QStringLiteral("entity")).toString();
    entry.entityId = json.value(QStringLiteral("entityId")).toString();
    entry.detail = json.value(QStringLiteral("detail")).toObject();
    return entry;
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("time"), time},
            {QStringLiteral("user"), user},
            {QStringLiteral("action"), action},
            {QStringLiteral("caseNumber"), caseNumber},
            {QStringLiteral("caseId"), caseId},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entityId"), entityId},
            {QStringLiteral("document"), document},
            {QStringLiteral("detail"), detail}};
}

} // namespace akta::sync
