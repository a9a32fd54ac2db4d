#pragma once

namespace MentorDesk {
class GraphJob;
}

namespace MentorDesk::Test {

// Starts job and waits until it has finished exactly once (false on a timeout). The job is kept (no auto-delete) so
// the caller can read its result; its parent deletes it.
bool runJob(GraphJob *job, int timeoutMs = 30000);

} // namespace MentorDesk::Test
