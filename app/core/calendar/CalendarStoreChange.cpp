#include "core/calendar/CalendarStoreChange.h"

#include "core/calendar/CalendarRange.h"
#include "core/model/Event.h"

#include <algorithm>

namespace MentorDesk {

namespace {
// No zone is further than this from UTC: an all-day date's midnight anywhere lies within it.
constexpr qint64 kZoneMarginSecs = 14 * 60 * 60;
} // namespace

CalendarStoreChange CalendarStoreChange::everything()
{
    CalendarStoreChange change;
    change.m_everything = true;
    return change;
}

CalendarStoreChange CalendarStoreChange::allTimesOf(const QStringList &calendarIds)
{
    CalendarStoreChange change;
    change.m_allTimes = true;
    change.m_calendarIds = calendarIds;
    return change;
}

void CalendarStoreChange::add(const Event &event)
{
    if (event.isAllDay && event.startDate.isValid())
        addDates(event.calendarId, event.startDate, event.endDate);
    else
        add(event.calendarId, event.start, event.end);
}

void CalendarStoreChange::add(const QString &calendarId, const QDateTime &startUtc, const QDateTime &endUtc)
{
    if (m_everything)
        return;
    if (!m_calendarIds.contains(calendarId))
        m_calendarIds << calendarId;
    if (m_allTimes)
        return;
    if (!startUtc.isValid() || !endUtc.isValid()) {
        m_allTimes = true; // an event without times: say "any time" rather than guess
        return;
    }
    const QDateTime end = qMax(startUtc, endUtc);
    m_startUtc = m_startUtc.isValid() ? qMin(m_startUtc, startUtc) : startUtc;
    m_endUtc = m_endUtc.isValid() ? qMax(m_endUtc, end) : end;
}

void CalendarStoreChange::addDates(const QString &calendarId, QDate startDate, QDate endDate)
{
    if (m_everything)
        return;
    if (!m_calendarIds.contains(calendarId))
        m_calendarIds << calendarId;
    if (m_allTimes)
        return;
    if (!startDate.isValid()) {
        m_allTimes = true;
        return;
    }
    const QDate last = qMax(startDate, endDate.addDays(-1));
    m_firstDate = m_firstDate.isValid() ? qMin(m_firstDate, startDate) : startDate;
    m_lastDate = m_lastDate.isValid() ? qMax(m_lastDate, last) : last;
}

namespace {
bool sharesCalendar(const QStringList &changed, const QStringList &shown)
{
    return shown.isEmpty()
        || std::any_of(changed.cbegin(), changed.cend(), [&shown](const QString &id) { return shown.contains(id); });
}
} // namespace

bool CalendarStoreChange::affects(const CalendarRange &range, const QStringList &calendarIds) const
{
    if (m_everything)
        return true;
    if (m_calendarIds.isEmpty() || !sharesCalendar(m_calendarIds, calendarIds))
        return false;
    if (m_allTimes || !range.isValid())
        return true;
    // Timed events by UTC overlap (inclusive at the start: a zero-length event there shows), all-day ones by date,
    // as CalendarRange::intersects().
    const bool timed = m_startUtc.isValid() && m_startUtc < range.endUtc() && m_endUtc >= range.startUtc();
    const bool allDay = m_firstDate.isValid() && m_firstDate <= range.lastDate() && m_lastDate >= range.firstDate();
    return timed || allDay;
}

bool CalendarStoreChange::affects(const QDateTime &startUtc, const QDateTime &endUtc,
                                  const QStringList &calendarIds) const
{
    if (m_everything)
        return true;
    if (m_calendarIds.isEmpty() || !sharesCalendar(m_calendarIds, calendarIds))
        return false;
    if (m_allTimes || !startUtc.isValid() || !endUtc.isValid())
        return true;
    const bool timed = m_startUtc.isValid() && m_startUtc < endUtc && m_endUtc >= startUtc;
    // eventsBetween() compares the stored midnights, which lie in any zone: within 14 hours of the UTC one.
    const bool allDay = m_firstDate.isValid()
        && m_firstDate.startOfDay(QTimeZone::utc()).addSecs(-kZoneMarginSecs) < endUtc
        && m_lastDate.addDays(1).startOfDay(QTimeZone::utc()).addSecs(kZoneMarginSecs) >= startUtc;
    return timed || allDay;
}

} // namespace MentorDesk
