#include "sync/AuditOutbox.h"

#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "sqlite/Transaction.h"
#include "sync/ServerApi.h"
#include "sync/SyncError.h"
#include "sync/SyncLog.h"
#include "util/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace akta::sync {

QString ExportEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SaveCopy:
        return QStringLiteral("export_save");
    case Kind::OpenExternal:
        return QStringLiteral("export_open");
    case Kind::AuditCsv:
        return QStringLiteral("export_csv");
    }
    return {};
}

QString AuditOutbox::append(const ExportEvent& event, const QString& device)
{
    const QString eventId = util::newId();
    QJsonObject json{{QStringLiteral("eventId"), eventId},
                     {QStringLiteral("kind"), ExportEvent::kindName(event.kind)},
                     {QStringLiteral("at"), util::nowIso()}};
    const auto put = [&json](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            json.insert(QLatin1String(key), value);
        }
    };
    QString caseId = event.caseId;
    if (caseId.isEmpty() && !event.documentId.isEmpty()) {
        auto owner = m_db.prepare(QStringLiteral("SELECT case_id FROM documents WHERE id = ?1"));
        owner.bind(1, event.documentId);
        caseId = owner.step() ? owner.columnText(0) : QString();
    }
    put("caseId", caseId);
    put("documentId", event.documentId);
    put("sha256", event.sha256);
    put("fileName", event.fileName.right(255));
    put("device", device.left(255));
    if (event.entries >= 0) {
        json.insert(QStringLiteral("entries"), event.entries);
    }
    m_db.prepare(QStringLiteral("INSERT INTO audit_outbox(event_id, event, created_at) VALUES (?1, ?2, ?3)"))
        .bind(1, eventId)
        .bind(2, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
        .bind(3, util::nowIso())
        .exec();
    return eventId;
}

qint64 AuditOutbox::pendingCount()
{
    auto query = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_outbox"));
    query.step();
    return query.columnInt64(0);
}

AuditOutbox::Counts AuditOutbox::send(ServerApi& api)
{
    Counts counts;
    for (;;) {
        QJsonArray events;
        {
            auto query = m_db.prepare(QStringLiteral("SELECT event FROM audit_outbox ORDER BY seq LIMIT ?1"));
            query.bind(1, kBatch);
            while (query.step()) {
                events.append(QJsonDocument::fromJson(query.columnText(0).toUtf8()).object());
            }
        }
        if (events.isEmpty()) {
            return counts;
        }
        const QJsonArray results = api.reportAuditEvents(events);
        sqlite::Transaction transaction(m_db);
        auto remove = m_db.prepare(QStringLiteral("DELETE FROM audit_outbox WHERE event_id = ?1"));
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            const QString eventId = events.at(i).toObject().value(QStringLiteral("eventId")).toString();
            if (result.value(QStringLiteral("eventId")).toString() != eventId) {
                throw SyncError(SyncError::Kind::Protocol, "audit events: the answers are not in order");
            }
            if (result.value(QStringLiteral("status")).toString() == QLatin1String("recorded")) {
                ++counts.recorded;
            } else {
                ++counts.rejected;
                qCWarning(lcSync) << "the server refused an export report:"
                                  << result.value(QStringLiteral("reason")).toString();
            }
            remove.bind(1, eventId).exec();
            remove.reset();
        }
        transaction.commit();
    }
}

} // namespace akta::sync
