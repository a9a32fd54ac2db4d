#include "core/calendar/EventFormatter.h"

#include "core/calendar/ColleagueCalendars.h"
#include "core/common/DateFormats.h"
#include "core/model/GraphTime.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QString shortDate(QDate date, const QLocale &locale)
{
    // Day and month in the locale's order, without the year (the view shows it elsewhere).
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.remove(u'y');
    while (!format.isEmpty() && !format.back().isLetter())
        format.chop(1);
    while (!format.isEmpty() && !format.front().isLetter())
        format.remove(0, 1);
    return locale.toString(date, format.isEmpty() ? DateFormats::dayMonth() : format);
}

QString timeText(const QDateTime &time, const QLocale &locale)
{
    return EventFormatter::timeOfDay(time.time(), locale);
}

QString rangeIn(const Event &event, const QTimeZone &zone, const QLocale &locale)
{
    const QDateTime start = event.start.toTimeZone(zone);
    const QDateTime end = event.end.toTimeZone(zone);
    const QString dash = u" \u2013 "_s;
    if (start.date() == end.date() || (end.time() == QTime(0, 0) && start.date().addDays(1) == end.date()))
        return timeText(start, locale) + dash + timeText(end, locale);
    return shortDate(start.date(), locale) + u' ' + timeText(start, locale) + dash + shortDate(end.date(), locale)
        + u' ' + timeText(end, locale);
}

} // namespace

QString EventFormatter::timeFormat(const QLocale &locale)
{
    // Views format thousands of times per layout: the format is derived once per locale.
    static QMutex mutex;
    static QHash<QString, QString> formats;
    const QMutexLocker lock(&mutex);
    const QString key = locale.bcp47Name() + u'|' + locale.timeFormat(QLocale::ShortFormat);
    auto it = formats.constFind(key);
    if (it == formats.constEnd()) {
        // Some short formats (the C locale's among them) carry seconds, which a calendar never shows.
        static const QRegularExpression seconds(u"[:.]\\s*s+|s+[:.]?"_s);
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(seconds);
        it = formats.insert(key, format.trimmed());
    }
    return *it;
}

QString EventFormatter::timeOfDay(QTime time, const QLocale &locale)
{
    return locale.toString(time, timeFormat(locale));
}

QString EventFormatter::timeRange(const Event &event, const QTimeZone &viewer, const QLocale &locale)
{
    if (event.isAllDay) {
        const QDate last = event.lastDate(viewer);
        if (last <= event.startDate)
            return tr("All day");
        return shortDate(event.startDate, locale) + u" \u2013 "_s + shortDate(last, locale);
    }
    return rangeIn(event, viewer.isValid() ? viewer : QTimeZone::systemTimeZone(), locale);
}

QString EventFormatter::ownZoneTimeRange(const Event &event, const QTimeZone &viewer, const QLocale &locale)
{
    const QTimeZone own = event.ownZone();
    if (event.isAllDay || !GraphTime::differsFromViewer(event.start, own, viewer))
        return {};
    return tr("%1 (%2)").arg(rangeIn(event, own, locale), GraphTime::zoneDisplayName(event.originalStartTimeZone));
}

