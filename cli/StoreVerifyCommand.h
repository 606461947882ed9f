#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli store verify --store DIR [--json]: decrypts every page of the database and the WAL and every
// blob, runs SQLite's integrity check; exit code 0 when all is well, 1 otherwise.
class StoreVerifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("store verify"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json]"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
