#include "ConflictsResolveCommand.h"

#include "Options.h"
#include "store/LocalStore.h"
#include "sync/ConflictStore.h"

#include <exception>

namespace akta::cli {

int ConflictsResolveCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store"), QStringLiteral("keep-local")},
                          {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    bool numeric = false;
    const qint64 id = options.positional().value(0).toLongLong(&numeric);
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1 || !numeric) {
        return fail(io, QStringLiteral("usage: akta-cli conflicts resolve ") + synopsis(), Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        sync::ConflictStore conflicts(localStore.database());
        const auto conflict = conflicts.find(id);
        if (!conflict) {
            return fail(io, QStringLiteral("no conflict %1").arg(id));
        }
        if (conflict->rejected) {
            conflicts.dismiss(id);
        } else {
            conflicts.resolve(
                id, options.value(QStringLiteral("keep-local")).split(QLatin1Char(','), Qt::SkipEmptyParts));
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
