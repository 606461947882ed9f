#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli review list --store DIR [--json]
// The documents that wait for the store's user to review them, oldest request first.
class ReviewListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("review list"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json]"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
