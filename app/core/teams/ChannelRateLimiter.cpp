#include "core/teams/ChannelRateLimiter.h"

#include "core/common/Clock.h"

namespace MentorDesk {

ChannelRateLimiter::ChannelRateLimiter(Clock *clock, int perSecond)
    : m_clock(clock ? clock : Clock::system())
    , m_perSecond(qMax(1, perSecond))
{ }

qint64 ChannelRateLimiter::waitMs(const QString &channelKey) const
{
    auto it = m_answers.find(channelKey);
    if (it == m_answers.end())
        return 0;
    const QDateTime now = m_clock->nowUtc();
    it->removeIf([&now](const QDateTime &t) { return t.msecsTo(now) >= 1000; });
    if (it->size() < m_perSecond)
        return 0;
    // The oldest answer of the last second leaves the window at oldest + 1 s.
    return qMax<qint64>(1, 1000 - it->at(it->size() - m_perSecond).msecsTo(now));
}

void ChannelRateLimiter::recordAnswer(const QString &channelKey)
{
    m_answers[channelKey].append(m_clock->nowUtc());
}

} // namespace MentorDesk
