#include "OfflineCheckCommand.h"

#include "OfflineJson.h"
#include "Options.h"
#include "SyncAccount.h"
#include "offline/OfflineInventory.h"
#include "offline/OfflineSet.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>

#include <exception>

namespace akta::cli {

int OfflineCheckCommand::run(const QStringList& args, CommandIo& io)
{
    QStringList withValue = SyncAccount::optionNames();
    withValue.append(QStringLiteral("store"));
    const Options options(args, withValue, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    sync::SyncOptions account;
    QString error;
    if (!options.has(QStringLiteral("store")) || !SyncAccount::read(options, account, error)) {
        return fail(io,
                    QStringLiteral("usage: akta-cli offline check ") + synopsis() +
                        (error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')')),
                    Usage);
    }
    const QString directory = options.value(QStringLiteral("store"));
    QString syncError;
    sync::SyncSummary summary;
    try {
        sync::SyncEngine engine(directory);
        summary = engine.run(account);
    } catch (const std::exception& failure) {
        syncError = QString::fromUtf8(failure.what());
    }
    try {
        store::LocalStore store(directory);
        offline::OfflineSet set(store.database(), store.databasePath());
        offline::OfflineInventory inventory(store.database(), store.blobStore());
        offline::OfflineStatus status = inventory.status(set.caseIds());
        if (status.isReady() && syncError.isEmpty()) {
            inventory.markChecked();
            status = inventory.status(set.caseIds());
        }
        // Why each missing content is missing: the download's own failure, or the sync's.
        QJsonArray why;
        for (const auto& item : std::as_const(status.missingItems)) {
            QString reason = syncError.isEmpty() ? QStringLiteral("not downloaded") : syncError;
            for (const QString& failure : std::as_const(summary.fetchFailures)) {
                if (failure.startsWith(item.label + QStringLiteral(": "))) {
                    reason = failure.mid(item.label.size() + 2);
                }
            }
            why.append(QJsonObject{{QStringLiteral("what"), item.label}, {QStringLiteral("why"), reason}});
        }
        const bool ready = status.isReady() && syncError.isEmpty();
        if (options.has(QStringLiteral("json"))) {
            QJsonObject json = offlineStatusToJson(status, set.pins());
            json.insert(QStringLiteral("ready"), ready);
            json.insert(QStringLiteral("fetched"), summary.fetched);
            json.insert(QStringLiteral("syncError"), syncError.isEmpty() ? QJsonValue() : syncError);
            json.insert(QStringLiteral("missingItems"), why);
            printJsonLine(io.out, json);
        } else if (ready) {
            io.out << "everything is on this computer (" << status.cases.size() << " cases, "
                   << status.versions << " versions)\n";
        } else {
            if (!syncError.isEmpty()) {
                io.out << "the sync failed: " << syncError << '\n';
            }
            for (const QJsonValue& value : std::as_const(why)) {
                io.out << "missing: " << value[QStringLiteral("what")].toString() << ": "
                       << value[QStringLiteral("why")].toString() << '\n';
            }
        }
        return ready ? Ok : Failure;
    } catch (const std::exception& failure) {
        return fail(io, QString::fromUtf8(failure.what()));
    }
}

} // namespace akta::cli
