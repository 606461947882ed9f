#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli case create --store DIR --json --cpr CPR|--cvr CVR|--no-party --title T --kle EMNE [--facet F]
//   [--secondary parents|custody|CPR,...] [--name NAME] [--allow-duplicate]
// Prints the case with its parties and number. When the party already has a case in that emne it
// refuses with exit code 3 and lists them, unless --allow-duplicate.
class CaseCreateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("case create"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "--store DIR [--json] (--cpr CPR | --cvr CVR | --no-party) --title T --kle EMNE "
            "[--facet F] [--secondary parents|custody|CPR,...] [--name NAME] [--allow-duplicate]");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
