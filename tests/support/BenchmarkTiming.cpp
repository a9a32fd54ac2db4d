#include "support/BenchmarkTiming.h"

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace MentorDesk::Test {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace MentorDesk::Test
