#include "sync/ChangeApplier.h"

#include "cases/CaseNumberAllocator.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sync/EntityColumns.h"
#include "sync/SyncLog.h"
#include "util/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace akta::sync {

namespace {

const QString kCase = QStringLiteral("case");
const QString kParty = QStringLiteral("party");
const QString kDocument = QStringLiteral("document");
const QString kVersion = QStringLiteral("document_version");

QString str(const QJsonObject& fields, const char* key)
{
    return fields.value(QLatin1String(key)).toString();
}

void bindValue(sqlite::Statement& statement, int index, const QJsonValue& value, EntityColumn::Type type)
{
    if (value.isNull() || value.isUndefined()) {
        statement.bindNull(index);
    } else if (type == EntityColumn::Type::Boolean) {
        statement.bind(index, value.toBool());
    } else if (type == EntityColumn::Type::Integer) {
        statement.bind(index, static_cast<qint64>(value.toDouble()));
    } else if (value.isString()) {
        statement.bind(index, value.toString());
    } else {
        statement.bind(index,
                       QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
    }
}

} // namespace

ChangeApplier::ChangeApplier(sqlite::Database& db) : m_db(db) {}

ChangeApplier::~ChangeApplier() = default;

sqlite::Statement& ChangeApplier::statement(const QString& sql)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end()) {
        found->second->reset();
        return *found->second;
    }
    auto prepared = std::make_unique<sqlite::Statement>(m_db.prepare(sql));
    return *m_statements.emplace(sql, std::move(prepared)).first->second;
}

bool ChangeApplier::exists(const QString& table, const QString& id)
{
    auto& query = statement(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(table));
    query.bind(1, id);
    return query.step();
}

qint64 ChangeApplier::localRev(const QString& table, const QString& id, bool* found)
{
    auto& query = statement(QStringLiteral("SELECT rev FROM %1 WHERE id = ?1").arg(table));
    query.bind(1, id);
    *found = query.step();
    return *found ? query.columnInt64(0) : 0;
}

QString ChangeApplier::partyId(const QString& remoteId)
{
    auto& query = statement(QStringLiteral("SELECT local_id FROM party_aliases WHERE remote_id = ?1"));
    query.bind(1, remoteId);
    return query.step() ? query.columnText(0) : remoteId;
}

QSet<QString> ChangeApplier::localFields(const QString& id)
{
    QSet<QString> keys;
    auto& query = statement(QStringLiteral("SELECT fields FROM outbox WHERE entity_id = ?1 UNION ALL "
                                           "SELECT local_fields FROM conflicts WHERE entity_id = ?1"));
    query.bind(1, id);
    while (query.step()) {
        const QJsonObject fields = QJsonDocument::fromJson(query.columnText(0).toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            keys.insert(it.key());
        }
    }
    return keys;
}

QString ChangeApplier::missingParent(const QString& entity, const QJsonObject& fields)
{
    if (entity == kCase) {
        for (const QJsonValue& party : fields.value(QStringLiteral("parties")).toArray()) {
            const QString id = partyId(party.toObject().value(QStringLiteral("partyId")).toString());
            if (!exists(QStringLiteral("parties"), id)) {
                return kParty + QLatin1Char(':') + id;
            }
        }
    } else if (entity == kDocument) {
        if (!exists(QStringLiteral("cases"), str(fields, "caseId"))) {
            return kCase + QLatin1Char(':') + str(fields, "caseId");
        }
        const QString parent = str(fields, "parentDocumentId");
        if (!parent.isEmpty() && !exists(QStringLiteral("documents"), parent)) {
            return kDocument + QLatin1Char(':') + parent;
        }
    } else if (entity == kVersion && !exists(QStringLiteral("documents"), str(fields, "documentId"))) {
        return kDocument + QLatin1Char(':') + str(fields, "documentId");
    }
    return {};
}

bool ChangeApplier::mayHaveParked()
{
    if (!m_parkedChecked) {
        m_parked = parkedCount() > 0;
        m_parkedChecked = true;
    }
    return m_parked;
}

