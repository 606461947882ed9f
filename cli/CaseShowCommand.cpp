#include "CaseShowCommand.h"

#include "CaseJson.h"
#include "Options.h"
#include "store/LocalStore.h"

#include <exception>

namespace akta::cli {

int CaseShowCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli case show --store DIR [--json] ID_OR_NUMBER"), Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        cases::CaseRepository repository(localStore.database());
        const auto record = repository.find(options.positional().constFirst());
        if (!record) {
            return fail(io, QStringLiteral("no case %1").arg(options.positional().constFirst()));
        }
        const QJsonObject json = caseToJson(*record, repository.parties(record->id));
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, json);
        } else {
            io.out << record->caseNumber << ' ' << record->title << '\n';
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
