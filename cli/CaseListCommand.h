#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli case list --store DIR --json [--party CPR] [--status S] [--text T]
class CaseListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("case list"); }
    QString synopsis() const override
    {
        return QStringLiteral("--store DIR --json [--party CPR] [--status S]");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
