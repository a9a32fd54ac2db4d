#include "core/reminders/ReminderText.h"

#include "core/common/DateFormats.h"
#include "core/model/GraphTime.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

// Whole minutes from a to b, rounded to the nearest, so "in 5 minutes" does not read "in 4" a second later.
qint64 minutesBetween(const QDateTime &a, const QDateTime &b)
{
    const qint64 seconds = a.secsTo(b);
    return seconds >= 0 ? (seconds + 30) / 60 : -((-seconds + 30) / 60);
}

} // namespace

QString ReminderText::relative(const Reminder &reminder, const QDateTime &nowUtc)
{
    const qint64 minutes = minutesBetween(nowUtc, reminder.eventStart);
    if (minutes == 0)
        return tr("starts now");
    const qint64 count = std::abs(minutes);
    const bool future = minutes > 0;
    if (count < 60) {
        const int n = int(count);
        if (future)
            return n == 1 ? tr("in 1 minute") : tr("in %n minutes", nullptr, n);
        return n == 1 ? tr("started 1 minute ago") : tr("started %n minutes ago", nullptr, n);
    }
    if (count < 48 * 60) {
        const int n = int((count + 30) / 60);
        if (future)
            return n == 1 ? tr("in 1 hour") : tr("in %n hours", nullptr, n);
        return n == 1 ? tr("started 1 hour ago") : tr("started %n hours ago", nullptr, n);
    }
    const int n = int((count + 720) / (24 * 60));
    return future ? tr("in %n days", nullptr, n) : tr("started %n days ago", nullptr, n);
}

QString ReminderText::when(const Reminder &reminder, const QDateTime &nowUtc, const QTimeZone &zone,
                           const QLocale &locale)
{
    const QDateTime start = GraphTime::toViewerTime(reminder.eventStart, zone);
    const QDateTime end
        = GraphTime::toViewerTime(reminder.eventEnd.isValid() ? reminder.eventEnd : reminder.eventStart, zone);
    const QString times = tr("%1–%2").arg(locale.toString(start.time(), QLocale::ShortFormat),
                                          locale.toString(end.time(), QLocale::ShortFormat));
    if (start.date() == GraphTime::toViewerTime(nowUtc, zone).date())
        return times;
    return tr("%1, %2").arg(locale.toString(start.date(), DateFormats::weekdayDayMonth()), times);
}

QString ReminderText::subject(const Reminder &reminder)
{
    return reminder.eventSubject.trimmed().isEmpty() ? tr("(no title)") : reminder.eventSubject.trimmed();
}

QString ReminderText::summary(const Reminder &reminder, const QDateTime &nowUtc, const QTimeZone &zone,
                              const QLocale &locale)
{
    return tr("%1, %2, %3").arg(subject(reminder), when(reminder, nowUtc, zone, locale), relative(reminder, nowUtc));
}

QString ReminderText::snoozeChoice(int minutes)
{
    if (minutes % 60 == 0)
        return minutes == 60 ? tr("1 hour") : tr("%n hours", nullptr, minutes / 60);
    return minutes == 1 ? tr("1 minute") : tr("%n minutes", nullptr, minutes);
}

} // namespace MentorDesk
