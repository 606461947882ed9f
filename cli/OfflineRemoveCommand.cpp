#include "OfflineRemoveCommand.h"

#include "OfflineJson.h"
#include "Options.h"
#include "offline/OfflineInventory.h"
#include "offline/OfflineSet.h"
#include "store/LocalStore.h"

#include <exception>

namespace akta::cli {

int OfflineRemoveCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(
        args,
        {QStringLiteral("store"), QStringLiteral("case"), QStringLiteral("person"), QStringLiteral("search")},
        {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    offline::OfflinePin::Kind kind{};
    QString value;
    QString error;
    if (!options.has(QStringLiteral("store")) || !offlinePinFrom(options, kind, value, error)) {
        return fail(io, QStringLiteral("usage: akta-cli offline remove ") + synopsis(), Usage);
    }
    try {
        store::LocalStore store(options.value(QStringLiteral("store")));
        offline::OfflineSet set(store.database(), store.databasePath());
        if (!set.remove(kind, value)) {
            return fail(io, QStringLiteral("%1 %2 is not taken offline")
                                .arg(offline::OfflinePin::kindName(kind), value.trimmed()));
        }
        // The content stays in the encrypted cache; it is only no longer kept on purpose.
        const offline::OfflineStatus status =
            offline::OfflineInventory(store.database(), store.blobStore()).status(set.caseIds());
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, offlineStatusToJson(status, set.pins()));
        } else {
            io.out << "no longer offline: " << value.trimmed() << '\n';
        }
        return Ok;
    } catch (const std::exception& failure) {
        return fail(io, QString::fromUtf8(failure.what()));
    }
}

} // namespace akta::cli
