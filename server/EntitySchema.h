#pragma once

#include <QJsonObject>
#include <QString>

namespace akta::server {

// The entities that sync and the fields each may carry, with their types (docs/api/openapi.yaml,
// the *Fields schemas). A field that is unknown or of the wrong type is a bad request.
class EntitySchema final
{
public:
    static bool isEntity(const QString& entity);
    // Throws ApiError 400 naming the field. `where` says which operation, e.g. "operations[3]".
    static void validate(const QString& entity, const QJsonObject& fields, const QString& where);
};

} // namespace akta::server
