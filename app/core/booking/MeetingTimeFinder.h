#pragma once

#include "core/booking/SessionDraft.h"
#include "core/consent/Feature.h"
#include "core/consent/FeatureGate.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace MentorDesk {

class BookingCalendar;
class BookingOperation;
class Clock;
class GraphClient;

// Suggested times for a session (BookingService::findTimes): Microsoft 365's findMeetingTimes for the mentor and
// the mentees, or, where that is not available (personal accounts, permission not granted, offline), the mentor's
// own free time from the calendar cache, saying so in BookingResult::note.
class MeetingTimeFinder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxSuggestions = 10;

    // client, calendar and clock are not owned and must outlive the finder; gate answers FeatureGate's question
    // for the signed-in account.
    MeetingTimeFinder(GraphClient *client, const BookingCalendar *calendar, Clock *clock,
                      std::function<FeatureAvailability(Feature)> gate, QObject *parent = nullptr);

    // Between firstDay and lastDay (inclusive, in the draft's zone), not offering organizerAddress as a mentee.
    BookingOperation *find(const SessionDraft &draft, const QDate &firstDay, const QDate &lastDay,
                           const QString &organizerAddress);

private:
    void finishWithOwnFreeTime(BookingOperation *operation, const QString &reason, const QDateTime &windowStart,
                               const QDateTime &windowEnd, int durationMinutes, const QTimeZone &zone);

    GraphClient *m_client;
    const BookingCalendar *m_calendar;
    Clock *m_clock;
    std::function<FeatureAvailability(Feature)> m_gate;
};

} // namespace MentorDesk