QString EventFormatter::recurrenceText(const Recurrence &recurrence, const QLocale &locale)
{
    QStringList days;
    for (const Qt::DayOfWeek day : recurrence.daysOfWeek)
        days << locale.standaloneDayName(day, QLocale::LongFormat);
    const QString dayList = locale.createSeparatedList(days);
    const int n = recurrence.interval;
    const QString ordinal = [&] {
        switch (recurrence.index) {
        case Recurrence::WeekIndex::First:
            return tr("first");
        case Recurrence::WeekIndex::Second:
            return tr("second");
        case Recurrence::WeekIndex::Third:
            return tr("third");
        case Recurrence::WeekIndex::Fourth:
            return tr("fourth");
        case Recurrence::WeekIndex::Last:
            break;
        }
        return tr("last");
    }();
    const QString monthName = recurrence.month >= 1 && recurrence.month <= 12
        ? locale.standaloneMonthName(recurrence.month, QLocale::LongFormat)
        : QString();

    QString text;
    switch (recurrence.patternType) {
    case Recurrence::PatternType::Daily:
        text = n == 1 ? tr("Daily") : tr("Every %n days", nullptr, n);
        break;
    case Recurrence::PatternType::Weekly:
        text = n == 1 ? tr("Weekly on %1").arg(dayList) : tr("Every %n weeks on %1", nullptr, n).arg(dayList);
        break;
    case Recurrence::PatternType::AbsoluteMonthly:
        text = n == 1 ? tr("Monthly on day %1").arg(recurrence.dayOfMonth)
                      : tr("Every %n months on day %1", nullptr, n).arg(recurrence.dayOfMonth);
        break;
    case Recurrence::PatternType::RelativeMonthly:
        text = n == 1 ? tr("Monthly on the %1 %2").arg(ordinal, dayList)
                      : tr("Every %n months on the %1 %2", nullptr, n).arg(ordinal, dayList);
        break;
    case Recurrence::PatternType::AbsoluteYearly:
        text = tr("Yearly on %1 %2").arg(recurrence.dayOfMonth).arg(monthName);
        break;
    case Recurrence::PatternType::RelativeYearly:
        text = tr("Yearly on the %1 %2 of %3").arg(ordinal, dayList, monthName);
        break;
    }
    switch (recurrence.rangeType) {
    case Recurrence::RangeType::EndDate:
        if (recurrence.endDate.isValid())
            text = tr("%1 until %2").arg(text, locale.toString(recurrence.endDate, QLocale::ShortFormat));
        break;
    case Recurrence::RangeType::Numbered:
        // No "(s)" sources: there is no English numerus translation, so English gets its own singular.
        if (recurrence.numberOfOccurrences == 1)
            text = tr("%1, once").arg(text);
        else if (recurrence.numberOfOccurrences > 1)
            text = tr("%1, %n times", nullptr, recurrence.numberOfOccurrences).arg(text);
        break;
    case Recurrence::RangeType::NoEnd:
        break;
    }
    return text;
}

QString EventFormatter::responseText(ResponseStatus::Response response)
{
    switch (response) {
    case ResponseStatus::Response::Organizer:
        return tr("Organizer");
    case ResponseStatus::Response::Accepted:
        return tr("Accepted");
    case ResponseStatus::Response::TentativelyAccepted:
        return tr("Tentative");
    case ResponseStatus::Response::Declined:
        return tr("Declined");
    case ResponseStatus::Response::None:
    case ResponseStatus::Response::NotResponded:
        break;
    }
    return tr("No response");
}

QString EventFormatter::showAsText(Event::ShowAs showAs)
{
    switch (showAs) {
    case Event::ShowAs::Free:
        return tr("Free");
    case Event::ShowAs::Tentative:
        return tr("Tentative");
    case Event::ShowAs::Busy:
        return tr("Busy");
    case Event::ShowAs::Oof:
        return tr("Away");
    case Event::ShowAs::WorkingElsewhere:
        return tr("Working elsewhere");
    case Event::ShowAs::Unknown:
        break;
    }
    return tr("Unknown");
}

QString EventFormatter::displaySubject(const Event &event, const QString &untitled)
{
    if (!event.subject.isEmpty())
        return event.subject;
    return isFreeBusyBlock(event) ? showAsText(event.showAs) : untitled;
}

bool EventFormatter::isFreeBusyBlock(const Event &event)
{
    return ColleagueCalendars::isFreeBusyOnly(event.calendarId);
}

QString EventFormatter::lastUpdatedText(const QDateTime &lastUpdated, const QDateTime &now, const QTimeZone &viewer,
                                        const QLocale &locale)
{
    if (!lastUpdated.isValid())
        return tr("Not updated yet");
    const qint64 seconds = qMax<qint64>(0, lastUpdated.secsTo(now));
    if (seconds < 60)
        return tr("Last updated just now");
    if (seconds < 2 * 60)
        return tr("Last updated 1 minute ago");
    if (seconds < 60 * 60)
        return tr("Last updated %n minutes ago", nullptr, int(seconds / 60));
    const QTimeZone zone = viewer.isValid() ? viewer : QTimeZone::systemTimeZone();
    const QDateTime local = lastUpdated.toTimeZone(zone);
    if (local.date() == now.toTimeZone(zone).date())
        return tr("Last updated today at %1").arg(timeOfDay(local.time(), locale));
    return tr("Last updated on %1").arg(locale.toString(local.date(), QLocale::ShortFormat));
}

} // namespace MentorDesk
