#include "CommandRegistry.h"

#include "AuditListCommand.h"
#include "BenchSearchCommand.h"
#include "CaseCreateCommand.h"
#include "CaseListCommand.h"
#include "CaseShowCommand.h"
#include "CaseUpdateCommand.h"
#include "ConflictsListCommand.h"
#include "ConflictsResolveCommand.h"
#include "CprCheckCommand.h"
#include "CvrCheckCommand.h"
#include "DemoSeedCommand.h"
#include "DocAddCommand.h"
#include "DocExportCommand.h"
#include "DocShowCommand.h"
#include "KleImportCommand.h"
#include "KleShowCommand.h"
#include "KleSuggestCommand.h"
#include "NoteAddCommand.h"
#include "OfflineAddCommand.h"
#include "OfflineCheckCommand.h"
#include "OfflineRemoveCommand.h"
#include "OfflineStatusCommand.h"
#include "PersonImportCommand.h"
#include "PersonShowCommand.h"
#include "ReviewDecideCommand.h"
#include "ReviewListCommand.h"
#include "ReviewRequestCommand.h"
#include "SearchCommand.h"
#include "StoreVerifyCommand.h"
#include "SyncCommand.h"

#include "store/LocalStore.h"
#include "store/StoreGuard.h"
#include "store/StoreKeyProvider.h"
#include "store/StoreWipe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <exception>

namespace akta::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<CprCheckCommand>());
    m_commands.push_back(std::make_unique<CvrCheckCommand>());
    m_commands.push_back(std::make_unique<DemoSeedCommand>());
    m_commands.push_back(std::make_unique<CaseListCommand>());
    m_commands.push_back(std::make_unique<CaseCreateCommand>());
    m_commands.push_back(std::make_unique<CaseShowCommand>());
    m_commands.push_back(std::make_unique<CaseUpdateCommand>());
    m_commands.push_back(std::make_unique<DocAddCommand>());
    m_commands.push_back(std::make_unique<DocShowCommand>());
    m_commands.push_back(std::make_unique<NoteAddCommand>());
    m_commands.push_back(std::make_unique<KleImportCommand>());
    m_commands.push_back(std::make_unique<KleShowCommand>());
    m_commands.push_back(std::make_unique<KleSuggestCommand>());
    m_commands.push_back(std::make_unique<PersonImportCommand>());
    m_commands.push_back(std::make_unique<PersonShowCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<BenchSearchCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<ConflictsListCommand>());
    m_commands.push_back(std::make_unique<ConflictsResolveCommand>());
    m_commands.push_back(std::make_unique<StoreVerifyCommand>());
    m_commands.push_back(std::make_unique<AuditListCommand>());
    m_commands.push_back(std::make_unique<ReviewListCommand>());
    m_commands.push_back(std::make_unique<ReviewRequestCommand>());
    m_commands.push_back(std::make_unique<ReviewDecideCommand>(true));
    m_commands.push_back(std::make_unique<ReviewDecideCommand>(false));
    m_commands.push_back(std::make_unique<DocExportCommand>());
    m_commands.push_back(std::make_unique<OfflineAddCommand>());
    m_commands.push_back(std::make_unique<OfflineRemoveCommand>());
    m_commands.push_back(std::make_unique<OfflineStatusCommand>());
    m_commands.push_back(std::make_unique<OfflineCheckCommand>());
}

int CommandRegistry::run(const QStringList& args, CommandIo& io)
{
    if (args.value(0) == QLatin1String("--version")) {
        io.out << "akta-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (args.isEmpty() || args.value(0) == QLatin1String("--help") ||
        args.value(0) == QLatin1String("help")) {
        printUsage(args.isEmpty() ? io.err : io.out);
        return args.isEmpty() ? Usage : Ok;
    }
    for (const auto& command : m_commands) {
        const QStringList words = command->name().split(QLatin1Char(' '));
        if (args.mid(0, words.size()) == words) {
            if (const int code = guardStore(args, io); code != Ok) {
                return code;
            }
            return command->run(args.mid(words.size()), io);
        }
    }
    io.err << "akta-cli: unknown command '" << args.mid(0, 2).join(QLatin1Char(' '))
           << "'; see akta-cli --help\n";
    return Usage;
}

int CommandRegistry::guardStore(const QStringList& args, CommandIo& io)
{
    // Before any command on a store: a wipe the server asked for is finished, expired offline data is wiped.
    const qsizetype at = args.indexOf(QStringLiteral("--store"));
    if (at < 0 || at + 1 >= args.size()) {
        return Ok;
    }
    const QString directory = args.at(at + 1);
    if (!QFileInfo::exists(store::LocalStore::databasePathFor(directory)) &&
        !store::StoreWipe::isPending(directory)) {
        return Ok;
    }
    try {
        const store::StoreGuard::Verdict verdict = store::StoreGuard::enforce(
            directory, store::StoreKeyProvider::forProcess(), QDateTime::currentDateTimeUtc());
        if (verdict.action == store::StoreGuard::Action::None) {
            return Ok;
        }
        io.err << "akta-cli: " << store::StoreGuard::describe(verdict) << '\n';
        return Wiped;
    } catch (const std::exception&) {
        return Ok; // the command itself reports why the store cannot be opened
    }
}

void CommandRegistry::printUsage(QTextStream& out) const
{
    out << "Usage: akta-cli COMMAND [OPTIONS]\n\nCommands:\n";
    out << "  --version\n";
    for (const auto& command : m_commands) {
        out << "  " << command->name() << ' ' << command->synopsis() << '\n';
    }
    out.flush();
}

} // namespace akta::cli
