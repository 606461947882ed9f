#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace akta::cli {

// Where a command writes: JSON and results to `out`, one-line failures to `err`.
struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
};

// Exit codes shared by every command.
enum ExitCode
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Duplicate = 3,
    Wiped = 4 // the store was wiped (revoked device, expired offline data) instead of running the command
};

// One akta-cli command ("cpr check", "case list", ...). `args` are the words after the command's name.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;     // e.g. "cpr check"
    virtual QString synopsis() const = 0; // one line of usage after the name
    virtual int run(const QStringList& args, CommandIo& io) = 0;

protected:
    // Writes one JSON value as a single compact line.
    static void printJsonLine(QTextStream& out, const QJsonValue& value);
    // Writes "akta-cli: <message>" to err and returns `code`.
    static int fail(CommandIo& io, const QString& message, int code = Failure);
};

} // namespace akta::cli