void ChangeApplier::park(const QString& entity, const QString& id, qint64 rev, const QJsonObject& fields,
                         const QString& waitingFor)
{
    m_parked = true;
    m_parkedChecked = true;
    statement(
        QStringLiteral("INSERT INTO sync_parked(entity, entity_id, rev, fields, waiting_for) "
                       "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(entity, entity_id) DO UPDATE SET "
                       "rev = excluded.rev, fields = excluded.fields, waiting_for = excluded.waiting_for "
                       "WHERE excluded.rev >= sync_parked.rev"))
        .bind(1, entity)
        .bind(2, id)
        .bind(3, rev)
        .bind(4, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)))
        .bind(5, waitingFor)
        .exec();
}

ChangeApplier::Outcome ChangeApplier::apply(const QString& entity, const QString& id, qint64 rev,
                                            const QJsonObject& serverFields)
{
    const QString table = EntityColumns::table(entity);
    if (table.isEmpty()) {
        qCWarning(lcSync) << "ignoring a change of unknown entity" << entity;
        return Outcome::Skipped;
    }
    QJsonObject fields = serverFields;
    if (entity == kParty && !prepareParty(id, fields)) {
        return Outcome::Applied; // known here under another id: aliased
    }
    bool found = false;
    const qint64 current = localRev(table, id, &found);
    if (found && current >= rev) {
        return Outcome::Skipped;
    }
    if (const QString missing = missingParent(entity, fields); !missing.isEmpty()) {
        park(entity, id, rev, serverFields, missing);
        return Outcome::Parked;
    }
    if (found) {
        for (const QString& key : localFields(id)) {
            fields.remove(key);
        }
    }
    if (entity == kCase) {
        prepareCase(id, fields);
    } else if (entity == kDocument) {
        prepareDocument(id, fields);
    } else if (entity == kVersion) {
        prepareVersion(id, fields);
    }
    writeRow(entity, id, rev, fields, !found);
    writeParties(entity, id, fields);
    if (mayHaveParked()) {
        statement(
            QStringLiteral("DELETE FROM sync_parked WHERE entity = ?1 AND entity_id = ?2 AND rev <= ?3"))
            .bind(1, entity)
            .bind(2, id)
            .bind(3, rev)
            .exec();
    }
    return Outcome::Applied;
}

bool ChangeApplier::prepareParty(const QString& id, QJsonObject& fields)
{
    const QString identifier = str(fields, "identifier");
    if (identifier.isEmpty()) {
        return true;
    }
    auto& query = statement(QStringLiteral("SELECT id FROM parties WHERE identifier = ?1 AND id <> ?2"));
    query.bind(1, identifier).bind(2, id);
    if (!query.step()) {
        return true;
    }
    statement(QStringLiteral("INSERT OR REPLACE INTO party_aliases(remote_id, local_id) VALUES (?1, ?2)"))
        .bind(1, id)
        .bind(2, query.columnText(0))
        .exec();
    return false;
}

void ChangeApplier::prepareCase(const QString& id, QJsonObject& fields)
{
    const QString number = str(fields, "caseNumber");
    if (!number.isEmpty()) {
        // A provisional number here that the server gave to another case moves out of the way.
        auto& clash = statement(QStringLiteral("SELECT id FROM cases WHERE case_number = ?1 AND id <> ?2"));
        clash.bind(1, number).bind(2, id);
        if (clash.step()) {
            const QString other = clash.columnText(0);
            statement(QStringLiteral("UPDATE cases SET case_number = case_number || '-' || ?2 WHERE id = ?1"))
                .bind(1, other)
                .bind(2, other.left(8))
                .exec();
        }
        const QStringList parts = number.split(QLatin1Char('-'));
        if (parts.size() == 4 && !fields.value(QStringLiteral("numberProvisional")).toBool()) {
            cases::CaseNumberAllocator(m_db).observe(parts.at(0), 2000 + parts.at(3).toInt(),
                                                     parts.at(2).toInt());
        }
    }
    if (fields.contains(QStringLiteral("responsibleUnit")) &&
        !exists(QStringLiteral("units"), str(fields, "responsibleUnit"))) {
        fields.insert(QStringLiteral("responsibleUnit"), QJsonValue::Null);
    }
    if (fields.contains(QStringLiteral("caseworker")) &&
        !exists(QStringLiteral("users"), str(fields, "caseworker"))) {
        fields.insert(QStringLiteral("caseworker"), QJsonValue::Null);
    }
}

