#include "GrantStore.h"

#include "AuditLog.h"
#include "CaseReach.h"
#include "ServerDatabase.h"
#include "WriteTransaction.h"

#include <QDate>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <stdexcept>

namespace akta::server {

namespace {

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

std::invalid_argument bad(const QString& message)
{
    return std::invalid_argument(message.toStdString());
}

} // namespace

QJsonObject GrantStore::add(const Request& request)
{
    if (request.access != QLatin1String("read") && request.access != QLatin1String("write")) {
        throw bad(QStringLiteral("--access must be read or write, not '%1'").arg(request.access));
    }
    if (!request.until.isEmpty()) {
        const QDate until = QDate::fromString(request.until, Qt::ISODate);
        if (!until.isValid() || request.until.size() != 10) {
            throw bad(QStringLiteral("--until must be a date as YYYY-MM-DD, not '%1'").arg(request.until));
        }
        if (until < QDate::currentDate()) {
            throw bad(QStringLiteral("--until %1 has already passed").arg(request.until));
        }
    }
    WriteTransaction transaction(m_db);
    if (const QString lock = m_db.dialect().lockWriters(); !lock.isEmpty()) {
        m_db.exec(lock);
    }
    // The case number is inside the case's JSON fields: narrow with LIKE, then compare exactly.
    QString caseId;
    QString unitId;
    QSqlQuery cases = m_db.exec(
        QStringLiteral("SELECT id, unit_id, fields FROM entities WHERE entity = 'case' AND fields LIKE ?"),
        {QLatin1Char('%') + request.caseNumber + QLatin1Char('%')});
    while (cases.next()) {
        const QJsonObject fields = QJsonDocument::fromJson(cases.value(2).toString().toUtf8()).object();
        if (!request.caseNumber.isEmpty() &&
            fields.value(QStringLiteral("caseNumber")).toString() == request.caseNumber) {
            caseId = cases.value(0).toString();
            unitId = cases.value(1).toString();
        }
    }
    if (caseId.isEmpty()) {
        throw bad(QStringLiteral("no case has the number '%1'").arg(request.caseNumber));
    }
    QString userId;
    QString toUnitId;
    QSqlQuery user = m_db.exec(QStringLiteral("SELECT id FROM users WHERE username = ?"), {request.to});
    if (user.next()) {
        userId = user.value(0).toString();
    } else {
        QSqlQuery unit = m_db.exec(QStringLiteral("SELECT id FROM units WHERE path = ? OR name = ?"),
                                   {request.to, request.to});
        if (unit.next()) {
            toUnitId = unit.value(0).toString();
        }
        if (toUnitId.isEmpty() || unit.next()) {
            throw bad(QStringLiteral("'%1' is neither a user nor exactly one unit (give the unit's path)")
                          .arg(request.to));
        }
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_db.exec(QStringLiteral("INSERT INTO grants(id, case_id, user_id, unit_id, access, until, granted_by, "
                             "granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {id, caseId, nullable(userId), nullable(toUnitId), request.access, nullable(request.until),
               request.grantedBy, now});
    CaseReach(m_db).reannounce(caseId, unitId, false);
    const QJsonObject grant{
        {QStringLiteral("id"), id},
        {QStringLiteral("caseId"), caseId},
        {QStringLiteral("caseNumber"), request.caseNumber},
        {QStringLiteral("userId"), userId.isEmpty() ? QJsonValue() : QJsonValue(userId)},
        {QStringLiteral("unitId"), toUnitId.isEmpty() ? QJsonValue() : QJsonValue(toUnitId)},
        {QStringLiteral("access"), request.access},
        {QStringLiteral("until"), request.until.isEmpty() ? QJsonValue() : QJsonValue(request.until)}};
    AuditLog(m_db).appendInTransaction(
        {{},
         QStringLiteral("grant_add"),
         caseId,
         QStringLiteral("grant"),
         id,
         QJsonObject{{QStringLiteral("grant"), grant}, {QStringLiteral("by"), request.grantedBy}}});
    transaction.commit();
    return grant;
}

int GrantStore::endExpired()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    if (!m_db.exec(QStringLiteral("SELECT 1 FROM grants WHERE ended_seq IS NULL AND until < ?"), {today})
             .next()) {
        return 0; // the common case: no write transaction
    }
    WriteTransaction transaction(m_db);
    if (const QString lock = m_db.dialect().lockWriters(); !lock.isEmpty()) {
        m_db.exec(lock);
    }
    QSqlQuery rows = m_db.exec(
        QStringLiteral(
            "SELECT g.id, g.case_id, c.unit_id FROM grants g LEFT JOIN entities c ON c.entity = 'case' "
            "AND c.id = g.case_id WHERE g.ended_seq IS NULL AND g.until < ?"),
        {today});
    QList<QStringList> ended;
    while (rows.next()) {
        ended.append({rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString()});
    }
    for (const QStringList& grant : ended) {
        m_db.exec(QStringLiteral("UPDATE grants SET ended_seq = ? WHERE id = ?"),
                  {CaseReach::nextSeq(m_db), grant.at(0)});
        CaseReach(m_db).reannounce(grant.at(1), grant.at(2), true);
        AuditLog(m_db).appendInTransaction(
            {{}, QStringLiteral("grant_end"), grant.at(1), QStringLiteral("grant"), grant.at(0), {}});
    }
    transaction.commit();
    return static_cast<int>(ended.size());
}

} // namespace akta::server
