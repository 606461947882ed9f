#include "PersonImportCommand.h"

#include "Options.h"
#include "registry/RegisterImporter.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <exception>

namespace akta::cli {

int PersonImportCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli person import --store DIR [--json] FILE"), Usage);
    }
    const QString file = options.positional().constFirst();
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        const registry::RegisterImporter::Report report =
            registry::RegisterImporter(localStore.database()).importFile(file);
        if (options.has(QStringLiteral("json"))) {
            QJsonArray rejected;
            for (const auto& rejection : report.rejected) {
                rejected.append(QJsonObject{{QStringLiteral("line"), rejection.line},
                                            {QStringLiteral("reason"), rejection.reason}});
            }
            printJsonLine(io.out, QJsonObject{{QStringLiteral("persons"), report.persons},
                                              {QStringLiteral("companies"), report.companies},
                                              {QStringLiteral("rejected"), rejected}});
        } else {
            io.out << "Imported " << report.persons << (report.persons == 1 ? " person" : " persons")
                   << " and " << report.companies << (report.companies == 1 ? " company" : " companies")
                   << " from " << file << "; " << report.rejected.size() << " rejected; "
                   << report.refreshedParties << " parties brought up to date\n";
            for (const auto& rejection : report.rejected) {
                io.out << "  line " << rejection.line << " skipped: " << rejection.reason << '\n';
            }
            io.out.flush();
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
