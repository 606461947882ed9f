#pragma once

namespace akta::server {

// cpp-httplib as Debian builds it listens with a backlog of 5: two hundred desktops connecting at once
// would see their connection attempts dropped and retried a second later. widen() calls listen()
// again with the system's maximum, which Linux applies to a listening socket (Windows ignores it).
class ListenBacklog final
{
public:
    // `socket` is the listening socket's descriptor (SOCKET on Windows).
    static bool widen(long long socket);
};

} // namespace akta::server
