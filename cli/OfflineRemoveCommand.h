#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli offline remove --store DIR (--case ID_OR_NUMBER | --person CPR | --search NAME_OR_QUERY) [--json]
class OfflineRemoveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("offline remove"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "--store DIR (--case ID_OR_NUMBER | --person CPR | --search NAME_OR_QUERY) [--json]");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
