#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli case create --store DIR --json --cpr CPR|--cvr CVR|--no-party --title T --kle EMNE [--facet F]
//   [--secondary parents|custody|CPR,...] [--name NAME] [--allow-duplicate] [--access normal|confidential]
// akta-cli case create --store DIR --kind personnel --employee USERNAME --title T --kle EMNE ...
// A personnel case (HR only) is made for an employee: a user whose CPR number the directory synced
// from the server holds; the employee's person becomes the primary party. Prints the case with its parties
// and number. When the party already has a case in that emne it refuses with exit code 3 and lists them,
// unless --allow-duplicate.
class CaseCreateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("case create"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "--store DIR [--json] (--cpr CPR | --cvr CVR | --no-party) --title T --kle EMNE "
            "[--facet F] [--secondary parents|custody|CPR,...] [--name NAME] [--allow-duplicate] "
            "[--access normal|confidential] | --kind personnel --employee USERNAME ...");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
