#include "core/booking/DraftValidator.h"

#include "core/booking/AddressList.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

QList<DraftValidator::Issue> DraftValidator::validate(const SessionDraft &draft, const Context &context)
{
    QList<Issue> issues;
    const auto add = [&](Field field, const QString &message) {
        issues.append({field, message});
    };

    // Mentees
    if (draft.mentees.isEmpty()) {
        add(Field::Mentees, tr("Add at least one mentee's email address."));
    } else {
        QStringList invalid;
        for (const EmailAddress &mentee : draft.mentees) {
            if (!AddressList::isValidAddress(mentee.address))
                invalid << (mentee.address.isEmpty() ? mentee.name : mentee.address);
        }
        if (invalid.size() == 1) {
            add(Field::Mentees,
                tr("\"%1\" is not an email address. Use the form name@example.com.").arg(invalid.first()));
        } else if (!invalid.isEmpty()) {
            //: %1: the entries, quoted and comma-separated
            add(Field::Mentees,
                tr("These are not email addresses: %1. Use the form name@example.com.")
                    .arg(u"\""_s + invalid.join(u"\", \""_s) + u"\""_s));
        }
        if (!context.organizerAddress.isEmpty()) {
            for (const EmailAddress &mentee : draft.mentees) {
                if (mentee.address.compare(context.organizerAddress, Qt::CaseInsensitive) == 0) {
                    add(Field::Mentees,
                        tr("%1 is your own address: you are the organizer already. Add your mentee's address.")
                            .arg(mentee.address));
                    break;
                }
            }
        }
        if (draft.mentees.size() > kMaxMentees)
            add(Field::Mentees, tr("A session can have at most %n mentees.", nullptr, kMaxMentees));
    }

    // Subject and agenda
    if (draft.subject.size() > kMaxSubjectLength)
        add(Field::Subject, tr("The subject is too long: at most %n characters.", nullptr, kMaxSubjectLength));
    if (draft.agenda.size() > kMaxAgendaLength)
        add(Field::Agenda, tr("The agenda is too long: at most %n characters.", nullptr, kMaxAgendaLength));

    // Time
    const bool zoneOk = draft.zone().isValid();
    if (!zoneOk)
        add(Field::TimeZone, tr("Pick a time zone for the session."));
    if (draft.durationMinutes < kMinDurationMinutes || draft.durationMinutes > kMaxDurationMinutes) {
        add(Field::Duration,
            tr("A session lasts between %1 minutes and %2 hours.")
                .arg(kMinDurationMinutes)
                .arg(kMaxDurationMinutes / 60));
    }
    const QDateTime start = draft.startUtc();
    if (!draft.date.isValid() || !draft.time.isValid()) {
        add(Field::Start, tr("Pick a date and a start time."));
    } else if (zoneOk) {
        if (draft.endUtc() <= start)
            add(Field::Duration, tr("The session must end after it starts."));
        if (context.nowUtc.isValid() && start <= context.nowUtc)
            add(Field::Start, tr("This time is in the past. Pick a time from now on."));
    }

    // Repeat
    if (draft.isRecurring()) {
        if (draft.repeat.end == SessionDraft::RepeatEnd::Count) {
            if (draft.repeat.count < 2 || draft.repeat.count > kMaxOccurrences)
                add(Field::Repeat, tr("A series has between 2 and %1 sessions.").arg(kMaxOccurrences));
        } else if (!draft.repeat.until.isValid()) {
            add(Field::Repeat, tr("Pick the date the series ends."));
        } else if (draft.date.isValid() && draft.repeat.until <= draft.date) {
            add(Field::Repeat, tr("The series must end after its first session."));
        } else if (draft.date.isValid() && draft.date.daysTo(draft.repeat.until) > kMaxSeriesDays) {
            add(Field::Repeat, tr("A series can run for at most two years. Pick an earlier end date."));
        }
    }

    // Reminder
    if (draft.reminderMinutes > 14 * 24 * 60)
        add(Field::Reminder, tr("A reminder can be at most two weeks before the session."));

    // Calendar: own writable ones only (shared calendars are read-only with MentorDesk's permissions).
    if (!draft.calendarId.isEmpty() && !context.calendars.isEmpty()) {
        const Calendar *calendar = nullptr;
        for (const Calendar &candidate : context.calendars) {
            if (candidate.id == draft.calendarId)
                calendar = &candidate;
        }
        if (!calendar) {
            add(Field::Calendar, tr("This calendar no longer exists. Pick another one."));
        } else if (!calendar->isOwn()) {
            add(Field::Calendar,
                tr("\"%1\" belongs to %2. MentorDesk can only book into your own calendars.")
                    .arg(calendar->name, calendar->owner.displayName()));
        } else if (!calendar->isWritable()) {
            add(Field::Calendar, tr("\"%1\" is read-only. Pick a calendar you can write to.").arg(calendar->name));
        }
    }
    return issues;
}

QList<DraftValidator::Issue> DraftValidator::issuesFor(const QList<Issue> &issues, Field field)
{
    QList<Issue> result;
    for (const Issue &issue : issues) {
        if (issue.field == field)
            result.append(issue);
    }
    return result;
}

} // namespace MentorDesk
