#pragma once

#include "core/model/EmailAddress.h"
#include "core/model/Recurrence.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace MentorDesk {

// A mentoring session being prepared in the New session dialog. Kept in the DraftStore from the first keystroke
// until it is booked or the user discards it, so closing the dialog, an expired sign-in or a failed network
// never loses it.
//
// One draft = one booking: transactionId is created with the draft and never changes, so however often the
// booking is retried (after a timeout, a restart, a second click) Graph creates one meeting. meetingExternalId
// plays the same role for "Just give me a Teams link" (createOrGet).
//
// The start is a wall-clock date and time in the draft's own time zone (what the user picked), so DST and a
// zone change keep "10:00" meaning 10:00 there.
struct SessionDraft
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::SessionDraft)

public:
    enum class RepeatKind { None, Weekly, EveryTwoWeeks, Monthly };
    enum class RepeatEnd { UntilDate, Count };
    struct Repeat
    {
        RepeatKind kind = RepeatKind::None;
        RepeatEnd end = RepeatEnd::Count;
        QDate until; // RepeatEnd::UntilDate: the last possible day (inclusive)
        int count = 6; // RepeatEnd::Count: number of sessions, the first included
        friend bool operator==(const Repeat &, const Repeat &) = default;
    };

    static constexpr int kDefaultDurationMinutes = 60;
    static constexpr int kDefaultReminderMinutes = 15;

    QString id; // the draft's own id (a GUID)
    QString transactionId; // Graph's transactionId for the booking: fixed for the draft's life
    QString meetingExternalId; // createOrGet's externalId for the standalone link: fixed as well
    QList<EmailAddress> mentees; // as typed; validation names the ones that are not addresses
    QString subject; // empty: effectiveSubject() makes one
    QString agenda; // plain text; becomes the invitation body, escaped
    int durationMinutes = kDefaultDurationMinutes;
    QDate date; // in timeZoneId
    QTime time; // in timeZoneId
    QString timeZoneId; // IANA id, e.g. "Europe/Berlin"
    QString calendarId; // empty: the default calendar
    int reminderMinutes = kDefaultReminderMinutes; // < 0: no reminder
    Repeat repeat;
    bool teamsMeeting = true; // the user wants a Teams meeting (if the account and calendar allow it)
    qint64 outboxId = 0; // the outbox entry while its booking waits to be sent, else 0
    QString lastError; // translated: why the last attempt to book did not work
    QDateTime createdUtc;
    QDateTime updatedUtc;

    // A new draft with fresh ids, starting at the next full hour at least 30 minutes after now, in zone.
    static SessionDraft create(const QDateTime &nowUtc, const QTimeZone &zone = QTimeZone::systemTimeZone());
    static QString newGuid();

    QTimeZone zone() const; // invalid when timeZoneId is unknown
    QDateTime startUtc() const; // invalid without a valid date, time or zone
    QDateTime endUtc() const;
    // Sets date and time to the instant's wall-clock time in the draft's zone.
    void setStartUtc(const QDateTime &instantUtc);
    bool isRecurring() const { return repeat.kind != RepeatKind::None; }
    // The Graph recurrence for the repeat rule (nullopt for none), anchored on the first session's date.
    std::optional<Recurrence> recurrence() const;
    // Nothing the user would miss: no mentee, subject or agenda yet.
    bool isBlank() const;
    // The subject, or "Mentoring: Priya Sharma, Jonas Weber" when empty.
    QString effectiveSubject() const;

    QJsonObject toJson() const;
    static SessionDraft fromJson(const QJsonObject &json);

    friend bool operator==(const SessionDraft &, const SessionDraft &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::SessionDraft)
