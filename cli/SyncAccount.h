#pragma once

#include "sync/SyncOptions.h"

#include <QStringList>

namespace akta::cli {

class Options;

// The account options `akta-cli sync` takes (--server URL --user NAME --password-file FILE), shared by
// the commands that reach the server: read into SyncOptions, or an error message that says what is wrong.
class SyncAccount final
{
public:
    static QStringList optionNames();
    static QString synopsis();
    // True when none of the account options is given (a command that works offline then stays offline).
    static bool absent(const Options& options);
    // Fills `into`; false with `error` when an option is missing or bad.
    static bool read(const Options& options, sync::SyncOptions& into, QString& error);
};

} // namespace akta::cli
