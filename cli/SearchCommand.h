#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli search --store DIR --json [--limit N] QUERY
// {"total", "ms", "hits": [{"caseId", "caseNumber", "documentId" (null for a case hit), "title", "snippet",
// "score"}]}, best first. A malformed query exits 2 with the reason.
class SearchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json] [--limit N] QUERY"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
