#pragma once

#include "core/model/Reminder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace MentorDesk {

// The words of a reminder, translated: "in 5 minutes", "starts now", "started 2 minutes ago"; the time of the event
// in the zone the calendar is shown in; and the snooze choices.
class ReminderText
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::ReminderText)

public:
    static QString relative(const Reminder &reminder, const QDateTime &nowUtc);
    // "10:00–11:00", or "Thu 26 Nov, 10:00–11:00" when not today (in zone).
    static QString when(const Reminder &reminder, const QDateTime &nowUtc, const QTimeZone &zone,
                        const QLocale &locale = QLocale());
    // One line for a notification or an accessible name: "Mentoring with Priya, 10:00–11:00, in 5 minutes".
    static QString summary(const Reminder &reminder, const QDateTime &nowUtc, const QTimeZone &zone,
                           const QLocale &locale = QLocale());
    static QString subject(const Reminder &reminder);
    // "5 minutes", "1 hour".
    static QString snoozeChoice(int minutes);
};

} // namespace MentorDesk
