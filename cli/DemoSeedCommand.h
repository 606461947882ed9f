#pragma once

#include "Command.h"

namespace akta::cli {

// Placeholder: being written.
class DemoSeedCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo seed"); }
    QString synopsis() const override { return QStringLiteral("..."); }
    int run(const QStringList&, CommandIo& io) override { return fail(io, QStringLiteral("not built yet")); }
};

} // namespace akta::cli
