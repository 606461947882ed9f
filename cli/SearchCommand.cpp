#include "SearchCommand.h"

#include "Options.h"
#include "search/SearchEngine.h"
#include "search/SearchQueryParser.h"
#include "store/LocalStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <exception>

namespace akta::cli {

int SearchCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store"), QStringLiteral("limit")}, {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.positional().isEmpty()) {
        return fail(io, QStringLiteral("usage: akta-cli search --store DIR [--json] [--limit N] QUERY"),
                    Usage);
    }
    bool ok = false;
    const int limit = options.value(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000) {
        return fail(io, QStringLiteral("--limit must be a whole number from 1 to 1000"), Usage);
    }
    try {
        const store::LocalStore localStore(options.value(QStringLiteral("store")));
        search::SearchEngine engine(localStore.databasePath());
        search::SearchEngine::Request request;
        request.text = options.positional().join(QLatin1Char(' '));
        request.limit = limit;
        QElapsedTimer timer;
        timer.start();
        const search::SearchResult result = engine.search(request);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!options.has(QStringLiteral("json"))) {
            if (!result.directPartyId.isEmpty()) {
                io.out << "party " << result.directPartyId << '\n';
            }
            io.out << result.total << (result.totalEstimated ? " (about)" : "") << " hits\n";
            for (const search::SearchHit& hit : result.hits) {
                io.out << hit.caseNumber << '\t' << hit.title << '\t' << hit.snippet << '\n';
            }
            return Ok;
        }
        QJsonArray hits;
        for (const search::SearchHit& hit : result.hits) {
            hits.append(QJsonObject{{QStringLiteral("caseId"), hit.caseId},
                                    {QStringLiteral("caseNumber"), hit.caseNumber},
                                    {QStringLiteral("documentId"),
                                     hit.documentId.isEmpty() ? QJsonValue() : QJsonValue(hit.documentId)},
                                    {QStringLiteral("title"), hit.title},
                                    {QStringLiteral("snippet"), hit.snippet},
                                    {QStringLiteral("score"), std::round(hit.score * 1000.0) / 1000.0}});
        }
        // A typed case number or CPR/CVR number of a known party goes straight to it: say which.
        const auto idOrNull = [](const QString& id) { return id.isEmpty() ? QJsonValue() : QJsonValue(id); };
        printJsonLine(io.out, QJsonObject{{QStringLiteral("total"), result.total},
                                          {QStringLiteral("ms"), std::round(ms * 100.0) / 100.0},
                                          {QStringLiteral("directCaseId"), idOrNull(result.directCaseId)},
                                          {QStringLiteral("directPartyId"), idOrNull(result.directPartyId)},
                                          {QStringLiteral("hits"), hits}});
        return Ok;
    } catch (const search::SearchQueryError& error) {
        return fail(io, error.message(), Usage);
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
