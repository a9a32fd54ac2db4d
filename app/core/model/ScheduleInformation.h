#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

namespace MentorDesk {

// Free/busy as getSchedule reports it (docs/graph/scheduling.md#getschedule). Graph has two spellings: the digits of
// availabilityView (0 free, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere) and the freeBusyStatus strings
// of scheduleItem.status (free, tentative, busy, oof, workingElsewhere, unknown;
// https://learn.microsoft.com/graph/api/resources/scheduleitem). Anything else reads as Unknown.
enum class Availability { Free, Tentative, Busy, OutOfOffice, WorkingElsewhere, Unknown };

Availability availabilityFromString(QStringView text); // case-insensitive ("Busy" and "busy"); unknown -> Unknown
QString availabilityToString(Availability availability); // Graph's freeBusyStatus spelling
Availability availabilityFromDigit(QChar digit); // '0'…'4'; anything else -> Unknown
QChar availabilityToDigit(Availability availability); // Unknown -> '?' (Graph has no digit for it)

// One busy (or tentative, …) block of someone's default calendar. Graph leaves subject and location out unless the
// owner lets the signed-in user see them, and reports only whether the event is private.
struct ScheduleItem
{
    Availability status = Availability::Unknown;
    QDateTime start; // UTC
    QDateTime end; // UTC, >= start
    QString subject;
    QString location;
    bool isPrivate = false;

    bool isValid() const { return start.isValid() && end.isValid(); }
    static ScheduleItem fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
    friend bool operator==(const ScheduleItem &, const ScheduleItem &) = default;
};

// The days and hours someone works, in the zone they set in Outlook
// (https://learn.microsoft.com/graph/api/resources/workinghours). startTime and endTime are wall-clock times in
// timeZone. Graph names the zone as Windows does ("Tokyo Standard Time") or by its IANA id, resolved here through
// GraphTime::zoneForName() (QTimeZone::windowsIdToDefaultIanaId); a customTimeZone ("Customized Time Zone" with its own
// bias and DST rules) has no such id and leaves timeZone invalid, timeZoneName saying what Graph sent.
struct WorkingHours
{
    QList<Qt::DayOfWeek> daysOfWeek; // in Graph's order
    QTime startTime;
    QTime endTime;
    QTimeZone timeZone; // invalid: missing, custom or unknown
    QString timeZoneName; // as Graph sent it

    bool isEmpty() const { return daysOfWeek.isEmpty() && !startTime.isValid() && !endTime.isValid(); }
    bool worksOn(Qt::DayOfWeek day) const { return daysOfWeek.contains(day); }

    static WorkingHours fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
    friend bool operator==(const WorkingHours &, const WorkingHours &) = default;
};

// Why Graph could not tell one address's availability (freeBusyError,
// https://learn.microsoft.com/graph/api/resources/freebusyerror): the item then carries only scheduleId and error.
// responseCode is Graph's own code as a string (e.g. "5009" for an address that is not in the directory).
struct ScheduleError
{
    QString message; // Graph's English text: details only
    QString responseCode;

    bool isNull() const { return message.isEmpty() && responseCode.isEmpty(); }
    friend bool operator==(const ScheduleError &, const ScheduleError &) = default;
};

// One entry of getSchedule's reply: one address asked for, in the order asked.
struct ScheduleInformation
{
    QString scheduleId; // the SMTP address as asked for
    // availabilityView, one entry per availabilityViewInterval from the request's startTime.
    QList<Availability> availabilityView;
    QList<ScheduleItem> scheduleItems;
    WorkingHours workingHours;
    ScheduleError error;

    bool hasError() const { return !error.isNull(); }
    // The slot that contains instant, for a view that starts at viewStartUtc with slots of intervalMinutes; Unknown
    // outside the view.
    Availability availabilityAt(const QDateTime &instant, const QDateTime &viewStartUtc, int intervalMinutes) const;

    static ScheduleInformation fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
    static QList<Availability> parseAvailabilityView(QStringView digits);
    static QString formatAvailabilityView(const QList<Availability> &view);

    friend bool operator==(const ScheduleInformation &, const ScheduleInformation &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::ScheduleInformation)
