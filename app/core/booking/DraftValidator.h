#pragma once

#include "core/booking/SessionDraft.h"
#include "core/model/Calendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace MentorDesk {

// Checks a draft before anything is sent, with one clear, translated message per problem, tied to the field the
// dialog shows it under. Pure: the caller passes now, the calendars and the organizer's own address.
class DraftValidator
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::DraftValidator)

public:
    enum class Field { Mentees, Subject, Agenda, Start, Duration, TimeZone, Calendar, Repeat, Reminder };

    struct Issue
    {
        Field field;
        QString message;
        friend bool operator==(const Issue &, const Issue &) = default;
    };

    struct Context
    {
        QDateTime nowUtc;
        // The calendars the user has (own and shared); empty when not known yet (then only the default calendar,
        // an empty calendarId, is accepted without question).
        QList<Calendar> calendars;
        QString organizerAddress; // the signed-in user's address, so they do not invite themselves
    };

    static constexpr int kMinDurationMinutes = 15;
    static constexpr int kMaxDurationMinutes = 8 * 60;
    static constexpr int kMaxMentees = 100; // Graph allows 500 attendees; a mentoring session is far smaller
    static constexpr int kMaxSubjectLength = 255;
    static constexpr int kMaxAgendaLength = 20000; // well inside Graph's 4 MB request limit
    static constexpr int kMaxOccurrences = 104; // two years of weekly sessions
    static constexpr int kMaxSeriesDays = 2 * 366;

    static QList<Issue> validate(const SessionDraft &draft, const Context &context);
    // Only the issues of one field (for inline messages while typing).
    static QList<Issue> issuesFor(const QList<Issue> &issues, Field field);
};

} // namespace MentorDesk
