#include "ShutdownSignals.h"

#include <csignal>
#include <pthread.h>
#include <thread>

namespace akta::server {

void ShutdownSignals::install(std::function<void()> onSignal)
{
    // Blocked here, the signals stay blocked in every thread started later, and one thread takes
    // them with sigwait: no work in a signal handler.
    // A client that goes away while we write must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::thread([signals, onSignal = std::move(onSignal)] {
        int received = 0;
        sigwait(&signals, &received);
        onSignal();
    }).detach();
}

} // namespace akta::server
