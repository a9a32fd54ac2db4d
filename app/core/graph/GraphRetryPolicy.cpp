#include "core/graph/GraphRetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace MentorDesk {

std::chrono::milliseconds GraphRetryPolicy::backoff(int failedAttempts) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 20);
    const double base = std::min(double(initialBackoff.count()) * std::pow(2.0, exponent), double(maxBackoff.count()));
    // Jitter spreads clients that failed together, so they do not all come back at the same instant.
    const double factor = 1.0 + jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return std::chrono::milliseconds(qint64(std::max(0.0, base * factor)));
}

} // namespace MentorDesk
