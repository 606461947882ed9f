#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli note add --store DIR --case ID_OR_NUMBER --title T --json FILE_OR_-: journals a note
// (internal, text/plain or text/html) read from a file or standard input.
class NoteAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("note add"); }
    QString synopsis() const override
    {
        return QStringLiteral("--store DIR --case ID_OR_NUMBER --title T [--json] FILE_OR_-");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
