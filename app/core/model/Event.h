#pragma once

#include "core/model/Attendee.h"
#include "core/model/EmailAddress.h"
#include "core/model/Location.h"
#include "core/model/OnlineMeetingProvider.h"
#include "core/model/Recurrence.h"
#include "core/model/ResponseStatus.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace MentorDesk {

// A Graph v1.0 event (docs/graph/calendars.md#the-event-resource) as calendarView, delta and /me/events return it.
// Tolerates unknown fields,
// @odata.* annotations and nulls everywhere (a null reads as the default below).
//
// Times: start/end are UTC instants (see GraphTime). For an all-day event the dates are the truth: startDate and
// endDate (exclusive) are the wall-clock dates Graph names, the same for every viewer, and start/end are those
// dates' midnight in the event's own zone (originalStartTimeZone, UTC when empty or unknown).
struct Event
{
    enum class Type { SingleInstance, Occurrence, Exception, SeriesMaster };
    enum class ShowAs { Free, Tentative, Busy, Oof, WorkingElsewhere, Unknown };
    enum class Importance { Low, Normal, High };
    enum class Sensitivity { Normal, Personal, Private, Confidential };

    struct Body
    {
        enum class ContentType { Text, Html };
        ContentType contentType = ContentType::Text;
        QString content; // Graph bodies are HTML by default: never render without sanitising
        friend bool operator==(const Body &, const Body &) = default;
    };

    QString id; // opaque and case-sensitive
    QString calendarId; // not in Graph's event JSON: set by whoever fetched it (fromJson's argument, the store)
    // Not in Graph's JSON: the account whose cache this copy came from (Account::key()); set by EventListModel.
    // Not serialised; empty outside a model.
    QString accountKey;
    QString subject;
    Body body;
    QString bodyPreview;

    QDateTime start; // UTC
    QDateTime end; // UTC, >= start
    bool isAllDay = false;
    QDate startDate; // all-day only, else null
    QDate endDate; // all-day only, exclusive (a one-day event on 28 Nov has endDate 29 Nov), else null
    QString originalStartTimeZone; // the event's own zone as Graph names it (Windows id, IANA or custom)
    QString originalEndTimeZone;

    Location location;
    EmailAddress organizer;
    QList<Attendee> attendees;
    ShowAs showAs = ShowAs::Busy;
    bool isOnlineMeeting = false;
    OnlineMeetingProvider onlineMeetingProvider = OnlineMeetingProvider::Unknown;
    QUrl joinUrl; // onlineMeeting.joinUrl (or the deprecated onlineMeetingUrl); http(s) only, else empty
    QString conferenceId;

    bool isCancelled = false;
    bool isOrganizer = false;
    bool isDraft = false;
    Type type = Type::SingleInstance;
    QString seriesMasterId; // occurrences and exceptions
    std::optional<Recurrence> recurrence; // series masters
    QDateTime originalStart; // UTC; occurrences and exceptions: where the series put this one

    QUrl webLink; // http(s) only, else empty
    Importance importance = Importance::Normal;
    Sensitivity sensitivity = Sensitivity::Normal;
    QStringList categories;
    QString changeKey;
    QString iCalUId;
    QDateTime createdDateTime; // UTC
    QDateTime lastModifiedDateTime; // UTC
    QString transactionId;
    ResponseStatus responseStatus; // the signed-in user's own response
    bool responseRequested = true;
    // Whether the organizer lets invitees propose another time when they answer tentatively or decline
    // (https://learn.microsoft.com/graph/api/resources/event: default true).
    bool allowNewTimeProposals = true;
    bool hideAttendees = false;
    bool hasAttachments = false;
    bool isReminderOn = false;
    int reminderMinutesBeforeStart = 0;

    bool isValid() const { return !id.isEmpty() && start.isValid() && end.isValid(); }
    bool isRecurring() const { return type != Type::SingleInstance || !seriesMasterId.isEmpty(); }
    bool hasJoinUrl() const { return joinUrl.isValid() && !joinUrl.isEmpty(); }
    qint64 durationSeconds() const { return start.secsTo(end); }
    // The event's own zone (originalStartTimeZone resolved); invalid when empty, custom or unknown.
    QTimeZone ownZone() const;
    // The first and last (inclusive) local dates the event touches for a viewer. All-day events: their dates,
    // whatever the viewer's zone. A timed event ending exactly at midnight does not touch the next day.
    QDate firstDate(const QTimeZone &viewer) const;
    QDate lastDate(const QTimeZone &viewer) const;
    bool spansMultipleDays(const QTimeZone &viewer) const { return lastDate(viewer) > firstDate(viewer); }

    // calendarId: the calendar it was fetched from (Graph does not say).
    static Event fromJson(const QJsonValue &json, const QString &calendarId = {});
    // Graph's shape; fromJson(toJson()) == *this (calendarId and accountKey aside, which are not written). Timed events
    // are written in UTC; a writer that wants the event to carry a zone replaces start/end with GraphTime::toJson().
    QJsonObject toJson() const;
    // A delta item {"id":..., "@removed":{"reason":"deleted"}}: the event is gone (or moved out of the window).
    static bool isRemovedMarker(const QJsonValue &json);

    static Type typeFromString(QStringView text);
    static QString typeToString(Type type);
    static ShowAs showAsFromString(QStringView text);
    static QString showAsToString(ShowAs showAs);
    static Importance importanceFromString(QStringView text);
    static QString importanceToString(Importance importance);
    static Sensitivity sensitivityFromString(QStringView text);
    static QString sensitivityToString(Sensitivity sensitivity);

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::Event)
