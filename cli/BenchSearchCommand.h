#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli bench search --store DIR --queries FILE --json
// Runs every query of FILE (one per line; empty lines and lines starting with # skipped) once as a
// warm-up, then once timed, in this one process, and prints {"n", "p50", "p95", "p99", "max"} in
// milliseconds. A malformed query in the file is an error before anything is timed.
class BenchSearchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("bench search"); }
    QString synopsis() const override { return QStringLiteral("--store DIR --queries FILE [--json]"); }
    int run(const QStringList& args, CommandIo& io) override;

    // The value below which `fraction` (0..1) of the sorted `values` lie (nearest rank).
    static double percentile(const QList<double>& sorted, double fraction);
};

} // namespace akta::cli
