#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli conflicts list --store DIR --json: the operations the server answered with a conflict
// (both versions) or a rejection (the reason), as one JSON array.
class ConflictsListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("conflicts list"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json]"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
