#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli doc add --store DIR --case ID_OR_NUMBER --json FILE...: journals each file (e-mails with
// their attachments) and prints the created documents as a JSON array once their text is extracted.
class DocAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("doc add"); }
    QString synopsis() const override
    {
        return QStringLiteral("--store DIR --case ID_OR_NUMBER [--json] FILE...");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
