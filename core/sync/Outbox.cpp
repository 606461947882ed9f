#include "sync/Outbox.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "util/Ids.h"

#include <QJsonDocument>

namespace akta::sync {

QString Outbox::append(const QString& entity, const QString& entityId, qint64 baseRev,
                       const QJsonObject& fields)
{
    const QString opId = util::newId();
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO outbox(op_id, entity, entity_id, base_rev, "
                                              "fields, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    insert.bind(1, opId)
        .bind(2, entity)
        .bind(3, entityId)
        .bind(4, baseRev)
        .bind(5, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)))
        .bind(6, util::nowIso())
        .exec();
    return opId;
}

qint64 Outbox::pendingCount()
{
    auto query = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox"));
    query.step();
    return query.columnInt64(0);
}

} // namespace akta::sync
