#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli review request --store DIR DOC_ID [--to USER] [--json]
// Sends the document for review to USER (a leader of the case's leader line), or to the nearest
// leader above the case. Stored at once, pushed at the next sync.
class ReviewRequestCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("review request"); }
    QString synopsis() const override { return QStringLiteral("--store DIR DOC_ID [--to USER] [--json]"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
