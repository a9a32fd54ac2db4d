#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace MentorDesk::Sandbox {

// The sandbox's notion of "now": starts at the configured instant, runs with real time and can be moved
// forward (POST /_sandbox/clock) so tests can expire codes and tokens without waiting.
class SandboxClock
{
public:
    explicit SandboxClock(const QDateTime &start = QDateTime::currentDateTimeUtc());
    QDateTime nowUtc() const;
    void advance(qint64 seconds);
    qint64 offsetSeconds() const { return m_offsetSeconds; }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
    qint64 m_offsetSeconds = 0;
};

} // namespace MentorDesk::Sandbox