void ChangeApplier::prepareDocument(const QString& id, QJsonObject& fields)
{
    if (fields.contains(QStringLiteral("number"))) {
        // Two desktops may give the same akt-nummer offline: the later arrival gets the next free one.
        auto& clash = statement(
            QStringLiteral("SELECT 1 FROM documents WHERE case_id = ?1 AND number = ?2 AND id <> ?3"));
        clash.bind(1, str(fields, "caseId")).bind(2, fields.value(QStringLiteral("number")).toInteger());
        clash.bind(3, id);
        if (clash.step()) {
            auto& next = statement(
                QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM documents WHERE case_id = ?1"));
            next.bind(1, str(fields, "caseId")).step();
            fields.insert(QStringLiteral("number"), next.columnInt64(0));
        }
    }
    if (!str(fields, "messageId").isEmpty()) {
        auto& clash = statement(
            QStringLiteral("SELECT 1 FROM documents WHERE case_id = ?1 AND message_id = ?2 AND id <> ?3"));
        clash.bind(1, str(fields, "caseId")).bind(2, str(fields, "messageId")).bind(3, id);
        if (clash.step()) {
            fields.remove(QStringLiteral("messageId"));
        }
    }
}

void ChangeApplier::prepareVersion(const QString& id, QJsonObject& fields)
{
    if (fields.contains(QStringLiteral("version"))) {
        auto& clash = statement(QStringLiteral(
            "SELECT 1 FROM document_versions WHERE document_id = ?1 AND version = ?2 AND id <> ?3"));
        clash.bind(1, str(fields, "documentId")).bind(2, fields.value(QStringLiteral("version")).toInteger());
        clash.bind(3, id);
        if (clash.step()) {
            auto& next = statement(QStringLiteral(
                "SELECT coalesce(max(version), 0) + 1 FROM document_versions WHERE document_id = ?1"));
            next.bind(1, str(fields, "documentId")).step();
            fields.insert(QStringLiteral("version"), next.columnInt64(0));
        }
    }
}

void ChangeApplier::writeRow(const QString& entity, const QString& id, qint64 rev, const QJsonObject& fields,
                             bool insert)
{
    const QString table = EntityColumns::table(entity);
    QStringList columns{QStringLiteral("rev")};
    QList<std::pair<QJsonValue, EntityColumn::Type>> values{{QJsonValue(rev), EntityColumn::Type::Integer}};
    QJsonObject all = fields;
    if (insert) {
        const QJsonObject defaults = EntityColumns::insertDefaults(entity);
        for (auto it = defaults.begin(); it != defaults.end(); ++it) {
            if (!all.contains(it.key()) || all.value(it.key()).isNull()) {
                all.insert(it.key(), it.value());
            }
        }
    }
    for (const EntityColumn& column : EntityColumns::columns(entity)) {
        if (all.contains(column.key)) {
            columns << column.column;
            values.append({all.value(column.key), column.type});
        }
    }
    const QString now = util::nowIso();
    const bool hasModified = entity == kCase || entity == kDocument;
    if (hasModified) {
        columns << QStringLiteral("modified_at");
        values.append({QJsonValue(now), EntityColumn::Type::Text});
    }
    if (entity == kVersion && all.contains(QStringLiteral("extractedText"))) {
        columns << QStringLiteral("text_status");
        values.append({QJsonValue(QStringLiteral("ok")), EntityColumn::Type::Text});
    }
    QString sql;
    if (insert) {
        if (!all.contains(QStringLiteral("createdAt")) && entity != kParty) {
            columns << QStringLiteral("created_at");
            values.append({QJsonValue(now), EntityColumn::Type::Text});
        }
        if (entity == kVersion && !all.contains(QStringLiteral("extractedText"))) {
            columns << QStringLiteral("text_status");
            values.append({QJsonValue(QStringLiteral("none")), EntityColumn::Type::Text});
        }
        QStringList marks;
        for (int i = 0; i <= columns.size(); ++i) {
            marks << QStringLiteral("?%1").arg(i + 1);
        }
        sql = QStringLiteral("INSERT INTO %1(id, %2) VALUES (%3)")
                  .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    } else {
        QStringList sets;
        for (int i = 0; i < columns.size(); ++i) {
            sets << QStringLiteral("%1 = ?%2").arg(columns.at(i)).arg(i + 2);
        }
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1").arg(table, sets.join(QStringLiteral(", ")));
    }
    auto& write = statement(sql);
    write.bind(1, id);
    for (int i = 0; i < values.size(); ++i) {
        bindValue(write, i + 2, values.at(i).first, values.at(i).second);
    }
    write.exec();
}

void ChangeApplier::writeCaseParties(const QString& caseId, const QJsonObject& fields)
{
    statement(QStringLiteral("DELETE FROM case_parties WHERE case_id = ?1")).bind(1, caseId).exec();
    auto& insert = statement(
        QStringLiteral("INSERT OR IGNORE INTO case_parties(case_id, party_id, role) VALUES (?1, ?2, ?3)"));
    for (const QJsonValue& value : fields.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject party = value.toObject();
        insert.bind(1, caseId)
            .bind(2, partyId(party.value(QStringLiteral("partyId")).toString()))
            .bind(3, party.value(QStringLiteral("role")).toString())
            .exec();
        insert.reset();
    }
}

void ChangeApplier::writeDocumentParties(const QString& documentId, const QJsonObject& fields)
{
    statement(QStringLiteral("DELETE FROM document_parties WHERE document_id = ?1"))
        .bind(1, documentId)
        .exec();
    // A party that is not here (not sent, or purged with another case) is left out rather than
    // stopping the document.
    auto& insert = statement(QStringLiteral("INSERT OR IGNORE INTO document_parties(document_id, party_id) "
                                            "SELECT ?1, id FROM parties WHERE id = ?2"));
    for (const QJsonValue& value : fields.value(QStringLiteral("parties")).toArray()) {
        insert.bind(1, documentId).bind(2, partyId(value.toString())).exec();
        insert.reset();
    }
}

void ChangeApplier::writeParties(const QString& entity, const QString& id, const QJsonObject& fields)
{
    if (!fields.contains(QStringLiteral("parties"))) {
        return;
    }
    if (entity == kCase) {
        writeCaseParties(id, fields);
    } else if (entity == kDocument) {
        writeDocumentParties(id, fields);
    }
}

void ChangeApplier::revoke(const QString& entity, const QString& id)
{
    // What hangs under the entity goes with it, and so do its outbox operations and open conflicts:
    // the server would refuse them, and a purged case must leave nothing readable behind.
    QStringList ids{id};
    auto collect = [this, &ids](const QString& sql, const QString& parent) {
        auto& query = statement(sql);
        query.bind(1, parent);
        while (query.step()) {
            ids << query.columnText(0);
        }
    };
    const QString documentsOfCase = QStringLiteral("SELECT id FROM documents WHERE case_id = ?1");
    const QString versionsOfDocument =
        QStringLiteral("SELECT id FROM document_versions WHERE document_id = ?1");
    if (entity == kCase) {
        collect(documentsOfCase, id);
    }
    if (entity == kCase || entity == kDocument) {
        for (const QString& document : QStringList(ids)) {
            collect(versionsOfDocument, document);
        }
    }
    auto run = [this](const QString& sql, const QString& value) { statement(sql).bind(1, value).exec(); };
    for (const QString& each : ids) {
        run(QStringLiteral("DELETE FROM outbox WHERE entity_id = ?1"), each);
        run(QStringLiteral("DELETE FROM conflicts WHERE entity_id = ?1"), each);
        run(QStringLiteral("DELETE FROM sync_parked WHERE entity_id = ?1"), each);
    }
    if (entity == kParty) {
        run(QStringLiteral("DELETE FROM parties WHERE id = ?1 AND NOT EXISTS "
                           "(SELECT 1 FROM case_parties WHERE party_id = ?1)"),
            id);
    } else if (EntityColumns::isEntity(entity)) {
        run(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(EntityColumns::table(entity)), id);
    }
}

int ChangeApplier::applyParked()
{
    if (!mayHaveParked()) {
        return 0;
    }
    int applied = 0;
    for (bool progress = true; progress;) {
        progress = false;
        struct Row
        {
            QString entity, id;
            qint64 rev;
            QJsonObject fields;
        };
        QList<Row> rows;
        auto& query = statement(QStringLiteral("SELECT entity, entity_id, rev, fields FROM sync_parked"));
        while (query.step()) {
            rows.append({query.columnText(0), query.columnText(1), query.columnInt64(2),
                         QJsonDocument::fromJson(query.columnText(3).toUtf8()).object()});
        }
        for (const Row& row : rows) {
            if (!missingParent(row.entity, row.fields).isEmpty()) {
                continue;
            }
            statement(QStringLiteral("DELETE FROM sync_parked WHERE entity = ?1 AND entity_id = ?2"))
                .bind(1, row.entity)
                .bind(2, row.id)
                .exec();
            if (apply(row.entity, row.id, row.rev, row.fields) != Outcome::Parked) {
                ++applied;
                progress = true;
            }
        }
    }
    return applied;
}

void ChangeApplier::overwrite(const QString& entity, const QString& id, const QJsonObject& fields)
{
    bool found = false;
    const qint64 current = localRev(EntityColumns::table(entity), id, &found);
    if (found && !fields.isEmpty()) {
        writeRow(entity, id, current, fields, false);
        writeParties(entity, id, fields);
    }
}

qint64 ChangeApplier::rev(const QString& entity, const QString& id)
{
    bool found = false;
    return EntityColumns::isEntity(entity) ? localRev(EntityColumns::table(entity), id, &found) : 0;
}

int ChangeApplier::releaseParkedCases()
{
    struct Row
    {
        QString id;
        qint64 rev;
        QJsonObject fields;
    };
    QList<Row> rows;
    auto& query = statement(QStringLiteral("SELECT entity_id, rev, fields FROM sync_parked WHERE entity = "
                                           "'case' AND waiting_for LIKE 'party:%'"));
    while (query.step()) {
        rows.append({query.columnText(0), query.columnInt64(1),
                     QJsonDocument::fromJson(query.columnText(2).toUtf8()).object()});
    }
    int applied = 0;
    for (Row& row : rows) {
        QJsonArray known;
        for (const QJsonValue& party : row.fields.value(QStringLiteral("parties")).toArray()) {
            const QString id = party.toObject().value(QStringLiteral("partyId")).toString();
            if (exists(QStringLiteral("parties"), partyId(id))) {
                known.append(party);
            } else {
                qCWarning(lcSync) << "case" << row.id << "names party" << id
                                  << "that the server did not send";
            }
        }
        row.fields.insert(QStringLiteral("parties"), known);
        statement(QStringLiteral("DELETE FROM sync_parked WHERE entity = 'case' AND entity_id = ?1"))
            .bind(1, row.id)
            .exec();
        if (apply(kCase, row.id, row.rev, row.fields) == Outcome::Applied) {
            ++applied;
        }
    }
    return applied > 0 ? applied + applyParked() : 0;
}

qint64 ChangeApplier::parkedCount()
{
    auto& query = statement(QStringLiteral("SELECT count(*) FROM sync_parked"));
    query.step();
    return query.columnInt64(0);
}

} // namespace akta::sync
