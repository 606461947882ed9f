#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli cpr check [--json] NUMBER...
// Checks each CPR (or replacement) number and prints one line per input, in order. Invalid numbers
// are results, not failures: the exit code is 0 unless the command is used wrongly.
class CprCheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("cpr check"); }
    QString synopsis() const override { return QStringLiteral("[--json] NUMBER..."); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
