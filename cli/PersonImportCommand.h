#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli person import --store DIR [--json] FILE
// Imports a register extract in JSON lines (persons by CPR, companies by CVR) into the store's register
// and refreshes the parties of the store from it. Rejected lines are reported and skipped (exit 0);
// a file that cannot be read fails (exit 1).
class PersonImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("person import"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json] FILE"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
