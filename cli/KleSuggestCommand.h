#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli kle suggest --store DIR [--top N] TEXT | --batch FILE
// One JSON array of {"emne", "title", "score", "reason"} per text, one line each, in input order.
// The classifier is built once per run.
class KleSuggestCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("kle suggest"); }
    QString synopsis() const override
    {
        return QStringLiteral("--store DIR [--top N] (TEXT | --batch FILE)");
    }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
