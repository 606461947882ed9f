#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace akta::sync {

// How the wire fields of a synchronised entity (the members the outbox writes and the server
// returns, see the *Fields schemas in docs/api/openapi.yaml) map to the local store's columns.
struct EntityColumn
{
    enum class Type
    {
        Text,
        Integer,
        Boolean
    };
    QString key;    // wire name, e.g. "kleSubject"
    QString column; // column name, e.g. "kle_subject"
    Type type = Type::Text;
};

class EntityColumns final
{
public:
    // The table of `entity` ("cases", "parties", "documents", "document_versions"), empty if unknown.
    static QString table(const QString& entity);
    static const QList<EntityColumn>& columns(const QString& entity);
    // Defaults for NOT NULL columns a first insert needs when the server's fields lack them.
    static QJsonObject insertDefaults(const QString& entity);
    static bool isEntity(const QString& entity) { return !table(entity).isEmpty(); }
};

} // namespace akta::sync
