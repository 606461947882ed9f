#include "ListenBacklog.h"

#include <sys/socket.h>

namespace akta::server {

bool ListenBacklog::widen(long long socket)
{
    return ::listen(static_cast<int>(socket), SOMAXCONN) == 0;
}

} // namespace akta::server
