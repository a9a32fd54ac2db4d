#pragma once

#include <chrono>

namespace MentorDesk {

// How GraphClient retries 429/503/504 and broken connections of retry-safe requests. Tests shrink the backoff;
// a server's Retry-After is always honoured as given (up to maxRetryAfter, beyond which the caller is told
// to wait instead of the client sleeping through it).
struct GraphRetryPolicy
{
    int maxAttempts = 4; // HTTP attempts per request, the first one included
    std::chrono::milliseconds initialBackoff{1000}; // wait before the 2nd attempt without Retry-After
    std::chrono::milliseconds maxBackoff{30000};
    double jitter = 0.2; // each backoff is scaled by a random factor in [1 - jitter, 1 + jitter]
    std::chrono::seconds maxRetryAfter{120};

    // The backoff before attempt (failedAttempts + 1), jittered: initial * 2^(failedAttempts - 1), capped.
    std::chrono::milliseconds backoff(int failedAttempts) const;
};

} // namespace MentorDesk
