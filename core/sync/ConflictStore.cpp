#include "sync/ConflictStore.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "sync/ChangeApplier.h"
#include "sync/EntityColumns.h"
#include "sync/Outbox.h"
#include "util/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace akta::sync {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const char* const kSelect =
    "SELECT id, kind, op_id, entity, entity_id, base_rev, local_fields, server_rev, server_fields, "
    "conflicting_fields, reason, created_at, coalesce("
    "(SELECT k.case_number || ' ' || k.title FROM cases k WHERE k.id = x.entity_id), "
    "(SELECT k.case_number || ' · ' || d.number || ' ' || d.title FROM documents d "
    "JOIN cases k ON k.id = d.case_id WHERE d.id = x.entity_id), "
    "(SELECT p.name FROM parties p WHERE p.id = x.entity_id), '') FROM conflicts x ";

SyncConflict read(const sqlite::Statement& row)
{
    SyncConflict conflict;
    conflict.id = row.columnInt64(0);
    conflict.rejected = row.columnText(1) == QLatin1String("rejected");
    conflict.opId = row.columnText(2);
    conflict.entity = row.columnText(3);
    conflict.entityId = row.columnText(4);
    conflict.baseRev = row.columnInt64(5);
    conflict.localFields = parse(row.columnText(6));
    conflict.serverRev = row.columnInt64(7);
    conflict.serverFields = parse(row.columnText(8));
    for (const QJsonValue& field : QJsonDocument::fromJson(row.columnText(9).toUtf8()).array()) {
        conflict.conflictingFields << field.toString();
    }
    conflict.reason = row.columnText(10);
    conflict.createdAt = row.columnText(11);
    conflict.subject = row.columnText(12);
    return conflict;
}

} // namespace

void ConflictStore::add(const SyncConflict& conflict)
{
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO conflicts(kind, op_id, entity, entity_id, base_rev, local_fields, server_rev, "
        "server_fields, conflicting_fields, reason, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    insert.bind(1, conflict.rejected ? "rejected" : "conflict")
        .bind(2, conflict.opId)
        .bind(3, conflict.entity)
        .bind(4, conflict.entityId)
        .bind(5, conflict.baseRev)
        .bind(6, compact(conflict.localFields))
        .bind(7, conflict.serverRev)
        .bind(8, compact(conflict.serverFields))
        .bind(9, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(conflict.conflictingFields))
                                       .toJson(QJsonDocument::Compact)))
        .bind(10, conflict.reason)
        .bind(11, util::nowIso())
        .exec();
}

QList<SyncConflict> ConflictStore::list()
{
    auto query = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("ORDER BY id"));
    QList<SyncConflict> conflicts;
    while (query.step()) {
        conflicts.append(read(query));
    }
    return conflicts;
}

std::optional<SyncConflict> ConflictStore::find(qint64 id)
{
    auto query = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?1"));
    query.bind(1, id);
    return query.step() ? std::optional<SyncConflict>(read(query)) : std::nullopt;
}

qint64 ConflictStore::count()
{
    auto query = m_db.prepare(QStringLiteral("SELECT count(*) FROM conflicts"));
    query.step();
    return query.columnInt64(0);
}

void ConflictStore::resolve(qint64 id, const QStringList& keepLocal)
{
    sqlite::Transaction transaction(m_db);
    const auto conflict = find(id);
    if (!conflict) {
        throw std::invalid_argument("no such conflict");
    }
    m_db.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?1")).bind(1, id).exec();
    QJsonObject theirs;
    QJsonObject ours;
    for (auto it = conflict->localFields.begin(); it != conflict->localFields.end(); ++it) {
        const bool contested = conflict->conflictingFields.contains(it.key());
        if (contested && !keepLocal.contains(it.key())) {
            theirs.insert(it.key(), conflict->serverFields.value(it.key()));
        } else {
            ours.insert(it.key(), it.value());
        }
    }
    ChangeApplier applier(m_db);
    applier.overwrite(conflict->entity, conflict->entityId, theirs);
    applier.overwrite(conflict->entity, conflict->entityId, ours);
    if (!ours.isEmpty()) {
        Outbox(m_db).append(conflict->entity, conflict->entityId,
                            std::max(conflict->serverRev, applier.rev(conflict->entity, conflict->entityId)),
                            ours);
    }
    transaction.commit();
}

void ConflictStore::dismiss(qint64 id)
{
    sqlite::Transaction transaction(m_db);
    const auto conflict = find(id);
    if (!conflict) {
        throw std::invalid_argument("no such conflict");
    }
    m_db.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?1")).bind(1, id).exec();
    if (!conflict->rejected) {
        QJsonObject theirs;
        for (const QString& field : conflict->conflictingFields) {
            theirs.insert(field, conflict->serverFields.value(field));
        }
        ChangeApplier(m_db).overwrite(conflict->entity, conflict->entityId, theirs);
    }
    transaction.commit();
}

QJsonObject ConflictStore::toJson(const SyncConflict& conflict)
{
    QJsonObject json{
        {QStringLiteral("id"), conflict.id},
        {QStringLiteral("kind"), conflict.rejected ? QStringLiteral("rejected") : QStringLiteral("conflict")},
        {QStringLiteral("opId"), conflict.opId},
        {QStringLiteral("entity"), conflict.entity},
        {QStringLiteral("entityId"), conflict.entityId},
        {QStringLiteral("baseRev"), conflict.baseRev},
        {QStringLiteral("local"), conflict.localFields},
        {QStringLiteral("createdAt"), conflict.createdAt}};
    if (conflict.rejected) {
        json.insert(QStringLiteral("reason"), conflict.reason);
    } else {
        json.insert(QStringLiteral("serverRev"), conflict.serverRev);
        json.insert(QStringLiteral("server"), conflict.serverFields);
        json.insert(QStringLiteral("fields"), QJsonArray::fromStringList(conflict.conflictingFields));
    }
    return json;
}

} // namespace akta::sync
