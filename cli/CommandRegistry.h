#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace akta::cli {

// All commands of akta-cli; finds the one whose name matches the first words of the arguments.
class CommandRegistry final
{
public:
    CommandRegistry();
    int run(const QStringList& args, CommandIo& io);

private:
    void printUsage(QTextStream& out) const;
    // Before a command on a store (--store DIR): finishes a wipe a revoked device owes and wipes expired
    // offline data (store::StoreGuard); Wiped with the reason on stderr, else Ok.
    static int guardStore(const QStringList& args, CommandIo& io);

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace akta::cli
