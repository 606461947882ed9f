#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli kle import --store DIR --json FILE
// Imports the official KLE emneplan XML, the official handlingsfacet XML or an OS2KLE keyword file
// (recognised by content) in one transaction, and prints what it imported.
class KleImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("kle import"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json] FILE"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
