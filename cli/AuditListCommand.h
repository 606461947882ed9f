#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli audit list --store DIR --password-file FILE [--server URL] [--login NAME] --json
// [--case NUMBER] [--user NAME] [--from DATE] [--to DATE] [--limit N]: the server's audit log for
// the cases in the caller's area (leaders and the data protection officer only), newest first.
// The server and the login name default to the account the store last synced with; headless, the
// password comes from a file as for `sync`. `--user` filters the entries by user.
class AuditListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("audit list"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "--store DIR --password-file FILE [--server URL] [--login NAME] [--json] "
            "[--case NUMBER] [--user NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
