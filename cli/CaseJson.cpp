#include "CaseJson.h"

#include "registry/CprNumber.h"
#include "util/Ids.h"

#include <QJsonArray>

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
        {QStringLiteral("deletion"), textOrNull(record.deletion)},
        {QStringLiteral("retentionReason"), textOrNull(record.retentionReason)},
        {QStringLiteral("rev"), record.rev},
        {QStringLiteral("createdAt"), util::toIso(record.createdAt)},
        {QStringLiteral("modifiedAt"), util::toIso(record.modifiedAt)},
    };
}

QJsonObject partyToJson(const Party& party)
{
    const bool person = party.kind == Party::Kind::Person;
    QJsonValue address;
    if (!party.isProtected &&
        !(party.street.isEmpty() && party.postalCode.isEmpty() && party.city.isEmpty())) {
        address = QJsonObject{{QStringLiteral("street"), party.street},
                              {QStringLiteral("postalCode"), party.postalCode},
                              {QStringLiteral("city"), party.city}};
    }
    return QJsonObject{
        {QStringLiteral("id"), party.id},
        {QStringLiteral("kind"), person ? QStringLiteral("person") : QStringLiteral("company")},
        {person ? QStringLiteral("cpr") : QStringLiteral("cvr"), party.identifier},
        {QStringLiteral("replacement"),
         person && registry::CprNumber::parse(party.identifier).isReplacement()},
        {QStringLiteral("name"), party.name},
        {QStringLiteral("address"), address},
        {QStringLiteral("protected"), party.isProtected},
        {QStringLiteral("status"), party.status},
        {QStringLiteral("source"), textOrNull(party.source)}};
}

QJsonObject caseToJson(const CaseRecord& record, const QList<cases::CaseParty>& parties)
{
    QJsonObject json = caseToJson(record);
    QJsonArray list;
    for (const cases::CaseParty& entry : parties) {
        QJsonObject party = partyToJson(entry.party);
        party.insert(QStringLiteral("role"), entry.role);
        list.append(party);
    }
    json.insert(QStringLiteral("parties"), list);
    return json;
}

} // namespace akta::cli
