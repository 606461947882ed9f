#include "ListenBacklog.h"

namespace akta::server {

bool ListenBacklog::widen(long long)
{
    // Winsock keeps the first backlog of a listening socket; nothing to do.
    return false;
}

} // namespace akta::server
