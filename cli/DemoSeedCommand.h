#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli demo seed --store DIR [--cases N] [--seed S] [--json]
// Fills an empty store with a deterministic demo municipality and writes DIR/register.jsonl.
class DemoSeedCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo seed"); }
    QString synopsis() const override
    {
        return QStringLiteral("--store DIR [--cases N] [--seed S] [--json]");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
