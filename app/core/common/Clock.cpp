#include "core/common/Clock.h"

namespace MentorDesk {

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}

ManualClock::ManualClock(QDateTime nowUtc)
    : m_now(std::move(nowUtc))
{ }

QDateTime ManualClock::nowUtc() const
{
    return m_now;
}

void ManualClock::setNowUtc(const QDateTime &nowUtc)
{
    m_now = nowUtc.toUTC();
}

void ManualClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace MentorDesk
