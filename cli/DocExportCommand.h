#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli doc export --store DIR --to FILE [--version N] [--server URL --user NAME --password-file FILE]
// DOC_ID: writes the content of a document version (the newest by default) to FILE, all or nothing.
// Content that is not on this computer is fetched from the server when the account options are given.
class DocExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("doc export"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "--store DIR --to FILE [--version N] [--server URL --user NAME --password-file FILE] DOC_ID");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
