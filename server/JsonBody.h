#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string>

namespace akta::server {

// Strict reading of JSON request bodies: an object, no members beyond those allowed, each of the
// type asked for. Every problem throws ApiError 400 naming the member.
class JsonBody final
{
public:
    static QJsonObject parseObject(const std::string& body);
    static void allowOnly(const QJsonObject& object, const QStringList& allowed, const QString& where);
    static QString requiredString(const QJsonObject& object, const QString& key, const QString& where);
    static QString optionalString(const QJsonObject& object, const QString& key, const QString& where);
    static bool isUuid(const QString& text);
    static QByteArray serialize(const QJsonObject& object);
};

} // namespace akta::server
