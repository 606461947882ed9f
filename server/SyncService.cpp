#include "SyncService.h"

#include "AccessPolicy.h"
#include "ApiError.h"
#include "AuditLog.h"
#include "CaseNumberIssuer.h"
#include "CaseReach.h"
#include "ChangesFeed.h"
#include "EntitySchema.h"
#include "JsonBody.h"
#include "ReviewRules.h"
#include "SearchIndex.h"
#include "ServerBlobStore.h"
#include "ServerDatabase.h"
#include "WriteTransaction.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace akta::server {

struct SyncService::Operation
{
    QString opId;
    QString entity;
    QString id;
    qint64 baseRev = 0;
    QJsonObject fields;
};

struct SyncService::Stored
{
    bool exists = false;
    qint64 rev = 0;
    QString caseId;
    QString unitId;
    QString lookupKey;
    QJsonObject fields;
    QJsonObject fieldRevs;
};

namespace {

constexpr int kMaxOperations = 1000;

QJsonObject parse(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString text(const QJsonObject& fields, const char* key)
{
    return fields.value(QLatin1String(key)).toString();
}

QVariant nullable(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// The columns that decide who sees a case (a document's own accessClass decides nothing yet).
QVariant accessColumn(const QString& entity, const QJsonObject& fields, const char* key)
{
    return entity == QLatin1String("case") ? nullable(text(fields, key)) : nullable(QString());
}

QJsonObject rejected(const QString& opId, const QString& reason)
{
    return {{QStringLiteral("opId"), opId},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("reason"), reason}};
}

} // namespace

QJsonObject SyncService::push(const QJsonObject& body)
{
    JsonBody::allowOnly(body, {QStringLiteral("operations")}, QStringLiteral("push"));
    const QJsonValue list = body.value(QStringLiteral("operations"));
    if (!list.isArray()) {
        throw ApiError::badRequest(QStringLiteral("push: 'operations' must be an array"));
    }
    if (list.toArray().size() > kMaxOperations) {
        throw ApiError::tooLarge(
            QStringLiteral("push: at most %1 operations per request").arg(kMaxOperations));
    }
    QList<Operation> operations;
    for (const QJsonValue& item : list.toArray()) {
        const QString where = QStringLiteral("operations[%1]").arg(operations.size());
        if (!item.isObject()) {
            throw ApiError::badRequest(where + QStringLiteral(": must be an object"));
        }
        const QJsonObject object = item.toObject();
        JsonBody::allowOnly(object,
                            {QStringLiteral("opId"), QStringLiteral("entity"), QStringLiteral("id"),
                             QStringLiteral("baseRev"), QStringLiteral("fields")},
                            where);
        Operation op;
        op.opId = JsonBody::requiredString(object, QStringLiteral("opId"), where);
        op.entity = JsonBody::requiredString(object, QStringLiteral("entity"), where);
        op.id = JsonBody::requiredString(object, QStringLiteral("id"), where);
        if (!JsonBody::isUuid(op.opId) || !JsonBody::isUuid(op.id)) {
            throw ApiError::badRequest(where + QStringLiteral(": opId and id must be lowercase UUIDs"));
        }
        if (!EntitySchema::isEntity(op.entity)) {
            throw ApiError::badRequest(where + QStringLiteral(": unknown entity '%1'").arg(op.entity));
        }
        const QJsonValue baseRev = object.value(QStringLiteral("baseRev"));
        if (!baseRev.isDouble() || baseRev.toDouble() < 0 ||
            baseRev.toDouble() != static_cast<double>(static_cast<qint64>(baseRev.toDouble()))) {
            throw ApiError::badRequest(where + QStringLiteral(": 'baseRev' must be a non-negative integer"));
        }
        op.baseRev = static_cast<qint64>(baseRev.toDouble());
        if (!object.value(QStringLiteral("fields")).isObject()) {
            throw ApiError::badRequest(where + QStringLiteral(": 'fields' must be an object"));
        }
        op.fields = object.value(QStringLiteral("fields")).toObject();
        EntitySchema::validate(op.entity, op.fields, where);
        operations << op;
    }
    QJsonArray results;
    for (const Operation& op : operations) {
        results.append(apply(op));
    }
    return {{QStringLiteral("results"), results}};
}

SyncService::Stored SyncService::load(const QString& entity, const QString& id)
{
    QSqlQuery query = m_db.exec(QStringLiteral("SELECT rev, case_id, unit_id, lookup_key, fields, field_revs "
                                               "FROM entities WHERE entity = ? AND id = ?"),
                                {entity, id});
    Stored row;
    if (query.next()) {
        row.exists = true;
        row.rev = query.value(0).toLongLong();
        row.caseId = query.value(1).toString();
        row.unitId = query.value(2).toString();
        row.lookupKey = query.value(3).toString();
        row.fields = parse(query.value(4).toString());
        row.fieldRevs = parse(query.value(5).toString());
    }
    return row;
}

QString SyncService::place(const Operation& op, const Stored& current, Stored& next)
{
    const QString noAccess = QStringLiteral("no such %1, or no access to it").arg(op.entity);
    if (current.exists && !current.caseId.isEmpty() && !m_policy.canWriteCase(current.caseId)) {
        return m_policy.canReadCase(current.caseId) ? QStringLiteral("you may only read this case")
                                                    : noAccess;
    }
    next.caseId = current.caseId;
    next.unitId = current.unitId;
    next.lookupKey = current.lookupKey;
    if (op.entity == QLatin1String("case")) {
        next.caseId = op.id;
        const QString unit = text(op.fields, "responsibleUnit");
        next.unitId = !unit.isEmpty() ? unit : (current.exists ? current.unitId : m_policy.user().unitId);
        if ((!current.exists || next.unitId != current.unitId) && !m_policy.canSeeUnit(next.unitId)) {
            return QStringLiteral("the responsible unit is not one you may put cases in");
        }
        if (const QString refusal = personnelRefusal(op, current); !refusal.isEmpty()) {
            return refusal;
        }
        if (!current.exists &&
            (text(op.fields, "title").trimmed().isEmpty() || text(op.fields, "kleSubject").isEmpty())) {
            return QStringLiteral("a new case needs a title and a kleSubject");
        }
    } else if (op.entity == QLatin1String("document") || op.entity == QLatin1String("document_version")) {
        const bool isDocument = op.entity == QLatin1String("document");
        const char* parentKey = isDocument ? "caseId" : "documentId";
        const QString parentId = text(op.fields, parentKey);
        if (current.exists) {
            if (!parentId.isEmpty() && parentId != text(current.fields, parentKey)) {
                return QStringLiteral("%1 cannot change").arg(QLatin1String(parentKey));
            }
            if (!isDocument && op.fields.contains(QStringLiteral("sha256")) &&
                op.fields.value(QStringLiteral("sha256")) != current.fields.value(QStringLiteral("sha256"))) {
                return QStringLiteral("a version's content cannot change: add a new version");
            }
            return {};
        }
        if (parentId.isEmpty()) {
            return QStringLiteral("a new %1 needs %2").arg(op.entity, QLatin1String(parentKey));
        }
        const Stored parent =
            load(isDocument ? QStringLiteral("case") : QStringLiteral("document"), parentId);
        if (!parent.exists || !m_policy.canWriteCase(parent.caseId)) {
            return QStringLiteral("no such %1, or no access to it")
                .arg(isDocument ? QStringLiteral("case") : QStringLiteral("document"));
        }
        if (!isDocument && !m_blobs.contains(text(op.fields, "sha256"))) {
            return QStringLiteral("upload the blob %1 before the version that names it")
                .arg(text(op.fields, "sha256"));
        }
        if (!isDocument && !m_policy.canReadBlob(text(op.fields, "sha256"))) {
            // Naming a blob in a case of one's own would make it readable: only content the user
            // uploaded (proved by its hash) or may read already can be named.
            return QStringLiteral("upload the blob %1 before the version that names it")
                .arg(text(op.fields, "sha256"));
        }
        next.caseId = parent.caseId;
        next.unitId = parent.unitId;
    } else if (op.entity == QLatin1String("party")) {
        const QString identifier = text(op.fields, "identifier");
        if (!identifier.isEmpty()) {
            next.lookupKey = identifier;
        }
    }
    return {};
}

qint64 SyncService::nextSeq()
{
    // The row lock on the counter serialises writers on PostgreSQL, so seq follows commit order.
    return CaseReach::nextSeq(m_db);
}

QString SyncService::personnelRefusal(const Operation& op, const Stored& current)
{
    const auto value = [&](const char* key) {
        return op.fields.contains(QLatin1String(key)) ? text(op.fields, key) : text(current.fields, key);
    };
    const bool personnel = value("accessClass") == QLatin1String("personnel");
    const bool becomes =
        personnel && (!current.exists || text(current.fields, "accessClass") != value("accessClass"));
    if (becomes && !m_policy.hasRole("hr")) {
        return QStringLiteral("only HR may make a case a personnel case");
    }
    if (personnel &&
        !m_db.exec(QStringLiteral("SELECT 1 FROM users WHERE username = ?"), {value("employee")}).next()) {
        return QStringLiteral("a personnel case needs an employee who is a user");
    }
    return {};
}

qint64 SyncService::write(const QString& entity, const QString& id, const Stored& row)
{
    const qint64 seq = nextSeq();
    m_db.exec(QStringLiteral(
                  "INSERT INTO entities(entity, id, rev, seq, case_id, unit_id, lookup_key, fields, "
                  "field_revs, created_by, access_class, caseworker, employee) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (entity, id) DO UPDATE SET rev = excluded.rev, seq = excluded.seq, "
                  "case_id = excluded.case_id, unit_id = excluded.unit_id, lookup_key = excluded.lookup_key, "
                  "fields = excluded.fields, field_revs = excluded.field_revs, access_class = "
                  "excluded.access_class, caseworker = excluded.caseworker, employee = excluded.employee"),
              {entity, id, row.rev, seq, nullable(row.caseId), nullable(row.unitId), nullable(row.lookupKey),
               QString::fromUtf8(JsonBody::serialize(row.fields)),
               QString::fromUtf8(JsonBody::serialize(row.fieldRevs)), m_policy.user().id,
               accessColumn(entity, row.fields, "accessClass"),
               accessColumn(entity, row.fields, "caseworker"), accessColumn(entity, row.fields, "employee")});
    return seq;
}

void SyncService::afterWrite(const Operation& op, const Stored& current, const Stored& next)
{
    SearchIndex index(m_db);
    const QJsonObject& f = next.fields;
    if (op.entity == QLatin1String("case")) {
        index.update(op.entity, op.id, op.id, text(f, "caseNumber") + QLatin1Char(' ') + text(f, "title"),
                     {});
        if (op.fields.contains(QStringLiteral("parties"))) {
            m_db.exec(QStringLiteral("DELETE FROM case_parties WHERE case_id = ?"), {op.id});
            for (const QJsonValue& party : f.value(QStringLiteral("parties")).toArray()) {
                const QString partyId = party.toObject().value(QStringLiteral("partyId")).toString();
                m_db.exec(QStringLiteral("INSERT INTO case_parties(case_id, party_id) VALUES (?, ?) "
                                         "ON CONFLICT DO NOTHING"),
                          {op.id, partyId});
                // The party reaches those who see this case from now on.
                m_db.exec(QStringLiteral("UPDATE entities SET seq = ? WHERE entity = 'party' AND id = ?"),
                          {nextSeq(), partyId});
            }
        }
        if (current.exists && current.unitId != next.unitId) {
            // Moved to another unit: its documents follow.
            m_db.exec(
                QStringLiteral("UPDATE entities SET unit_id = ? WHERE case_id = ? AND entity <> 'case'"),
                {next.unitId, op.id});
        }
        bool reachChanged = current.exists && current.unitId != next.unitId;
        for (const char* key : {"accessClass", "caseworker", "employee"}) {
            reachChanged = reachChanged || (current.exists && text(current.fields, key) != text(f, key));
        }
        if (reachChanged) {
            // Who saw it may have lost it; who may see it now gets it with its documents.
            CaseReach(m_db).reannounce(op.id, current.unitId, true);
        }
    } else if (op.entity == QLatin1String("document")) {
        index.update(
            op.entity, op.id, next.caseId, text(f, "title"),
            QStringList{text(f, "subject"), text(f, "sender"), text(f, "recipients")}.join(QLatin1Char(' ')));
        ReviewRules(m_db, m_policy).audit(op.id, next.caseId, current.fields, f);
    } else if (op.entity == QLatin1String("document_version")) {
        index.update(op.entity, op.id, next.caseId, text(f, "fileName"), text(f, "extractedText"));
        m_db.exec(QStringLiteral("INSERT INTO blob_refs(sha256, version_id, case_id) VALUES (?, ?, ?) "
                                 "ON CONFLICT DO NOTHING"),
                  {text(f, "sha256"), op.id, next.caseId});
    }
}

QJsonObject SyncService::apply(const Operation& op)
{
    WriteTransaction transaction(m_db);
    if (const QString lock = m_db.dialect().lockWriters(); !lock.isEmpty()) {
        m_db.exec(lock);
    }
    QSqlQuery seen = m_db.exec(QStringLiteral("SELECT result FROM applied_ops WHERE op_id = ?"), {op.opId});
    if (seen.next()) {
        return parse(seen.value(0).toString());
    }
    const Stored current = load(op.entity, op.id);
    Stored next;
    QJsonObject result;
    QString refusal = place(op, current, next);
    if (refusal.isEmpty() && op.entity == QLatin1String("document")) {
        refusal = ReviewRules(m_db, m_policy).refusal(current.fields, op.fields, next.caseId);
    }
    if (!refusal.isEmpty()) {
        result = rejected(op.opId, refusal);
    } else {
        QJsonObject incoming = op.fields;
        if (op.entity == QLatin1String("case")) {
            // The server owns the case number.
            incoming.remove(QStringLiteral("caseNumber"));
            incoming.remove(QStringLiteral("numberProvisional"));
            if (!current.exists) {
                const QString facet =
                    text(incoming, "kleFacet").isEmpty() ? QStringLiteral("G01") : text(incoming, "kleFacet");
                incoming.insert(QStringLiteral("caseNumber"),
                                CaseNumberIssuer(m_db).next(text(incoming, "kleSubject"), facet,
                                                            QDate::currentDate().year()));
                incoming.insert(QStringLiteral("numberProvisional"), false);
                incoming.insert(QStringLiteral("responsibleUnit"), next.unitId);
            }
        }
        QStringList conflicting;
        QStringList changed;
        for (auto it = incoming.begin(); it != incoming.end(); ++it) {
            if (current.fields.value(it.key()) == it.value() && current.fields.contains(it.key())) {
                continue;
            }
            changed << it.key();
            if (current.fields.contains(it.key()) &&
                current.fieldRevs.value(it.key()).toInteger() > op.baseRev) {
                conflicting << it.key();
            }
        }
        const QString status = !conflicting.isEmpty()                         ? QStringLiteral("conflict")
                               : (current.exists && current.rev > op.baseRev) ? QStringLiteral("merged")
                                                                              : QStringLiteral("applied");
        result = {{QStringLiteral("opId"), op.opId}, {QStringLiteral("status"), status}};
        if (!conflicting.isEmpty() || changed.isEmpty()) {
            result.insert(QStringLiteral("rev"), current.rev);
            result.insert(QStringLiteral("fields"), current.fields);
            if (!conflicting.isEmpty()) {
                result.insert(QStringLiteral("conflictingFields"), QJsonArray::fromStringList(conflicting));
            }
        } else {
            next.exists = true;
            next.rev = current.rev + 1;
            next.fields = current.fields;
            next.fieldRevs = current.fieldRevs;
            for (const QString& key : changed) {
                next.fields.insert(key, incoming.value(key));
                next.fieldRevs.insert(key, next.rev);
            }
            result.insert(QStringLiteral("seq"), write(op.entity, op.id, next));
            afterWrite(op, current, next);
            result.insert(QStringLiteral("rev"), next.rev);
            result.insert(QStringLiteral("fields"), next.fields);
        }
    }
    QJsonObject detail{{QStringLiteral("status"), result.value(QStringLiteral("status"))}};
    if (result.contains(QStringLiteral("reason"))) {
        detail.insert(QStringLiteral("reason"), result.value(QStringLiteral("reason")));
    } else {
        detail.insert(QStringLiteral("fields"), QJsonArray::fromStringList(op.fields.keys()));
    }
    QString auditCase = next.caseId.isEmpty() ? current.caseId : next.caseId;
    if (auditCase.isEmpty() && op.entity == QLatin1String("document")) {
        // A refused new document is recorded under the case it named, for that case's leaders to see.
        auditCase = load(QStringLiteral("case"), text(op.fields, "caseId")).caseId;
    } else if (auditCase.isEmpty() && op.entity == QLatin1String("document_version")) {
        auditCase = load(QStringLiteral("document"), text(op.fields, "documentId")).caseId;
    }
    AuditLog(m_db).appendInTransaction(
        {m_policy.user().id, QStringLiteral("write"), auditCase, op.entity, op.id, detail});
    m_db.exec(QStringLiteral("INSERT INTO applied_ops(op_id, user_id, result) VALUES (?, ?, ?)"),
              {op.opId, m_policy.user().id, QString::fromUtf8(JsonBody::serialize(result))});
    transaction.commit();
    return result;
}

QJsonObject SyncService::pull(qint64 since, int limit)
{
    return ChangesFeed(m_db, m_policy).page(since, limit);
}

} // namespace akta::server
