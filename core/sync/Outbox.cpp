#include "sync/Outbox.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "util/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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

QList<OutboxOperation> Outbox::nextBatch(int limit)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT seq, op_id, entity, entity_id, base_rev, fields FROM outbox ORDER BY seq LIMIT ?1"));
    query.bind(1, limit);
    QList<OutboxOperation> batch;
    QSet<QString> entities;
    while (query.step()) {
        OutboxOperation op;
        op.seq = query.columnInt64(0);
        op.opId = query.columnText(1);
        op.entity = query.columnText(2);
        op.entityId = query.columnText(3);
        op.baseRev = query.columnInt64(4);
        op.fields = QJsonDocument::fromJson(query.columnText(5).toUtf8()).object();
        if (entities.contains(op.entityId)) {
            break;
        }
        entities.insert(op.entityId);
        batch.append(op);
    }
    return batch;
}

void Outbox::remove(const QString& opId)
{
    m_db.prepare(QStringLiteral("DELETE FROM outbox WHERE op_id = ?1")).bind(1, opId).exec();
}

void Outbox::rebase(const QString& entityId, qint64 afterSeq, qint64 rev)
{
    m_db.prepare(QStringLiteral(
                     "UPDATE outbox SET base_rev = ?3 WHERE entity_id = ?1 AND seq > ?2 AND base_rev < ?3"))
        .bind(1, entityId)
        .bind(2, afterSeq)
        .bind(3, rev)
        .exec();
}

void Outbox::rebaseOverlapping(const QString& entityId, qint64 afterSeq, qint64 rev,
                               const QStringList& fields)
{
    m_db.prepare(QStringLiteral(
                     "UPDATE outbox SET base_rev = ?3 WHERE entity_id = ?1 AND seq > ?2 AND base_rev < ?3 "
                     "AND EXISTS (SELECT 1 FROM json_each(outbox.fields) f "
                     "WHERE f.key IN (SELECT value FROM json_each(?4)))"))
        .bind(1, entityId)
        .bind(2, afterSeq)
        .bind(3, rev)
        .bind(4, QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact)))
        .exec();
}

} // namespace akta::sync
