#include "support/RunJob.h"

#include "core/graph/GraphJob.h"

#include <QSignalSpy>

namespace MentorDesk::Test {

bool runJob(GraphJob *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &GraphJob::finished);
    job->start();
    return spy.wait(timeoutMs) && spy.count() == 1;
}

} // namespace MentorDesk::Test
