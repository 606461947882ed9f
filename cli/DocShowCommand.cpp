#include "DocShowCommand.h"

#include "Options.h"
#include "documents/DocumentJson.h"
#include "documents/DocumentRepository.h"
#include "store/LocalStore.h"

#include <exception>

namespace akta::cli {

int DocShowCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli doc show --store DIR [--json] DOC_ID"), Usage);
    }
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        documents::DocumentRepository repository(localStore.database());
        const auto document = repository.find(options.positional().constFirst());
        if (!document) {
            return fail(io, QStringLiteral("no document %1").arg(options.positional().constFirst()));
        }
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, documents::documentToJson(repository, *document, true));
        } else {
            io.out << document->record.number << ' ' << document->record.title << "\n\n"
                   << document->latest.text << '\n';
            io.out.flush();
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
