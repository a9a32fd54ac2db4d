#include "core/booking/FreeBusy.h"

#include "core/booking/BookingText.h"
#include "core/calendar/ColleagueCalendarText.h"
#include "core/model/GraphTime.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace MentorDesk {

Availability FreeBusyRow::availabilityAt(const QDateTime &instant) const
{
    if (!known)
        return Availability::Unknown;
    for (const FreeBusyBlock &block : blocks) {
        if (block.range.contains(instant))
            return block.availability;
    }
    return Availability::Unknown;
}

FreeBusyRow FreeBusy::row(const EmailAddress &person, const ScheduleInformation *information, const TimeRange &view,
                          int intervalMinutes)
{
    FreeBusyRow row;
    row.person = person;
    if (!information) {
        row.unknownReason = tr("Microsoft 365 did not answer for %1.").arg(person.displayName());
        return row;
    }
    if (information->hasError()) {
        row.unknownReason = ColleagueCalendarText::scheduleFailure(*information, person);
        return row;
    }
    row.workingHours = information->workingHours;
    row.workingRanges = workingRanges(information->workingHours, view);
    if (information->availabilityView.isEmpty() || intervalMinutes <= 0) {
        row.unknownReason = tr("Microsoft 365 sent no free/busy for %1.").arg(person.displayName());
        return row;
    }
    row.known = true;
    const qint64 step = qint64(intervalMinutes) * 60;
    QDateTime slot = view.startUtc;
    for (const Availability availability : information->availabilityView) {
        if (slot >= view.endUtc)
            break;
        const QDateTime next = std::min(slot.addSecs(step), view.endUtc);
        if (!row.blocks.isEmpty() && row.blocks.last().availability == availability)
            row.blocks.last().range.endUtc = next;
        else
            row.blocks.append({{slot, next}, availability});
        slot = next;
    }
    if (slot < view.endUtc) // a short view: the rest is not known, not free
        row.blocks.append({{slot, view.endUtc}, Availability::Unknown});
    return row;
}

QList<TimeRange> FreeBusy::workingRanges(const WorkingHours &hours, const TimeRange &range)
{
    QList<TimeRange> ranges;
    if (!hours.timeZone.isValid() || !hours.startTime.isValid() || !hours.endTime.isValid() || !range.startUtc.isValid()
        || !range.endUtc.isValid())
        return ranges;
    const QDate first = range.startUtc.toTimeZone(hours.timeZone).date().addDays(-1);
    const QDate last = range.endUtc.toTimeZone(hours.timeZone).date().addDays(1);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (!hours.worksOn(Qt::DayOfWeek(day.dayOfWeek())))
            continue;
        const QDateTime start = GraphTime::toUtc(day, hours.startTime, hours.timeZone);
        // An end at or before the start (00:00, a night shift) is on the next day.
        const QDateTime end
            = GraphTime::toUtc(hours.endTime <= hours.startTime ? day.addDays(1) : day, hours.endTime, hours.timeZone);
        const QDateTime from = std::max(start, range.startUtc);
        const QDateTime to = std::min(end, range.endUtc);
        if (from < to)
            ranges.append({from, to});
    }
    return ranges;
}

QString FreeBusy::zoneLabel(const QTimeZone &zone)
{
    if (!zone.isValid())
        return {};
    const QString id = QString::fromUtf8(zone.id());
    if (id == "UTC"_L1 || id == "Etc/UTC"_L1 || id == "Etc/GMT"_L1)
        return u"UTC"_s;
    // IANA ids keep some old city names; people know the new ones.
    static const QHash<QString, QString> renamed{{u"Calcutta"_s, u"Kolkata"_s},
                                                 {u"Kiev"_s, u"Kyiv"_s},
                                                 {u"Saigon"_s, u"Ho Chi Minh City"_s},
                                                 {u"Rangoon"_s, u"Yangon"_s},
                                                 {u"Katmandu"_s, u"Kathmandu"_s}};
    QString city = id.section(u'/', -1).replace(u'_', u' ');
    return renamed.value(city, city);
}

QString FreeBusy::availabilityName(Availability availability)
{
    switch (availability) {
    case Availability::Free:
        return tr("free");
    case Availability::Tentative:
        return tr("tentative");
    case Availability::Busy:
        return tr("busy");
    case Availability::OutOfOffice:
        return tr("away");
    case Availability::WorkingElsewhere:
        return tr("working elsewhere");
    case Availability::Unknown:
        break;
    }
    return tr("no information");
}

