#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QString>

namespace akta::server {

class ServerDatabase;

// The devices that log in: a desktop store sends its device id (a UUID made per store) at login; the
// server keeps who uses it, its name and when it was first and last seen. An administrator revokes a
// lost laptop (`akta-server device revoke`): from then on every request of that device, and every new
// login from it, gets 403 `device_revoked`, and the client wipes its store.
class DeviceRegistry final
{
public:
    explicit DeviceRegistry(ServerDatabase& db) : m_db(db) {}

    // At login: records the device for the user (first time) or its new name and last-seen time. Throws
    // revokedError() for a revoked device and ApiError 403 `device_other_user` when the id belongs to
    // another user (a store is one account's).
    void loggedIn(const QString& deviceId, const QString& userId, const QString& name);
    // Moves last-seen forward when it is older than an hour (a write at most once an hour per device);
    // failures (a busy database) are logged, never the request's.
    void touch(const QString& deviceId, const QString& lastSeen);

    // Every device with its user name, newest first: id, user, name, firstSeen, lastSeen, revokedAt.
    QJsonArray list();
    // Marks the device revoked now; false when there is no such device. Revoking twice keeps the first time.
    bool revoke(const QString& deviceId);

    static ApiError revokedError();

private:
    ServerDatabase& m_db;
};

} // namespace akta::server
