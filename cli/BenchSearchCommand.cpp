#include "BenchSearchCommand.h"

#include "Options.h"
#include "search/SearchEngine.h"
#include "search/SearchQueryParser.h"
#include "store/LocalStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <exception>

namespace akta::cli {

double BenchSearchCommand::percentile(const QList<double>& sorted, double fraction)
{
    if (sorted.isEmpty()) {
        return 0.0;
    }
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

int BenchSearchCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store"), QStringLiteral("queries")},
                          {QStringLiteral("json"), QStringLiteral("per-query")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.has(QStringLiteral("store")) || !options.has(QStringLiteral("queries")) ||
        !options.positional().isEmpty()) {
        return fail(io,
                    QStringLiteral("usage: akta-cli bench search --store DIR --queries FILE [--json] "
                                   "[--per-query]"),
                    Usage);
    }
    QFile file(options.value(QStringLiteral("queries")));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(io, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    }
    QStringList queries;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString query = line.trimmed();
        if (!query.isEmpty() && !query.startsWith(QLatin1Char('#'))) {
            queries.append(query);
        }
    }
    if (queries.isEmpty()) {
        return fail(io, QStringLiteral("%1 has no queries").arg(file.fileName()), Usage);
    }
    try {
        const store::LocalStore localStore(options.value(QStringLiteral("store")));
        search::SearchEngine engine(localStore.databasePath());
        search::SearchEngine::Request request;
        for (const QString& query : std::as_const(queries)) { // warm-up; also finds bad queries
            request.text = query;
            try {
                engine.search(request);
            } catch (const search::SearchQueryError& error) {
                return fail(io, QStringLiteral("%1: %2").arg(query, error.message()), Usage);
            }
        }
        const auto ms = [](double value) { return std::round(value * 100.0) / 100.0; };
        const bool perQuery = options.has(QStringLiteral("per-query"));
        QList<double> times;
        QJsonArray each; // [query, ms] in the file's order
        QElapsedTimer timer;
        for (const QString& query : std::as_const(queries)) {
            request.text = query;
            timer.start();
            engine.search(request);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            each.append(QJsonArray{query, ms(times.constLast())});
        }
        std::sort(times.begin(), times.end());
        QJsonObject json{{QStringLiteral("n"), times.size()},
                         {QStringLiteral("p50"), ms(percentile(times, 0.50))},
                         {QStringLiteral("p95"), ms(percentile(times, 0.95))},
                         {QStringLiteral("p99"), ms(percentile(times, 0.99))},
                         {QStringLiteral("max"), ms(times.constLast())}};
        if (perQuery) {
            json.insert(QStringLiteral("queries"), each);
        }
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, json);
        } else {
            io.out << "n " << times.size() << " p50 " << json.value(QStringLiteral("p50")).toDouble()
                   << " ms p95 " << json.value(QStringLiteral("p95")).toDouble() << " ms p99 "
                   << json.value(QStringLiteral("p99")).toDouble() << " ms max "
                   << json.value(QStringLiteral("max")).toDouble() << " ms\n";
            for (qsizetype i = 0; perQuery && i < each.size(); ++i) {
                io.out << QString::number(each[i][1].toDouble(), 'f', 2).rightJustified(10) << " ms  "
                       << each[i][0].toString() << '\n';
            }
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
