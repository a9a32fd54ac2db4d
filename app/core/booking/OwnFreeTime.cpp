#include "core/booking/OwnFreeTime.h"

#include "core/model/GraphTime.h"

#include <algorithm>

namespace MentorDesk {

bool OwnFreeTime::blocksTime(const Event &event)
{
    return !event.isCancelled && event.showAs != Event::ShowAs::Free && event.type != Event::Type::SeriesMaster;
}

QList<MeetingTimeSuggestion> OwnFreeTime::find(const QList<Event> &events, const QDateTime &windowStartUtc,
                                               const QDateTime &windowEndUtc, int durationMinutes,
                                               const QDateTime &nowUtc, const Options &options)
{
    QList<MeetingTimeSuggestion> result;
    if (!windowStartUtc.isValid() || !windowEndUtc.isValid() || durationMinutes <= 0 || options.stepMinutes <= 0)
        return result;
    QList<std::pair<QDateTime, QDateTime>> busy;
    for (const Event &event : events) {
        if (blocksTime(event))
            busy.append({event.start, event.end});
    }
    std::sort(busy.begin(), busy.end());

    const QTimeZone zone = options.zone.isValid() ? options.zone : QTimeZone::utc();
    const qint64 duration = qint64(durationMinutes) * 60;
    const QDate firstDay = windowStartUtc.toTimeZone(zone).date();
    const QDate lastDay = windowEndUtc.toTimeZone(zone).date();
    for (QDate day = firstDay; day <= lastDay && result.size() < options.maxSuggestions; day = day.addDays(1)) {
        if (options.weekdaysOnly && day.dayOfWeek() > 5)
            continue;
        const QDateTime dayStart = GraphTime::toUtc(day, options.dayStart, zone);
        const QDateTime dayEnd = GraphTime::toUtc(day, options.dayEnd, zone);
        for (QDateTime start = dayStart; start.addSecs(duration) <= dayEnd && result.size() < options.maxSuggestions;
             start = start.addSecs(qint64(options.stepMinutes) * 60)) {
            const QDateTime end = start.addSecs(duration);
            if (start < windowStartUtc || end > windowEndUtc || (nowUtc.isValid() && start < nowUtc))
                continue;
            const bool clash = std::any_of(busy.cbegin(), busy.cend(),
                                           [&](const auto &slot) { return slot.first < end && slot.second > start; });
            if (clash)
                continue;
            MeetingTimeSuggestion suggestion;
            suggestion.start = start;
            suggestion.end = end;
            suggestion.confidence = 100;
            suggestion.order = int(result.size()) + 1;
            suggestion.organizerAvailability = Event::ShowAs::Free;
            result.append(suggestion);
        }
    }
    return result;
}

} // namespace MentorDesk
