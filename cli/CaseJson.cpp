#include "CaseJson.h"

#include "util/Ids.h"

namespace akta::cli {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject caseToJson(const CaseRecord& record)
{
    return QJsonObject{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("caseNumber"), record.caseNumber},
        {QStringLiteral("provisionalNumber"), record.numberProvisional},
        {QStringLiteral("title"), record.title},
        {QStringLiteral("kleSubject"), record.kleSubject},
        {QStringLiteral("kleFacet"), record.kleFacet},
        {QStringLiteral("kind"), toWireName(record.kind)},
        {QStringLiteral("status"), toWireName(record.status)},
        {QStringLiteral("accessClass"), toWireName(record.accessClass)},
        {QStringLiteral("responsibleUnit"), textOrNull(record.responsibleUnitName)},
        {QStringLiteral("caseworker"), textOrNull(record.caseworkerName)},
        {QStringLiteral("primaryParty"), textOrNull(record.primaryPartyName)},
        {QStringLiteral("retention"), textOrNull(record.retention)},
        {QStringLiteral("rev"), record.rev},
        {QStringLiteral("createdAt"), util::toIso(record.createdAt)},
        {QStringLiteral("modifiedAt"), util::toIso(record.modifiedAt)},
    };
}

} // namespace akta::cli
