#include "core/booking/BookingText.h"

#include "core/calendar/EventFormatter.h"
#include "core/common/DateFormats.h"
#include "core/graph/GraphResult.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

QString BookingText::time(const QTime &time, const QLocale &locale)
{
    return EventFormatter::timeOfDay(time, locale);
}

QString BookingText::when(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone,
                          const QLocale &locale)
{
    if (!startUtc.isValid())
        return {};
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime start = startUtc.toTimeZone(z);
    const QString day = locale.toString(start.date(), DateFormats::weekdayDayMonthYear());
    const QString from = time(start.time(), locale);
    if (!endUtc.isValid())
        return tr("%1, %2").arg(day, from);
    const QDateTime end = endUtc.toTimeZone(z);
    const QString to = time(end.time(), locale);
    if (end.date() == start.date() || (end.date() == start.date().addDays(1) && end.time() == QTime(0, 0))) {
        //: %1 day, %2 start time, %3 end time: "Fri 27 Nov 2026, 10:00 – 11:00"
        return tr("%1, %2 – %3").arg(day, from, to);
    }
    //: a session over midnight: "Fri 27 Nov 2026, 23:00 – Sat 28 Nov 00:30"
    return tr("%1, %2 – %3 %4").arg(day, from, locale.toString(end.date(), DateFormats::weekdayDayMonth()), to);
}

QString BookingText::people(const QList<EmailAddress> &people, int maxNamed)
{
    QStringList names;
    for (const EmailAddress &person : people)
        names << person.displayName();
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return names.first();
    if (names.size() <= maxNamed) {
        const QString last = names.takeLast();
        //: "Priya Sharma, Jonas Weber and Sofia Rossi"
        return tr("%1 and %2").arg(names.join(u", "_s), last);
    }
    const qsizetype others = names.size() - maxNamed;
    const QString named = names.mid(0, maxNamed).join(u", "_s);
    if (others == 1)
        return tr("%1 and one other").arg(named);
    //: "Priya Sharma, Jonas Weber and 2 others"
    return tr("%1 and %2 others").arg(named).arg(others);
}

QString BookingText::emptyReason(MeetingTimeSuggestions::EmptyReason reason)
{
    using R = MeetingTimeSuggestions::EmptyReason;
    switch (reason) {
    case R::None:
        return {};
    case R::AttendeesUnavailable:
        return tr("No time in this window suits everyone: your mentees are busy whenever you are free. Try a "
                  "longer window or a shorter session.");
    case R::AttendeesUnavailableOrUnknown:
        return tr("No time found: your mentees are busy, or Microsoft 365 cannot see their calendars (for example "
                  "people outside your organisation). Try a longer window, or agree a time with them directly.");
    case R::LocationsUnavailable:
        return tr("No time found: the requested location is not free.");
    case R::OrganizerUnavailable:
        return tr("You have no free time in this window within your working hours. Try a longer window.");
    case R::Unknown:
        break;
    }
    return tr("Microsoft 365 found no suitable time and did not say why. Try a longer window.");
}

QString BookingText::availability(Event::ShowAs availability)
{
    switch (availability) {
    case Event::ShowAs::Free:
        return tr("free");
    case Event::ShowAs::Tentative:
        return tr("tentative");
    case Event::ShowAs::Busy:
        return tr("busy");
    case Event::ShowAs::Oof:
        return tr("out of office");
    case Event::ShowAs::WorkingElsewhere:
        return tr("working elsewhere");
    case Event::ShowAs::Unknown:
        break;
    }
    return tr("unknown");
}

QString BookingText::availabilitySummary(const MeetingTimeSuggestion &suggestion)
{
    const QList<MeetingTimeSuggestion::AttendeeAvailability> unavailable = suggestion.unavailableAttendees();
    if (unavailable.isEmpty())
        return suggestion.attendeeAvailability.isEmpty() ? tr("You are free") : tr("Everyone is free");
    QStringList parts;
    for (const auto &item : unavailable) {
        //: "Jonas Weber: busy"
        parts << tr("%1: %2").arg(item.attendee.displayName(), availability(item.availability));
    }
    return parts.join(u"; "_s);
}

QString BookingText::waiting(const GraphResult &result, BookingResult::Operation operation)
{
    QString what;
    switch (operation) {
    case BookingResult::Operation::Reschedule:
        what = tr("The new time is saved in MentorDesk's outbox.");
        break;
    case BookingResult::Operation::Cancel:
        what = tr("The cancellation is saved in MentorDesk's outbox.");
        break;
    default:
        what = tr("Your booking is saved (draft and outbox).");
        break;
    }
    switch (result.status) {
    case GraphStatus::Offline:
        return what + u' ' + tr("You are offline: MentorDesk sends it as soon as the connection is back.");
    case GraphStatus::SignInRequired:
        return what + u' ' + tr("Your sign-in has expired: sign in again and MentorDesk sends it.");
    default:
        break;
    }
    return what + u' ' + tr("Microsoft 365 did not answer in time: MentorDesk tries again automatically.");
}

QString BookingText::failure(const GraphResult &result, BookingResult::Operation operation)
{
    const GraphError &error = result.error;
    if (error.hasCode(u"ErrorOccurrenceCrossingBoundary")) {
        return tr("A single session of a series cannot be moved onto or past the day of the session before or "
                  "after it. Pick a time between its neighbours, or move the whole series.");
    }
    if (error.hasCode(u"TimeZoneNotSupportedException")) {
        return tr("Your mailbox does not accept this time zone. Pick another time zone and try again.");
    }
    if (operation == BookingResult::Operation::Cancel && result.httpStatus == 400
        && error.hasCode(u"ErrorAccessDenied")) {
        return tr("Only the organizer can cancel this meeting. Decline it in Outlook instead.");
    }
    switch (result.status) {
    case GraphStatus::Conflict:
        return tr("This session was changed elsewhere (for example in Outlook) since MentorDesk last loaded it. "
                  "Refresh the calendar and try again.");
    case GraphStatus::NotFound:
        if (operation == BookingResult::Operation::Book)
            return tr("The calendar could not be found. It may have been deleted; pick another calendar.");
        return tr("This session no longer exists: it may have been cancelled or deleted elsewhere. Refresh the "
                  "calendar.");
    case GraphStatus::PermissionDenied:
        if (operation == BookingResult::Operation::MeetingLink)
            return tr("Microsoft 365 did not allow creating a Teams meeting link. Your organisation may not allow "
                      "Teams meetings for your account; check the Permissions page or ask your administrator.");
        return tr("Microsoft 365 did not allow this change to your calendar. Check the Permissions page; your "
                  "organisation may have to allow it.");
    default:
        break;
    }
    return result.userMessage();
}

} // namespace MentorDesk
