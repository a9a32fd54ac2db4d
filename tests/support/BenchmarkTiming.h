#pragma once

#include <functional>

namespace MentorDesk::Test {

// Median wall time in milliseconds of `runs` calls of work: benchmarks report it against a baseline measured the
// same way in the same run, since these machines are noisy.
double medianMs(int runs, const std::function<void()> &work);

} // namespace MentorDesk::Test
