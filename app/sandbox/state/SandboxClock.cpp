#include "sandbox/state/SandboxClock.h"

namespace MentorDesk::Sandbox {

SandboxClock::SandboxClock(const QDateTime &start)
    : m_start(start.toUTC())
{
    m_elapsed.start();
}

QDateTime SandboxClock::nowUtc() const
{
    return m_start.addMSecs(m_elapsed.elapsed()).addSecs(m_offsetSeconds);
}

void SandboxClock::advance(qint64 seconds)
{
    m_offsetSeconds += seconds;
}

} // namespace MentorDesk::Sandbox
