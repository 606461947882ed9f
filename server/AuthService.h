#pragma once

#include "UserDirectory.h"

#include <QJsonObject>
#include <QString>

namespace akta::server {

class ServerDatabase;

// Login with user name and password (Argon2id) for an opaque session token; the server keeps only
// the token's hash. Every other request authenticates with `Authorization: Bearer <token>`.
class AuthService final
{
public:
    AuthService(ServerDatabase& db, int sessionDays) : m_db(db), m_sessionDays(sessionDays) {}

    // The Session JSON of the API. Throws ApiError 401 for a wrong name or password, 403 `device_revoked` for
    // a revoked `deviceId` (empty: a client that names no device, e.g. a script). The session keeps the
    // device.
    QJsonObject login(const QString& username, const QByteArray& password, const QString& device,
                      const QString& deviceId = QString());
    // The user of a valid token from an Authorization header. Throws ApiError 401, or 403 `device_revoked`
    // when the session's device has been revoked.
    ServerUser authenticate(const QString& authorizationHeader);
    void logout(const QString& authorizationHeader);

private:
    static QString bearerToken(const QString& header);

    ServerDatabase& m_db;
    int m_sessionDays;
};

} // namespace akta::server
