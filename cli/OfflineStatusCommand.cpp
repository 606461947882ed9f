#include "OfflineStatusCommand.h"

#include "OfflineJson.h"
#include "Options.h"
#include "offline/OfflineInventory.h"
#include "offline/OfflineSet.h"
#include "store/LocalStore.h"

#include <exception>

namespace akta::cli {

int OfflineStatusCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || !options.positional().isEmpty()) {
        return fail(io, QStringLiteral("usage: akta-cli offline status ") + synopsis(), Usage);
    }
    try {
        store::LocalStore store(options.value(QStringLiteral("store")));
        offline::OfflineSet set(store.database(), store.databasePath());
        const offline::OfflineStatus status =
            offline::OfflineInventory(store.database(), store.blobStore()).status(set.caseIds());
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, offlineStatusToJson(status, set.pins()));
        } else {
            for (const offline::OfflineCaseStatus& one : status.cases) {
                io.out << one.caseNumber << ' ' << one.documents << " documents, " << one.missing
                       << " missing\n";
            }
            io.out << "last sync: " << (status.lastSync.isEmpty() ? QStringLiteral("never") : status.lastSync)
                   << '\n';
        }
        return Ok;
    } catch (const std::exception& failure) {
        return fail(io, QString::fromUtf8(failure.what()));
    }
}

} // namespace akta::cli
