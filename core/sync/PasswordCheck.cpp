#include "sync/PasswordCheck.h"

#include "sqlite/Database.h"
#include "store/LocalStore.h"
#include "store/PasswordVerifier.h"
#include "store/StoreMeta.h"
#include "store/StoreWipe.h"
#include "sync/ServerApi.h"
#include "sync/SyncError.h"
#include "sync/SyncLog.h"

#include <QSysInfo>

#include <exception>

namespace akta::sync {

PasswordCheck::Result PasswordCheck::check(const QString& storeDirectory, const QUrl& server,
                                           const QString& user, const QString& password, int timeoutMs)
{
    Result result;
    try {
        sqlite::Database db(store::LocalStore::databasePathFor(storeDirectory));
        if (!server.isEmpty() && !user.isEmpty()) {
            RetryPolicy once;
            once.attempts = 1;
            ServerApi api(server, once, timeoutMs);
            api.setDeviceId(store::StoreMeta(db).value(QStringLiteral("device_id")));
            try {
                api.login(user, password, QSysInfo::machineHostName());
                store::PasswordVerifier::remember(db, password);
                result.outcome = Outcome::Accepted;
                result.online = true;
                return result;
            } catch (const SyncError& error) {
                result.message = QString::fromUtf8(error.what());
                if (error.kind() == SyncError::Kind::Auth) {
                    result.online = true;
                    return result;
                }
                if (error.kind() == SyncError::Kind::DeviceRevoked) {
                    store::StoreWipe::markPending(storeDirectory);
                    result.outcome = Outcome::Revoked;
                    result.online = true;
                    return result;
                }
                qCInfo(lcSync) << "unlock: the server did not answer; checking offline:" << error.what();
            }
        }
        if (!store::PasswordVerifier::isKnown(db)) {
            result.outcome = Outcome::NoPassword;
            return result;
        }
        result.outcome = store::PasswordVerifier::verify(db, password) ? Outcome::Accepted : Outcome::Wrong;
    } catch (const std::exception& error) {
        result.outcome = Outcome::Wrong;
        result.message = QString::fromUtf8(error.what());
    }
    return result;
}

} // namespace akta::sync
