#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli conflicts resolve --store DIR ID [--keep-local FIELD,...]: settles one conflict; the
// fields named keep this desktop's value (pushed at the next sync), the others take the server's.
// A rejected operation is dismissed.
class ConflictsResolveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("conflicts resolve"); }
    QString synopsis() const override { return QStringLiteral("--store DIR ID [--keep-local FIELD,...]"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
