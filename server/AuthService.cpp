#include "AuthService.h"

#include "ApiError.h"
#include "DeviceRegistry.h"
#include "JsonLog.h"
#include "PasswordHasher.h"
#include "ServerDatabase.h"

#include <QDateTime>

namespace akta::server {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Verifying against this keeps a login for an unknown user as slow as one with a wrong password.
const QString& dummyHash()
{
    static const QString hash = PasswordHasher::hash("akta-server-no-such-user");
    return hash;
}

} // namespace

QJsonObject AuthService::login(const QString& username, const QByteArray& password, const QString& device,
                               const QString& deviceId)
{
    const auto found = UserDirectory(m_db).findForLogin(username);
    const bool ok = PasswordHasher::verify(found ? found->second : dummyHash(), password);
    if (!found || !ok) {
        JsonLog::event(QStringLiteral("login_failed"), {{QStringLiteral("username"), username}});
        throw ApiError(401, QStringLiteral("unauthorized"), QStringLiteral("wrong user name or password"));
    }
    if (!deviceId.isEmpty()) {
        DeviceRegistry(m_db).loggedIn(deviceId, found->first.id, device);
    }
    m_db.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"), {nowIso()});
    const QString token = PasswordHasher::newToken();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(m_sessionDays);
    m_db.exec(
        QStringLiteral("INSERT INTO sessions(token_hash, user_id, device, created_at, expires_at, device_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {PasswordHasher::tokenHash(token), found->first.id, device, nowIso(), expires.toString(Qt::ISODate),
         deviceId.isEmpty() ? QVariant() : QVariant(deviceId)});
    JsonLog::event(QStringLiteral("login"), {{QStringLiteral("user"), found->first.username}});
    return {{QStringLiteral("token"), token},
            {QStringLiteral("expiresAt"), expires.toString(Qt::ISODate)},
            {QStringLiteral("user"), found->first.toJson()}};
}

QString AuthService::bearerToken(const QString& header)
{
    static const QString prefix = QStringLiteral("Bearer ");
    if (!header.startsWith(prefix) || header.size() <= prefix.size()) {
        throw ApiError::unauthorized();
    }
    return header.mid(prefix.size()).trimmed();
}

ServerUser AuthService::authenticate(const QString& authorizationHeader)
{
    const QString token = bearerToken(authorizationHeader);
    QSqlQuery query = m_db.exec(
        QStringLiteral(
            "SELECT s.user_id, s.device_id, d.revoked_at, d.last_seen FROM sessions s LEFT JOIN devices d "
            "ON d.id = s.device_id WHERE s.token_hash = ? AND s.expires_at > ?"),
        {PasswordHasher::tokenHash(token), nowIso()});
    if (!query.next()) {
        throw ApiError::unauthorized();
    }
    if (!query.value(1).isNull()) {
        if (!query.value(2).isNull()) {
            throw DeviceRegistry::revokedError();
        }
        DeviceRegistry(m_db).touch(query.value(1).toString(), query.value(3).toString());
    }
    const auto user = UserDirectory(m_db).findById(query.value(0).toString());
    if (!user) {
        throw ApiError::unauthorized();
    }
    return *user;
}

void AuthService::logout(const QString& authorizationHeader)
{
    authenticate(authorizationHeader);
    m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"),
              {PasswordHasher::tokenHash(bearerToken(authorizationHeader))});
}

} // namespace akta::server
