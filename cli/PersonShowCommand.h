#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli person show --store DIR [--json] CPR_OR_CVR
// A person (CPR or replacement number) with relations, or a company (CVR), as the store's register has
// them. A protected person's address is never printed. Exit 1 when the register does not know the
// number, 2 when the number is not valid.
class PersonShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("person show"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json] CPR_OR_CVR"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
