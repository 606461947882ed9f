#include "AuditEventIntake.h"

#include "AccessPolicy.h"
#include "ApiError.h"
#include "AuditLog.h"
#include "JsonBody.h"
#include "ServerDatabase.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace akta::server {

namespace {

// What a client may report: all of them are exports of content the client already holds.
const QStringList kKinds{QStringLiteral("export_save"), QStringLiteral("export_open"),
                         QStringLiteral("export_csv")};

struct ReportedEvent
{
    QString eventId;
    QString kind;
    QString caseId;
    QString documentId;
    QString sha256;
    QString at;
    QString fileName;
    QString device;
    qint64 entries = -1;
};

ReportedEvent readEvent(const QJsonValue& value, int index)
{
    const QString where = QStringLiteral("events[%1]").arg(index);
    if (!value.isObject()) {
        throw ApiError::badRequest(where + QStringLiteral(": must be an object"));
    }
    const QJsonObject object = value.toObject();
    JsonBody::allowOnly(object,
                        {QStringLiteral("eventId"), QStringLiteral("kind"), QStringLiteral("caseId"),
                         QStringLiteral("documentId"), QStringLiteral("sha256"), QStringLiteral("at"),
                         QStringLiteral("fileName"), QStringLiteral("device"), QStringLiteral("entries")},
                        where);
    ReportedEvent event;
    event.eventId = JsonBody::requiredString(object, QStringLiteral("eventId"), where);
    event.kind = JsonBody::requiredString(object, QStringLiteral("kind"), where);
    event.caseId = JsonBody::optionalString(object, QStringLiteral("caseId"), where);
    event.documentId = JsonBody::optionalString(object, QStringLiteral("documentId"), where);
    event.sha256 = JsonBody::optionalString(object, QStringLiteral("sha256"), where);
    event.at = JsonBody::requiredString(object, QStringLiteral("at"), where);
    event.fileName = JsonBody::optionalString(object, QStringLiteral("fileName"), where);
    event.device = JsonBody::optionalString(object, QStringLiteral("device"), where);
    if (!JsonBody::isUuid(event.eventId)) {
        throw ApiError::badRequest(where + QStringLiteral(": 'eventId' must be a lower-case UUID"));
    }
    if (!kKinds.contains(event.kind)) {
        throw ApiError::badRequest(
            where + QStringLiteral(": 'kind' must be one of %1").arg(kKinds.join(QStringLiteral(", "))));
    }
    if (event.caseId.isEmpty() ? event.kind != QLatin1String("export_csv")
                               : !JsonBody::isUuid(event.caseId)) {
        throw ApiError::badRequest(where + QStringLiteral(": 'caseId' must be a lower-case UUID"));
    }
    if (!event.documentId.isEmpty() && !JsonBody::isUuid(event.documentId)) {
        throw ApiError::badRequest(where + QStringLiteral(": 'documentId' must be a lower-case UUID"));
    }
    static const QRegularExpression hexHash(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    if (!event.sha256.isEmpty() && !hexHash.match(event.sha256).hasMatch()) {
        throw ApiError::badRequest(where + QStringLiteral(": 'sha256' must be 64 lower-case hex digits"));
    }
    if (!QDateTime::fromString(event.at, Qt::ISODateWithMs).isValid()) {
        throw ApiError::badRequest(where + QStringLiteral(": 'at' must be an ISO 8601 date and time"));
    }
    if (event.fileName.size() > 255 || event.device.size() > 255) {
        throw ApiError::badRequest(where +
                                   QStringLiteral(": 'fileName' and 'device' have at most 255 characters"));
    }
    if (object.contains(QStringLiteral("entries"))) {
        const QJsonValue entries = object.value(QStringLiteral("entries"));
        if (!entries.isDouble() || entries.toDouble() < 0 || entries.toDouble() != entries.toInteger()) {
            throw ApiError::badRequest(where + QStringLiteral(": 'entries' must be a whole number from 0"));
        }
        event.entries = entries.toInteger();
    }
    return event;
}

} // namespace

QJsonObject AuditEventIntake::record(const QJsonObject& body)
{
    JsonBody::allowOnly(body, {QStringLiteral("events")}, QStringLiteral("audit events"));
    const QJsonValue list = body.value(QStringLiteral("events"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxEvents) {
        throw ApiError::badRequest(
            QStringLiteral("audit events: 'events' must be an array of 1 to %1 events").arg(kMaxEvents));
    }
    QList<ReportedEvent> events;
    for (const QJsonValue& value : list.toArray()) {
        events << readEvent(value, static_cast<int>(events.size()));
    }

    WriteTransaction transaction(m_db);
    AuditLog log(m_db);
    QJsonArray results;
    for (const ReportedEvent& event : events) {
        QSqlQuery seen =
            m_db.exec(QStringLiteral("SELECT result FROM applied_ops WHERE op_id = ?"), {event.eventId});
        if (seen.next()) {
            results.append(QJsonDocument::fromJson(seen.value(0).toString().toUtf8()).object());
            continue;
        }
        QString refusal;
        if (event.caseId.isEmpty()) {
            if (!m_policy.hasRole("leader") && !m_policy.hasRole("dpo")) {
                refusal = QStringLiteral("only leaders and the data protection officer export the audit log");
            }
        } else if (!m_policy.canReadCase(event.caseId)) {
            refusal = QStringLiteral("no such case, or no access to it");
        } else if (!event.documentId.isEmpty()) {
            QSqlQuery document =
                m_db.exec(QStringLiteral("SELECT case_id FROM entities WHERE entity = 'document' AND id = ?"),
                          {event.documentId});
            if (!document.next() || document.value(0).toString() != event.caseId) {
                refusal = QStringLiteral("no such document in that case");
            }
        }
        QJsonObject detail{{QStringLiteral("clientAt"), event.at}, {QStringLiteral("device"), event.device}};
        if (!event.fileName.isEmpty()) {
            detail.insert(QStringLiteral("fileName"), event.fileName);
        }
        if (!event.sha256.isEmpty()) {
            detail.insert(QStringLiteral("sha256"), event.sha256);
        }
        if (event.entries >= 0) {
            detail.insert(QStringLiteral("entries"), event.entries);
        }
        QJsonObject result{{QStringLiteral("eventId"), event.eventId}};
        if (refusal.isEmpty()) {
            log.appendInTransaction(
                {m_policy.user().id, event.kind, event.caseId,
                 event.documentId.isEmpty()
                     ? (event.caseId.isEmpty() ? QStringLiteral("audit_log") : QStringLiteral("case"))
                     : QStringLiteral("document"),
                 event.documentId.isEmpty() ? event.caseId : event.documentId, detail});
            result.insert(QStringLiteral("status"), QStringLiteral("recorded"));
        } else {
            // Recorded under the case it names when that case exists, so its leaders see the attempt.
            const bool caseExists =
                !event.caseId.isEmpty() &&
                m_db.exec(QStringLiteral("SELECT 1 FROM entities WHERE entity = 'case' AND id = ?"),
                          {event.caseId})
                    .next();
            detail.insert(QStringLiteral("kind"), event.kind);
            detail.insert(QStringLiteral("reason"), refusal);
            if (!event.documentId.isEmpty()) {
                detail.insert(QStringLiteral("documentId"), event.documentId);
            }
            log.appendInTransaction({m_policy.user().id, QStringLiteral("report_refused"),
                                     caseExists ? event.caseId : QString(), QStringLiteral("case"),
                                     event.caseId, detail});
            result.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            result.insert(QStringLiteral("reason"), refusal);
        }
        m_db.exec(QStringLiteral("INSERT INTO applied_ops(op_id, user_id, result) VALUES (?, ?, ?)"),
                  {event.eventId, m_policy.user().id, QString::fromUtf8(JsonBody::serialize(result))});
        results.append(result);
    }
    transaction.commit();
    return {{QStringLiteral("results"), results}};
}

} // namespace akta::server
