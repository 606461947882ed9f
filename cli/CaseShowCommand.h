#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli case show --store DIR --json ID_OR_NUMBER: the case with its parties.
class CaseShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("case show"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json] ID_OR_NUMBER"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
