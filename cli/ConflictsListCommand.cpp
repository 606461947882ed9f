#include "ConflictsListCommand.h"

#include "Options.h"
#include "store/LocalStore.h"
#include "sync/ConflictStore.h"

#include <QJsonArray>

#include <exception>

namespace akta::cli {

int ConflictsListCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || !options.positional().isEmpty()) {
        return fail(io, QStringLiteral("usage: akta-cli conflicts list --store DIR [--json]"), Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        const QList<sync::SyncConflict> conflicts = sync::ConflictStore(localStore.database()).list();
        if (options.has(QStringLiteral("json"))) {
            QJsonArray array;
            for (const sync::SyncConflict& conflict : conflicts) {
                array.append(sync::ConflictStore::toJson(conflict));
            }
            printJsonLine(io.out, array);
        } else {
            for (const sync::SyncConflict& conflict : conflicts) {
                io.out << conflict.id << ' ' << conflict.entity << ' ' << conflict.entityId << ' '
                       << (conflict.rejected ? conflict.reason
                                             : conflict.conflictingFields.join(QLatin1Char(',')))
                       << '\n';
            }
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
