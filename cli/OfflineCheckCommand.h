#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli offline check --store DIR --server URL --user NAME --password-file FILE [--json]: "ready to
// go". Syncs (which downloads the content of every offline case that is missing here), then reports
// either that everything is on this computer (exit 0) or what is missing and why (exit 1).
class OfflineCheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("offline check"); }
    QString synopsis() const override
    {
        return QStringLiteral("--store DIR --server URL --user NAME --password-file FILE [--json]");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
