#include "store/StoreGuard.h"

#include "store/LocalStore.h"
#include "store/StoreExpiry.h"
#include "store/StoreWipe.h"
#include "sync/Outbox.h"

#include <QFileInfo>

#include <exception>

namespace akta::store {

StoreGuard::Verdict StoreGuard::enforce(const QString& directory, const StoreKeyProvider& keys,
                                        const QDateTime& now)
{
    Verdict verdict;
    if (StoreWipe::isPending(directory)) {
        verdict.action = Action::WipedRevoked;
        try {
            LocalStore store(directory, keys);
            verdict.lostOperations = sync::Outbox(store.database()).pendingCount();
        } catch (const std::exception&) {
            // Half wiped already (no key or no database): nothing left to count.
        }
        verdict.failures = StoreWipe::wipe(directory, keys);
        return verdict;
    }
    if (QFileInfo(LocalStore::databasePathFor(directory)).size() == 0) {
        return verdict;
    }
    StoreExpiry::Status status;
    {
        LocalStore store(directory, keys);
        status = StoreExpiry::check(store.database(), now);
    }
    if (!status.expired) {
        return verdict;
    }
    verdict.action = Action::WipedExpired;
    verdict.lostOperations = status.unsyncedOperations;
    verdict.offlineDays = status.offlineDays;
    verdict.lastContact = status.lastContact;
    verdict.failures = StoreWipe::wipe(directory, keys);
    return verdict;
}

QString StoreGuard::describe(const Verdict& verdict)
{
    QString text;
    switch (verdict.action) {
    case Action::None:
        return {};
    case Action::WipedRevoked:
        text = QStringLiteral(
                   "this device was revoked by the server's administrator: the local store was wiped; "
                   "%1 unsynced change(s) were lost")
                   .arg(verdict.lostOperations);
        break;
    case Action::WipedExpired:
        text =
            QStringLiteral("the offline data expired (no contact with the server since %1, the limit is %2 "
                           "days): the local store was wiped; %3 unsynced change(s) were lost")
                .arg(verdict.lastContact.toUTC().toString(Qt::ISODate))
                .arg(verdict.offlineDays)
                .arg(verdict.lostOperations);
        break;
    }
    if (!verdict.failures.isEmpty()) {
        text += QStringLiteral("; could not remove: ") + verdict.failures.join(QStringLiteral(", "));
    }
    return text;
}

} // namespace akta::store
