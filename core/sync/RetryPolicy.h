#pragma once

namespace akta::sync {

// How often and how patiently a failed request is tried again: the wait doubles after each
// transient failure, from `initialDelayMs` up to `maxDelayMs`, for at most `attempts` tries.
struct RetryPolicy
{
    int attempts = 5;
    int initialDelayMs = 250;
    int maxDelayMs = 8000;

    int delayBefore(int attempt) const; // attempt counts from 1 (the first retry)
};

} // namespace akta::sync
