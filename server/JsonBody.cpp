#include "JsonBody.h"

#include "ApiError.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace akta::server {

QJsonObject JsonBody::parseObject(const std::string& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(body.data(), static_cast<qsizetype>(body.size())), &error);
    if (error.error != QJsonParseError::NoError) {
        throw ApiError::badRequest(
            QStringLiteral("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    }
    if (!document.isObject()) {
        throw ApiError::badRequest(QStringLiteral("the body must be a JSON object"));
    }
    return document.object();
}

void JsonBody::allowOnly(const QJsonObject& object, const QStringList& allowed, const QString& where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            throw ApiError::badRequest(QStringLiteral("%1: unknown member '%2'").arg(where, it.key()));
        }
    }
}

QString JsonBody::requiredString(const QJsonObject& object, const QString& key, const QString& where)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        throw ApiError::badRequest(QStringLiteral("%1: '%2' must be a string").arg(where, key));
    }
    return value.toString();
}

QString JsonBody::optionalString(const QJsonObject& object, const QString& key, const QString& where)
{
    return object.contains(key) ? requiredString(object, key, where) : QString();
}

bool JsonBody::isUuid(const QString& text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    return pattern.match(text).hasMatch();
}

QByteArray JsonBody::serialize(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace akta::server
