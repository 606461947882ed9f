#include "DemoSeedCommand.h"

#include "Options.h"
#include "demo/DemoSeeder.h"
#include "store/LocalStore.h"

#include <QJsonObject>

#include <cmath>
#include <exception>

namespace akta::cli {

namespace {

constexpr int kDefaultCases = 500;
constexpr int kMaxCases = 10'000'000;
constexpr int kProgressEvery = 5000;

} // namespace

int DemoSeedCommand::run(const QStringList& args, CommandIo& io)
{
    const Options options(args, {QStringLiteral("store"), QStringLiteral("cases"), QStringLiteral("seed")},
                          {QStringLiteral("json")});
    if (!options.ok()) {
        return fail(io, options.error(), Usage);
    }
    if (!options.positional().isEmpty()) {
        return fail(io, QStringLiteral("unexpected argument '%1'").arg(options.positional().first()), Usage);
    }
    if (!options.has(QStringLiteral("store")) || options.value(QStringLiteral("store")).isEmpty()) {
        return fail(io, QStringLiteral("demo seed needs --store DIR"), Usage);
    }
    demo::DemoOptions seedOptions;
    bool ok = true;
    seedOptions.cases = options.value(QStringLiteral("cases"), QString::number(kDefaultCases)).toInt(&ok);
    if (!ok || seedOptions.cases < 1 || seedOptions.cases > kMaxCases) {
        return fail(io, QStringLiteral("--cases must be a whole number from 1 to %1").arg(kMaxCases), Usage);
    }
    seedOptions.seed = options.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok);
    if (!ok) {
        return fail(io, QStringLiteral("--seed must be a non-negative whole number"), Usage);
    }
    const bool large = seedOptions.cases >= 2 * kProgressEvery;
    int reported = 0;
    seedOptions.progress = [&](int done, int total) {
        if (large && (done / kProgressEvery > reported / kProgressEvery || done == total)) {
            io.err << "akta-cli: " << done << " of " << total << " cases\n";
            io.err.flush();
            reported = done;
        }
    };

    try {
        store::LocalStore localStore(options.value(QStringLiteral("store")));
        const demo::DemoSummary summary = demo::DemoSeeder(localStore).seed(seedOptions);
        const double seconds = std::round(summary.seconds * 10.0) / 10.0;
        if (options.has(QStringLiteral("json"))) {
            printJsonLine(io.out, QJsonObject{{QStringLiteral("cases"), summary.cases},
                                              {QStringLiteral("documents"), summary.documents},
                                              {QStringLiteral("persons"), summary.persons},
                                              {QStringLiteral("companies"), summary.companies},
                                              {QStringLiteral("units"), summary.units},
                                              {QStringLiteral("users"), summary.users},
                                              {QStringLiteral("seconds"), seconds}});
        } else {
            io.out << "Seeded " << localStore.directory() << ": " << summary.cases << " cases, "
                   << summary.documents << " documents, " << summary.persons << " persons, "
                   << summary.companies << " companies, " << summary.units << " units, " << summary.users
                   << " users in " << seconds << " s\n";
            io.out.flush();
        }
        return Ok;
    } catch (const std::exception& error) {
        return fail(io, QString::fromUtf8(error.what()));
    }
}

} // namespace akta::cli
