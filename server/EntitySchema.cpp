#include "EntitySchema.h"

#include "ApiError.h"
#include "JsonBody.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace akta::server {

namespace {

enum class Type
{
    Text,
    Uuid,
    UuidOrNull, // cleared with null
    Integer,
    Boolean,
    Sha256,
    Parties,
    PartyIds
};

struct Rule
{
    Type type = Type::Text;
    QStringList values; // for text: the allowed values; empty for any
};

using Rules = QHash<QString, Rule>;

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

const QHash<QString, Rules>& schema()
{
    static const QHash<QString, Rules> entities{
        {QStringLiteral("case"),
         Rules{{QStringLiteral("caseNumber"), {}},
               {QStringLiteral("numberProvisional"), {Type::Boolean, {}}},
               {QStringLiteral("title"), {}},
               {QStringLiteral("kleSubject"), {}},
               {QStringLiteral("kleFacet"), {}},
               {QStringLiteral("kind"), {Type::Text, words("citizen company property subject personnel")}},
               {QStringLiteral("status"), {Type::Text, words("opened in_progress decided closed archived")}},
               {QStringLiteral("accessClass"), {Type::Text, words("normal confidential personnel")}},
               {QStringLiteral("responsibleUnit"), {Type::Uuid, {}}},
               {QStringLiteral("caseworker"), {}},
               {QStringLiteral("employee"), {}},
               {QStringLiteral("retention"), {}},
               {QStringLiteral("retentionReason"), {}},
               {QStringLiteral("deletion"), {}},
               {QStringLiteral("followUpDate"), {}},
               {QStringLiteral("parties"), {Type::Parties, {}}}}},
        {QStringLiteral("party"), Rules{{QStringLiteral("kind"), {Type::Text, words("person company")}},
                                        {QStringLiteral("identifier"), {}},
                                        {QStringLiteral("name"), {}},
                                        {QStringLiteral("source"), {}}}},
        {QStringLiteral("document"),
         Rules{{QStringLiteral("caseId"), {Type::Uuid, {}}},
               {QStringLiteral("parentDocumentId"), {Type::Uuid, {}}},
               {QStringLiteral("number"), {Type::Integer, {}}},
               {QStringLiteral("title"), {}},
               {QStringLiteral("kind"), {Type::Text, words("file email note")}},
               {QStringLiteral("direction"), {Type::Text, words("incoming outgoing internal")}},
               {QStringLiteral("status"), {Type::Text, words("draft journaled")}},
               {QStringLiteral("accessClass"), {}},
               {QStringLiteral("documentDate"), {}},
               {QStringLiteral("sender"), {}},
               {QStringLiteral("recipients"), {}},
               {QStringLiteral("subject"), {}},
               {QStringLiteral("messageId"), {}},
               {QStringLiteral("parties"), {Type::PartyIds, {}}},
               {QStringLiteral("createdAt"), {}},
               {QStringLiteral("reviewState"), {Type::Text, words("none pending approved rejected")}},
               {QStringLiteral("reviewer"), {Type::UuidOrNull, {}}},
               {QStringLiteral("reviewRequestedBy"), {Type::UuidOrNull, {}}},
               {QStringLiteral("reviewRequestedAt"), {}},
               {QStringLiteral("reviewComment"), {}},
               {QStringLiteral("reviewDecidedBy"), {Type::UuidOrNull, {}}},
               {QStringLiteral("reviewDecidedAt"), {}}}},
        {QStringLiteral("document_version"), Rules{{QStringLiteral("documentId"), {Type::Uuid, {}}},
                                                   {QStringLiteral("version"), {Type::Integer, {}}},
                                                   {QStringLiteral("sha256"), {Type::Sha256, {}}},
                                                   {QStringLiteral("fileName"), {}},
                                                   {QStringLiteral("mimeType"), {}},
                                                   {QStringLiteral("size"), {Type::Integer, {}}},
                                                   {QStringLiteral("createdAt"), {}},
                                                   {QStringLiteral("extractedText"), {}}}},
    };
    return entities;
}

bool isSha256(const QString& text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    return pattern.match(text).hasMatch();
}

bool isInteger(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    return number == static_cast<double>(static_cast<qint64>(number)) && number >= 0;
}

bool validParties(const QJsonValue& value)
{
    if (!value.isArray()) {
        return false;
    }
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject party = item.toObject();
        const QString role = party.value(QStringLiteral("role")).toString();
        if (!item.isObject() || party.size() != 2 ||
            !JsonBody::isUuid(party.value(QStringLiteral("partyId")).toString()) ||
            (role != QLatin1String("primary") && role != QLatin1String("secondary"))) {
            return false;
        }
    }
    return true;
}

bool validPartyIds(const QJsonValue& value)
{
    if (!value.isArray()) {
        return false;
    }
    const QJsonArray ids = value.toArray();
    return std::all_of(ids.begin(), ids.end(),
                       [](const QJsonValue& id) { return id.isString() && JsonBody::isUuid(id.toString()); });
}

QString expected(const Rule& rule)
{
    switch (rule.type) {
    case Type::Text:
        return rule.values.isEmpty() ? QStringLiteral("a string")
                                     : QStringLiteral("one of ") + rule.values.join(QStringLiteral(", "));
    case Type::Uuid:
        return QStringLiteral("a lowercase UUID");
    case Type::UuidOrNull:
        return QStringLiteral("a lowercase UUID or null");
    case Type::Integer:
        return QStringLiteral("a non-negative integer");
    case Type::Boolean:
        return QStringLiteral("true or false");
    case Type::Sha256:
        return QStringLiteral("64 lowercase hex digits");
    case Type::Parties:
        return QStringLiteral("an array of {partyId, role}");
    case Type::PartyIds:
        return QStringLiteral("an array of lowercase UUIDs");
    }
    return {};
}

bool matches(const Rule& rule, const QJsonValue& value)
{
    switch (rule.type) {
    case Type::Text:
        return value.isString() && (rule.values.isEmpty() || rule.values.contains(value.toString()));
    case Type::Uuid:
        return value.isString() && JsonBody::isUuid(value.toString());
    case Type::UuidOrNull:
        return value.isNull() || (value.isString() && JsonBody::isUuid(value.toString()));
    case Type::Integer:
        return isInteger(value);
    case Type::Boolean:
        return value.isBool();
    case Type::Sha256:
        return value.isString() && isSha256(value.toString());
    case Type::Parties:
        return validParties(value);
    case Type::PartyIds:
        return validPartyIds(value);
    }
    return false;
}

} // namespace

bool EntitySchema::isEntity(const QString& entity)
{
    return schema().contains(entity);
}

void EntitySchema::validate(const QString& entity, const QJsonObject& fields, const QString& where)
{
    const Rules rules = schema().value(entity);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto rule = rules.constFind(it.key());
        if (rule == rules.constEnd()) {
            throw ApiError::badRequest(
                QStringLiteral("%1: unknown field '%2' for %3").arg(where, it.key(), entity));
        }
        if (!matches(*rule, it.value())) {
            throw ApiError::badRequest(
                QStringLiteral("%1: field '%2' must be %3").arg(where, it.key(), expected(*rule)));
        }
    }
}

} // namespace akta::server
