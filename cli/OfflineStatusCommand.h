#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli offline status --store DIR [--json]: the pins, the offline cases with their documents,
// versions, content missing here and bytes, and when the store last synced.
class OfflineStatusCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("offline status"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json]"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
