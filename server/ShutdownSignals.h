#pragma once

#include <functional>

namespace akta::server {

// Calls `onSignal` once, from a thread of its own, when the process is asked to stop (SIGINT and
// SIGTERM; Ctrl+C and console close on Windows). Call before starting other threads.
class ShutdownSignals final
{
public:
    static void install(std::function<void()> onSignal);
};

} // namespace akta::server
