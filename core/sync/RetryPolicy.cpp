#include "sync/RetryPolicy.h"

#include <algorithm>

namespace akta::sync {

int RetryPolicy::delayBefore(int attempt) const
{
    long long delay = initialDelayMs;
    for (int i = 1; i < attempt && delay < maxDelayMs; ++i) {
        delay *= 2;
    }
    return int(std::min<long long>(delay, maxDelayMs));
}

} // namespace akta::sync
