#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli kle show --store DIR --json EMNE: one entry of the plan with guidance, legal references
// and stikord.
class KleShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("kle show"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json] NUMBER"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
