#include "AuditLog.h"

#include "AccessPolicy.h"
#include "ApiError.h"
#include "JsonBody.h"
#include "ServerDatabase.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace akta::server {

namespace {

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The hash of the entry before the first one.
const QString kGenesis = QString(64, QLatin1Char('0'));

} // namespace

QString AuditLog::entryHash(qint64 seq, const QString& at, const AuditEvent& event, const QString& detail,
                            const QString& previousHash)
{
    // A JSON array keeps the columns apart: no value can pass for the end of another.
    const QJsonArray parts{QString::number(seq), at,           event.userId,
                           event.action,         event.caseId, event.entity,
                           event.entityId,       detail,       previousHash};
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(parts).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

void AuditLog::appendInTransaction(const AuditEvent& event)
{
    m_db.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'audit'"));
    QSqlQuery counter = m_db.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'audit'"));
    counter.next();
    const qint64 seq = counter.value(0).toLongLong();
    QString previous = kGenesis;
    if (seq > 1) {
        QSqlQuery last = m_db.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), {seq - 1});
        if (!last.next()) {
            throw StorageError("the audit log has no entry " + std::to_string(seq - 1));
        }
        previous = last.value(0).toString();
    }
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString detail = QString::fromUtf8(JsonBody::serialize(event.detail));
    m_db.exec(QStringLiteral("INSERT INTO audit_log(seq, at, user_id, action, case_id, entity, entity_id, "
                             "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {seq, at, nullable(event.userId), event.action, nullable(event.caseId), nullable(event.entity),
               nullable(event.entityId), detail, previous, entryHash(seq, at, event, detail, previous)});
}

void AuditLog::append(const AuditEvent& event)
{
    WriteTransaction transaction(m_db);
    appendInTransaction(event);
    transaction.commit();
}

QJsonObject AuditLog::Verdict::toJson() const
{
    QJsonObject json{{QStringLiteral("intact"), intact},
                     {QStringLiteral("entries"), entries},
                     {QStringLiteral("lastHash"), lastHash}};
    if (!intact) {
        json.insert(QStringLiteral("brokenAt"), brokenAt);
        json.insert(QStringLiteral("reason"), reason);
    }
    return json;
}

AuditLog::Verdict AuditLog::verify()
{
    Verdict verdict;
    QSqlQuery counter = m_db.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'audit'"));
    const qint64 expected = counter.next() ? counter.value(0).toLongLong() : 0;
    QSqlQuery rows = m_db.exec(QStringLiteral("SELECT seq, at, user_id, action, case_id, entity, entity_id, "
                                              "detail, prev_hash, hash FROM audit_log ORDER BY seq"));
    QString previous = kGenesis;
    qint64 wanted = 1;
    const auto broken = [&verdict](qint64 seq, const QString& reason) {
        verdict.intact = false;
        verdict.brokenAt = seq;
        verdict.reason = reason;
    };
    while (rows.next()) {
        const qint64 seq = rows.value(0).toLongLong();
        ++verdict.entries;
        if (seq != wanted) {
            broken(wanted, QStringLiteral("entry %1 is missing").arg(wanted));
            return verdict;
        }
        AuditEvent event;
        event.userId = rows.value(2).toString();
        event.action = rows.value(3).toString();
        event.caseId = rows.value(4).toString();
        event.entity = rows.value(5).toString();
        event.entityId = rows.value(6).toString();
        const QString detail = rows.value(7).toString();
        if (rows.value(8).toString() != previous) {
            broken(seq, QStringLiteral("entry %1 does not follow the entry before it").arg(seq));
            return verdict;
        }
        const QString hash = rows.value(9).toString();
        if (hash != entryHash(seq, rows.value(1).toString(), event, detail, previous)) {
            broken(seq, QStringLiteral("entry %1 was changed after it was written").arg(seq));
            return verdict;
        }
        previous = hash;
        verdict.lastHash = hash;
        ++wanted;
    }
    if (wanted - 1 != expected) {
        broken(wanted,
               QStringLiteral("the log ends at entry %1 but %2 were written").arg(wanted - 1).arg(expected));
    }
    return verdict;
}

QJsonArray AuditLog::list(const Filter& filter, const QString& caseFilter, const QVariantList& binds)
{
    QString sql = QStringLiteral("SELECT a.seq, a.at, a.user_id, u.username, a.action, a.case_id, a.entity, "
                                 "a.entity_id, a.detail, c.fields FROM audit_log a "
                                 "JOIN entities c ON c.entity = 'case' AND c.id = a.case_id "
                                 "LEFT JOIN users u ON u.id = a.user_id WHERE (") +
                  caseFilter + QLatin1Char(')');
    QVariantList values = binds;
    if (!filter.caseId.isEmpty()) {
        sql += QStringLiteral(" AND a.case_id = ?");
        values << filter.caseId;
    }
    if (!filter.userId.isEmpty()) {
        sql += QStringLiteral(" AND a.user_id = ?");
        values << filter.userId;
    }
    if (!filter.from.isEmpty()) {
        sql += QStringLiteral(" AND a.at >= ?");
        values << filter.from;
    }
    if (!filter.to.isEmpty()) {
        // A date as the end takes in the whole day.
        sql += QStringLiteral(" AND a.at <= ?");
        values << (filter.to.size() == 10 ? filter.to + QStringLiteral("T23:59:59.999Z") : filter.to);
    }
    sql += QStringLiteral(" ORDER BY a.seq DESC LIMIT ?");
    values << filter.limit;
    QSqlQuery rows = m_db.exec(sql, values);
    QJsonArray entries;
    while (rows.next()) {
        const QJsonObject caseFields = QJsonDocument::fromJson(rows.value(9).toString().toUtf8()).object();
        entries.append(QJsonObject{
            {QStringLiteral("seq"), rows.value(0).toLongLong()},
            {QStringLiteral("at"), rows.value(1).toString()},
            {QStringLiteral("userId"), rows.value(2).toString()},
            {QStringLiteral("username"), rows.value(3).toString()},
            {QStringLiteral("action"), rows.value(4).toString()},
            {QStringLiteral("caseId"), rows.value(5).toString()},
            {QStringLiteral("caseNumber"), caseFields.value(QStringLiteral("caseNumber")).toString()},
            {QStringLiteral("entity"), rows.value(6).toString()},
            {QStringLiteral("entityId"), rows.value(7).toString()},
            {QStringLiteral("detail"), QJsonDocument::fromJson(rows.value(8).toString().toUtf8()).object()}});
    }
    return entries;
}

QJsonArray AuditLog::listFor(const AccessPolicy& policy, const Filter& filter)
{
    if (!policy.hasRole("leader") && !policy.hasRole("dpo")) {
        throw ApiError(403, QStringLiteral("forbidden"),
                       QStringLiteral("only leaders and the data protection officer read the audit log"));
    }
    QVariantList binds;
    const QString area = policy.areaFilter(QStringLiteral("c"), binds);
    const QJsonArray entries = list(filter, area, binds);
    append({policy.user().id,
            QStringLiteral("audit_list"),
            filter.caseId,
            {},
            {},
            QJsonObject{{QStringLiteral("user"), filter.userId},
                        {QStringLiteral("from"), filter.from},
                        {QStringLiteral("to"), filter.to},
                        {QStringLiteral("entries"), entries.size()}}});
    return entries;
}

} // namespace akta::server
