#include "KleImportCommand.h"

#include "Options.h"
#include "kle/KleImportError.h"
#include "kle/KlePlanImporter.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <exception>

namespace akta::cli {

namespace {

QJsonObject reportToJson(const kle::KleImportReport& report)
{
    QJsonArray rejected;
    for (const auto& [line, reason] : report.rejectedLines) {
        rejected.append(QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
    }
    return QJsonObject{
        {QStringLiteral("format"), report.format},
        {QStringLiteral("published"),
         report.published.isEmpty() ? QJsonValue() : QJsonValue(report.published)},
        {QStringLiteral("hovedgrupper"), report.mainGroups},
        {QStringLiteral("grupper"), report.groups},
        {QStringLiteral("emner"), report.subjects},
        {QStringLiteral("facets"), report.facets},
        {QStringLiteral("stikord"), report.stikord},
        {QStringLiteral("keywords"), report.keywords},
        {QStringLiteral("added"), QJsonArray::fromStringList(report.added)},
        {QStringLiteral("changed"), QJsonArray::fromStringList(report.changed)},
        {QStringLiteral("retired"), QJsonArray::fromStringList(report.retired)},
        {QStringLiteral("missing"), QJsonArray::fromStringList(report.missing)},
        {QStringLiteral("rejectedLines"), rejected},
    };
}

} // namespace

int KleImportCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().size() != 1) {
        return fail(io, QStringLiteral("usage: akta-cli kle import --store DIR [--json] FILE"), Usage);
    }
    const QString file = options.positional().constFirst();
    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        const kle::KleImportReport report = kle::KlePlanImporter(localStore.database()).importFile(file);
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, reportToJson(report));
        } else {
            io.out << "Imported " << report.format << " from " << file << ": " << report.mainGroups
                   << " hovedgrupper, " << report.groups << " grupper, " << report.subjects << " emner, "
                   << report.facets << " facets, " << report.stikord << " stikord, " << report.keywords
                   << " keywords; " << report.added.size() << " added, " << report.changed.size()
                   << " changed, " << report.retired.size() << " retired, " << report.missing.size()
                   << " not in the file\n";
            for (const auto& [line, reason] : report.rejectedLines) {
                io.out << "  line " << line << " skipped: " << reason << '\n';
            }
        }
        return Ok;
    } catch (const kle::KleImportError& error) {
        return fail(io, QStringLiteral("%1: refused, nothing imported: line %2: %3")
                            .arg(file)
                            .arg(error.line())
                            .arg(error.reason()));
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
