#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli sync --store DIR --server URL --user NAME --password-file FILE --json: one full sync,
// headless (no keychain: it logs in with the password each time).
class SyncCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString synopsis() const override
    {
        return QStringLiteral("--store DIR --server URL --user NAME --password-file FILE [--json]");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
