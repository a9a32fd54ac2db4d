#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace MentorDesk::Sandbox {

// A stored calendar item. Occurrences of a series are never stored: they are expanded from the master on
// every read (graph/RecurrenceExpander), with exceptions stored as their own items under the occurrence's id.
struct StoredEvent
{
    enum class Type { SingleInstance, SeriesMaster, Exception };

    QString id;
    QString mailbox; // owner UPN (lower case)
    QString calendarId;
    Type type = Type::SingleInstance;
    QDateTime startUtc;
    QDateTime endUtc;
    QString startZone = QStringLiteral("UTC"); // zone the organizer used (originalStartTimeZone)
    QString endZone = QStringLiteral("UTC");
    bool isAllDay = false;
    QJsonObject recurrence; // seriesMaster: Graph's patternedRecurrence
    QList<QDate> cancelledDates; // seriesMaster: local dates of deleted or cancelled occurrences
    QString seriesMasterId; // exception
    QDateTime originalStartUtc; // exception: start of the occurrence it replaces
    bool isCancelled = false; // the organizer cancelled the meeting; still shown on an attendee's calendar
    QString removed; // "" while visible; "deleted" or "cancelled" once gone (kept for delta and the state dump)
    qint64 changeSeq = 0; // global change counter at the last change (delta tracking)
    QDateTime createdUtc;
    QDateTime lastModifiedUtc;
    QString changeKey;
    QString iCalUId;
    QString transactionId;
    QJsonObject props; // every other Graph property (subject, body, attendees, organizer, location, ...)

    // Reminders (graph/ReminderEndpoints): a single instance or exception fires reminderMinutesBeforeStart before its
    // start while isReminderOn, or at reminderSnoozedUtc once snoozed; dismissing it turns isReminderOn off, as
    // Outlook does. A series keeps the state of each occurrence apart, by the occurrence's original start.
    QDateTime reminderSnoozedUtc;
    struct OccurrenceReminder
    {
        bool dismissed = false;
        QDateTime snoozedUtc;
    };
    QMap<QDateTime, OccurrenceReminder> occurrenceReminders; // seriesMaster only

    static QString typeName(Type type);
    QJsonObject toStorage() const;
    static StoredEvent fromStorage(const QJsonObject &object);
};

} // namespace MentorDesk::Sandbox
