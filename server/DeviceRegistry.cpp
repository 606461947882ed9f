#include "DeviceRegistry.h"

#include "JsonLog.h"
#include "ServerDatabase.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QJsonObject>

namespace akta::server {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ApiError DeviceRegistry::revokedError()
{
    return {403, QStringLiteral("device_revoked"),
            QStringLiteral("this device was revoked by an administrator; its local store must be wiped")};
}

void DeviceRegistry::loggedIn(const QString& deviceId, const QString& userId, const QString& name)
{
    WriteTransaction transaction(m_db);
    QSqlQuery found =
        m_db.exec(QStringLiteral("SELECT user_id, revoked_at FROM devices WHERE id = ?"), {deviceId});
    const QString now = nowIso();
    if (found.next()) {
        if (!found.value(1).isNull()) {
            JsonLog::event(QStringLiteral("revoked_device_login"), {{QStringLiteral("device"), deviceId}});
            throw revokedError();
        }
        if (found.value(0).toString() != userId) {
            throw ApiError(403, QStringLiteral("device_other_user"),
                           QStringLiteral("this device is registered to another user"));
        }
        m_db.exec(QStringLiteral("UPDATE devices SET name = ?, last_seen = ? WHERE id = ?"),
                  {name, now, deviceId});
    } else {
        m_db.exec(QStringLiteral("INSERT INTO devices(id, user_id, name, first_seen, last_seen) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {deviceId, userId, name, now, now});
    }
    transaction.commit();
}

void DeviceRegistry::touch(const QString& deviceId, const QString& lastSeen)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime seen = QDateTime::fromString(lastSeen, Qt::ISODate);
    if (seen.isValid() && seen.secsTo(now) < 3600) {
        return;
    }
    try {
        m_db.exec(QStringLiteral("UPDATE devices SET last_seen = ? WHERE id = ?"),
                  {now.toString(Qt::ISODate), deviceId});
    } catch (const StorageError& error) {
        qCInfo(lcServer) << "last-seen of device" << deviceId << "not updated:" << error.what();
    }
}

QJsonArray DeviceRegistry::list()
{
    QSqlQuery query = m_db.exec(QStringLiteral(
        "SELECT d.id, u.username, d.name, d.first_seen, d.last_seen, d.revoked_at FROM devices d "
        "JOIN users u ON u.id = d.user_id ORDER BY d.last_seen DESC, d.id"));
    QJsonArray devices;
    while (query.next()) {
        devices.append(QJsonObject{
            {QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("user"), query.value(1).toString()},
            {QStringLiteral("name"), query.value(2).toString()},
            {QStringLiteral("firstSeen"), query.value(3).toString()},
            {QStringLiteral("lastSeen"), query.value(4).toString()},
            {QStringLiteral("revokedAt"), query.value(5).isNull() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(query.value(5).toString())}});
    }
    return devices;
}

bool DeviceRegistry::revoke(const QString& deviceId)
{
    WriteTransaction transaction(m_db);
    QSqlQuery found = m_db.exec(QStringLiteral("SELECT revoked_at FROM devices WHERE id = ?"), {deviceId});
    if (!found.next()) {
        return false;
    }
    if (found.value(0).isNull()) {
        m_db.exec(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ?"), {nowIso(), deviceId});
    }
    transaction.commit();
    JsonLog::event(QStringLiteral("device_revoked"), {{QStringLiteral("device"), deviceId}});
    return true;
}

} // namespace akta::server
