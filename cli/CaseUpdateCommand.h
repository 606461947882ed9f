#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli case update --store DIR ID_OR_NUMBER [--title T] [--status S] [--kle EMNE [--facet F]]
// [--follow-up DATE] [--json]: field-level changes, each queued for the server.
class CaseUpdateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("case update"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "--store DIR [--json] ID_OR_NUMBER [--title T] [--status S] [--kle EMNE [--facet F]] "
            "[--follow-up DATE]");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
