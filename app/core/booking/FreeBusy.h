#pragma once

#include "core/model/EmailAddress.h"
#include "core/model/ScheduleInformation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace MentorDesk {

// A stretch of time, as UTC instants: [startUtc, endUtc).
struct TimeRange
{
    QDateTime startUtc;
    QDateTime endUtc;

    bool contains(const QDateTime &instant) const { return instant >= startUtc && instant < endUtc; }
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// A run of equal availability in someone's availabilityView.
struct FreeBusyBlock
{
    TimeRange range;
    Availability availability = Availability::Unknown;
    friend bool operator==(const FreeBusyBlock &, const FreeBusyBlock &) = default;
};

// One person's row of the scheduling strip in the New session dialog: what getSchedule said about them for the
// day shown (docs/graph/scheduling.md#getschedule).
struct FreeBusyRow
{
    EmailAddress person;
    bool isYou = false; // the mentor's own row
    // False when getSchedule could not tell (an error item: outside the organisation, no mailbox) or did not
    // answer for them. Such a row is never read as free.
    bool known = false;
    QString unknownReason; // translated sentence when !known
    QList<FreeBusyBlock> blocks; // the whole view, in order, free runs included
    WorkingHours workingHours; // as Graph sent them, in their own zone
    QList<TimeRange> workingRanges; // their working hours within the view, as instants

    // Unknown outside the view and for a row that is not known.
    Availability availabilityAt(const QDateTime &instant) const;
    QTimeZone zone() const { return workingHours.timeZone; }
};

// Turns getSchedule's answer into rows and the sentences the dialog shows and reads out (translated).
class FreeBusy
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::FreeBusy)

public:
    // The row for person; information is null when getSchedule sent no item for them.
    static FreeBusyRow row(const EmailAddress &person, const ScheduleInformation *information, const TimeRange &view,
                           int intervalMinutes);
    // The working hours (startTime–endTime on daysOfWeek, wall-clock in their timeZone) that overlap the range, as
    // instants, clipped to it. Empty when the zone is unknown: a time in an unknown zone cannot be placed.
    static QList<TimeRange> workingRanges(const WorkingHours &hours, const TimeRange &range);
    // A short place name for a zone: the city of its IANA id ("Asia/Tokyo": "Tokyo"), "UTC"; empty when invalid.
    static QString zoneLabel(const QTimeZone &zone);
    // "free", "busy", "tentative", "away", "working elsewhere", "no information".
    static QString availabilityName(Availability availability);
    // What a screen reader says for a row, e.g. "Priya Sharma: busy 10:00–11:00, free otherwise; working hours
    // 09:30–18:30 Kolkata time (06:00–15:00 here)". Times of blocks are in shown.
    static QString summary(const FreeBusyRow &row, const QTimeZone &shown, const QLocale &locale = QLocale());

    // Someone's zone as the dialog knows it for the local-time line.
    struct LocalZone
    {
        enum class State { LookingUp, Known, Unknown };
        EmailAddress person;
        State state = State::LookingUp;
        QTimeZone zone;
    };
    // "10:00 for you · 18:00 for Priya (Tokyo)": the start in yours, then in each mentee's zone; a different day is
    // named ("02:00 Sat for Kenji (Tokyo)"), and an unknown zone is said to be unknown.
    static QString localTimes(const QDateTime &startUtc, const QTimeZone &yours, const QList<LocalZone> &mentees,
                              const QLocale &locale = QLocale());
    static QString firstName(const EmailAddress &person);
};

} // namespace MentorDesk
