#include "ShutdownSignals.h"

#include <windows.h>

namespace akta::server {

namespace {

std::function<void()>& handler()
{
    static std::function<void()> function;
    return function;
}

BOOL WINAPI onConsoleEvent(DWORD type)
{
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT || type == CTRL_CLOSE_EVENT ||
        type == CTRL_SHUTDOWN_EVENT) {
        if (handler()) {
            handler()();
        }
        return TRUE;
    }
    return FALSE;
}

} // namespace

void ShutdownSignals::install(std::function<void()> onSignal)
{
    handler() = std::move(onSignal);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

} // namespace akta::server
