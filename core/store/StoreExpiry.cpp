#include "store/StoreExpiry.h"

#include "store/StoreMeta.h"
#include "sync/Outbox.h"
#include "util/Ids.h"

namespace akta::store {

namespace {

const QString kLastContact = QStringLiteral("last_contact");
const QString kOfflineDays = QStringLiteral("offline_days");

} // namespace

StoreExpiry::Status StoreExpiry::check(sqlite::Database& db, const QDateTime& now)
{
    StoreMeta meta(db);
    Status status;
    bool ok = false;
    const int days = meta.value(kOfflineDays).toInt(&ok);
    if (ok && days > 0) {
        status.offlineDays = days;
    }
    const QString last = meta.value(kLastContact);
    if (last.isEmpty()) {
        return status;
    }
    status.lastContact = util::fromIso(last);
    if (!status.lastContact.isValid()) {
        return status;
    }
    status.expired = status.lastContact.addDays(status.offlineDays) <= now;
    if (status.expired) {
        status.unsyncedOperations = sync::Outbox(db).pendingCount();
    }
    return status;
}

void StoreExpiry::recordContact(sqlite::Database& db, const QDateTime& now, int offlineDays)
{
    StoreMeta meta(db);
    meta.setValue(kLastContact, util::toIso(now));
    if (offlineDays > 0) {
        meta.setValue(kOfflineDays, QString::number(offlineDays));
    }
}

} // namespace akta::store
