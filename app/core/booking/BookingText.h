#pragma once

#include "core/booking/BookingResult.h"
#include "core/model/Event.h"
#include "core/model/MeetingTimeSuggestion.h"
#include "core/model/MeetingTimeSuggestions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace MentorDesk {

// The booking feature's user-facing wording in one place (translated, localised), shared by BookingService and
// the dialogs.
class BookingText
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::BookingText)

public:
    // "Fri 27 Nov 2026, 10:00 – 11:00" in zone (the viewer's by default); the end's date is added when it differs.
    static QString when(const QDateTime &startUtc, const QDateTime &endUtc,
                        const QTimeZone &zone = QTimeZone::systemTimeZone(), const QLocale &locale = QLocale());
    // The locale's short time without seconds ("10:00", "10:00 AM").
    static QString time(const QTime &time, const QLocale &locale = QLocale());
    // "Priya Sharma, Jonas Weber and 2 others"
    static QString people(const QList<EmailAddress> &people, int maxNamed = 3);
    static QString emptyReason(MeetingTimeSuggestions::EmptyReason reason);
    // "Everyone is free", "Jonas Weber may be busy", ...
    static QString availabilitySummary(const MeetingTimeSuggestion &suggestion);
    static QString availability(Event::ShowAs availability);
    // What went wrong with a write and what to do, for codes the booking feature knows about (crossing boundary,
    // conflict, not the organizer, unknown time zone, gone); else GraphResult's own message.
    static QString failure(const GraphResult &result, BookingResult::Operation operation);
    // Why a write is waiting in the outbox (offline, sign-in expired, service busy).
    static QString waiting(const GraphResult &result, BookingResult::Operation operation);
};

} // namespace MentorDesk
