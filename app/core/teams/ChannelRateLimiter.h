#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace MentorDesk {

class Clock;

// Teams allows an app at most four posts per second on one channel (docs/graph/teams.md#posting). Posts to a channel go
// one at a time (the next starts after the previous answer), and a post may start only when fewer than four
// answers on that channel came in during the last second. Since each request reaches Teams after the previous
// answer and before its own, any four consecutive arrivals are then at least a second apart. Pure bookkeeping:
// TeamsService decides what to send; 429 + Retry-After in the outbox remains the safety net.
class ChannelRateLimiter
{
public:
    explicit ChannelRateLimiter(Clock *clock, int perSecond = 4);

    // Milliseconds until a post to this channel may start (0: now). Does not consider whether one is in flight.
    qint64 waitMs(const QString &channelKey) const;
    // A post to this channel got its answer (sent, refused or failed).
    void recordAnswer(const QString &channelKey);
    void clear() { m_answers.clear(); }

private:
    Clock *m_clock;
    int m_perSecond;
    mutable QHash<QString, QList<QDateTime>> m_answers; // per channel, oldest first, pruned to the last second
};

} // namespace MentorDesk