namespace {

QString span(const TimeRange &range, const QTimeZone &zone, const QLocale &locale)
{
    const QDateTime start = range.startUtc.toTimeZone(zone);
    const QDateTime end = range.endUtc.toTimeZone(zone);
    //: a stretch of time on one day: "10:00–11:00"
    return FreeBusy::tr("%1–%2").arg(BookingText::time(start.time(), locale), BookingText::time(end.time(), locale));
}

} // namespace

QString FreeBusy::summary(const FreeBusyRow &row, const QTimeZone &shown, const QLocale &locale)
{
    const QString who = row.isYou ? tr("You") : row.person.displayName();
    if (!row.known) {
        //: %1 a person, %2 why (a sentence)
        return tr("%1: no free/busy available. %2").arg(who, row.unknownReason).trimmed();
    }
    QStringList parts;
    bool anyFree = false;
    for (const FreeBusyBlock &block : row.blocks) {
        if (block.availability == Availability::Free) {
            anyFree = true;
            continue;
        }
        //: "busy 10:00–11:00"
        parts << tr("%1 %2").arg(availabilityName(block.availability), span(block.range, shown, locale));
    }
    if (parts.isEmpty())
        parts << tr("free all day");
    else if (anyFree)
        parts << tr("free otherwise");
    QString text = tr("%1: %2").arg(who, parts.join(tr(", ")));
    const WorkingHours &hours = row.workingHours;
    if (hours.isEmpty() || !hours.startTime.isValid() || !hours.endTime.isValid())
        return text;
    //: working hours as they set them: "09:30–18:30"
    const QString own
        = tr("%1–%2").arg(BookingText::time(hours.startTime, locale), BookingText::time(hours.endTime, locale));
    if (!hours.timeZone.isValid())
        return tr("%1; working hours %2 in a time zone MentorDesk does not know").arg(text, own);
    if (row.workingRanges.isEmpty())
        return tr("%1; not a working day for them").arg(text);
    const bool sameClock = !row.blocks.isEmpty()
        && hours.timeZone.offsetFromUtc(row.blocks.first().range.startUtc)
            == shown.offsetFromUtc(row.blocks.first().range.startUtc);
    if (sameClock)
        //: %1 the row so far, %2 "09:00–17:00", %3 a city naming the zone
        return tr("%1; working hours %2 %3 time").arg(text, own, zoneLabel(hours.timeZone));
    QStringList here;
    for (const TimeRange &range : row.workingRanges)
        here << span(range, shown, locale);
    //: %1 the row so far, %2 "09:30–18:30", %3 a city naming the zone, %4 the same hours on the dialog's clock
    return tr("%1; working hours %2 %3 time (%4 here)").arg(text, own, zoneLabel(hours.timeZone), here.join(tr(", ")));
}

QString FreeBusy::firstName(const EmailAddress &person)
{
    const QString name = person.name.trimmed();
    return name.isEmpty() ? person.address : name.section(u' ', 0, 0);
}

QString FreeBusy::localTimes(const QDateTime &startUtc, const QTimeZone &yours, const QList<LocalZone> &mentees,
                             const QLocale &locale)
{
    if (!startUtc.isValid())
        return {};
    const QDateTime mine = startUtc.toTimeZone(yours);
    QStringList parts;
    //: the session's start on the user's clock: "10:00 for you"
    parts << tr("%1 for you").arg(BookingText::time(mine.time(), locale));
    for (const LocalZone &mentee : mentees) {
        const QString name = firstName(mentee.person);
        switch (mentee.state) {
        case LocalZone::State::LookingUp:
            parts << tr("looking up %1's time zone…").arg(name);
            break;
        case LocalZone::State::Unknown:
            parts << tr("%1's local time is not known").arg(name);
            break;
        case LocalZone::State::Known: {
            const QDateTime theirs = startUtc.toTimeZone(mentee.zone);
            QString time = BookingText::time(theirs.time(), locale);
            if (theirs.date() != mine.date())
                //: a time on another day than the user's: "02:00 Sat"
                time = tr("%1 %2").arg(time, locale.toString(theirs.date(), u"ddd"_s));
            //: "18:00 for Priya (Tokyo)"
            parts << tr("%1 for %2 (%3)").arg(time, name, zoneLabel(mentee.zone));
            break;
        }
        }
    }
    return parts.join(u" · "_s);
}

} // namespace MentorDesk
