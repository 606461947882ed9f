#include "sync/OutboxPusher.h"

#include "blobs/BlobStore.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "sync/ChangeApplier.h"
#include "sync/ConflictStore.h"
#include "sync/ServerApi.h"
#include "sync/SyncError.h"
#include "sync/SyncLog.h"
#include "util/Ids.h"

#include <QJsonDocument>
#include <QSet>

namespace akta::sync {

namespace {

QJsonObject wireOf(const OutboxOperation& op)
{
    return {{QStringLiteral("opId"), op.opId},
            {QStringLiteral("entity"), op.entity},
            {QStringLiteral("id"), op.entityId},
            {QStringLiteral("baseRev"), op.baseRev},
            {QStringLiteral("fields"), op.fields}};
}

} // namespace

OutboxPusher::Counts OutboxPusher::pushAll()
{
    Counts counts;
    Outbox outbox(m_db);
    const qint64 total = outbox.pendingCount();
    qint64 done = 0;
    while (true) {
        const QList<OutboxOperation> batch = outbox.nextBatch(m_batchSize);
        if (batch.isEmpty()) {
            break;
        }
        const Prepared prepared = prepare(batch);
        uploadBlobs(prepared);
        const QJsonArray results = send(prepared);
        store(prepared, results, counts);
        done += batch.size();
        if (m_progress) {
            m_progress(std::min(done, total), total);
        }
    }
    return counts;
}

void OutboxPusher::addPartiesOf(const OutboxOperation& op, Prepared& prepared)
{
    // A party taken from the local register never went into the outbox; the server learns it
    // before the first case that names it.
    for (const QJsonValue& value : op.fields.value(QStringLiteral("parties")).toArray()) {
        const QString partyId = value.toObject().value(QStringLiteral("partyId")).toString();
        auto query =
            m_db.prepare(QStringLiteral("SELECT kind, identifier, name, coalesce(source, '') FROM parties p "
                                        "WHERE id = ?1 AND rev = 0 AND "
                                        "NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = p.id)"));
        query.bind(1, partyId);
        if (!query.step()) {
            continue;
        }
        OutboxOperation party;
        party.opId = util::newId();
        party.entity = QStringLiteral("party");
        party.entityId = partyId;
        party.fields = {{QStringLiteral("kind"), query.columnText(0)},
                        {QStringLiteral("identifier"), query.columnText(1)},
                        {QStringLiteral("name"), query.columnText(2)}};
        if (!query.columnText(3).isEmpty()) {
            party.fields.insert(QStringLiteral("source"), query.columnText(3));
        }
        prepared.wire.append(wireOf(party));
        prepared.ops.append(party);
    }
}

OutboxPusher::Prepared OutboxPusher::prepare(const QList<OutboxOperation>& batch)
{
    Prepared prepared;
    for (OutboxOperation op : batch) {
        if (op.entity == QLatin1String("case")) {
            addPartiesOf(op, prepared);
            // A case made before the first sync names the local account's unit and user.
            const QString unit = op.fields.value(QStringLiteral("responsibleUnit")).toString();
            if (op.fields.contains(QStringLiteral("responsibleUnit")) &&
                !m_identity.visibleUnits.contains(unit)) {
                op.fields.remove(QStringLiteral("responsibleUnit"));
            }
            const QString caseworker = op.fields.value(QStringLiteral("caseworker")).toString();
            if (op.fields.contains(QStringLiteral("caseworker")) &&
                !m_identity.knownUsers.contains(caseworker)) {
                op.fields.insert(QStringLiteral("caseworker"), m_identity.userId);
            }
            op.fields.remove(QStringLiteral("numberProvisional"));
        } else if (op.entity == QLatin1String("document")) {
            // Operations queued by earlier versions: the local modification time is not synchronised
            // (two desktops' edits of different fields would conflict on it), and a document added
            // without an access class is a normal one.
            op.fields.remove(QStringLiteral("modifiedAt"));
            if (op.fields.contains(QStringLiteral("accessClass")) &&
                op.fields.value(QStringLiteral("accessClass")).toString().isEmpty()) {
                op.fields.insert(QStringLiteral("accessClass"), QStringLiteral("normal"));
            }
        }
        prepared.wire.append(wireOf(op));
        prepared.ops.append(op);
    }
    return prepared;
}

void OutboxPusher::uploadBlobs(const Prepared& prepared)
{
    QSet<QString> done;
    for (const OutboxOperation& op : prepared.ops) {
        const QString sha256 = op.fields.value(QStringLiteral("sha256")).toString();
        if (op.entity != QLatin1String("document_version") || sha256.isEmpty() || done.contains(sha256)) {
            continue;
        }
        done.insert(sha256);
        if (!m_blobs.contains(sha256)) {
            qCWarning(lcSync) << "blob" << sha256 << "is not in the local store; the server will refuse"
                              << op.opId;
            continue;
        }
        m_api.uploadBlob(sha256, m_blobs);
    }
}

QJsonArray OutboxPusher::send(const Prepared& prepared)
{
    try {
        return m_api.push(prepared.wire);
    } catch (const SyncError& error) {
        if (error.kind() != SyncError::Kind::Protocol) {
            throw;
        }
        // The server refused the request as a whole (a malformed operation): push one at a time,
        // so the one it refuses is set aside as rejected and the others go through.
        qCWarning(lcSync) << "push refused, trying one operation at a time:" << error.what();
        QJsonArray results;
        for (const QJsonValue& op : prepared.wire) {
            try {
                results.append(m_api.push(QJsonArray{op}).at(0));
            } catch (const SyncError& single) {
                if (single.kind() != SyncError::Kind::Protocol) {
                    throw;
                }
                results.append(
                    QJsonObject{{QStringLiteral("opId"), op.toObject().value(QStringLiteral("opId"))},
                                {QStringLiteral("status"), QStringLiteral("rejected")},
                                {QStringLiteral("reason"), QString::fromUtf8(single.what())}});
            }
        }
        return results;
    }
}

void OutboxPusher::store(const Prepared& prepared, const QJsonArray& results, Counts& counts)
{
    sqlite::Transaction transaction(m_db);
    Outbox outbox(m_db);
    ChangeApplier applier(m_db);
    ConflictStore conflicts(m_db);
    for (int i = 0; i < prepared.ops.size(); ++i) {
        const OutboxOperation& op = prepared.ops.at(i);
        const QJsonObject result = results.at(i).toObject();
        if (result.value(QStringLiteral("opId")).toString() != op.opId) {
            throw SyncError(SyncError::Kind::Protocol,
                            "push: the results are not in the order of the operations");
        }
        const QString status = result.value(QStringLiteral("status")).toString();
        const qint64 rev = result.value(QStringLiteral("rev")).toInteger();
        const QJsonObject fields = result.value(QStringLiteral("fields")).toObject();
        outbox.remove(op.opId);
        if (status == QLatin1String("applied") || status == QLatin1String("merged")) {
            ++counts.pushed;
            applier.apply(op.entity, op.entityId, rev, fields);
            if (op.seq > 0 && status == QLatin1String("applied")) {
                outbox.rebase(op.entityId, op.seq, rev);
            } else if (op.seq > 0) {
                outbox.rebaseOverlapping(op.entityId, op.seq, rev, op.fields.keys());
            }
        } else if (status == QLatin1String("conflict")) {
            ++counts.conflicts;
            SyncConflict conflict;
            conflict.opId = op.opId;
            conflict.entity = op.entity;
            conflict.entityId = op.entityId;
            conflict.baseRev = op.baseRev;
            conflict.localFields = op.fields;
            conflict.serverRev = rev;
            conflict.serverFields = fields;
            for (const QJsonValue& field : result.value(QStringLiteral("conflictingFields")).toArray()) {
                conflict.conflictingFields << field.toString();
            }
            conflicts.add(conflict);
            applier.apply(op.entity, op.entityId, rev, fields);
        } else {
            ++counts.rejected;
            SyncConflict rejection;
            rejection.rejected = true;
            rejection.opId = op.opId;
            rejection.entity = op.entity;
            rejection.entityId = op.entityId;
            rejection.baseRev = op.baseRev;
            rejection.localFields = op.fields;
            rejection.reason = result.value(QStringLiteral("reason")).toString();
            qCWarning(lcSync) << "the server rejected" << op.entity << op.entityId << ":" << rejection.reason;
            if (op.seq > 0) {
                conflicts.add(rejection);
            }
        }
    }
    transaction.commit();
}

} // namespace akta::sync
