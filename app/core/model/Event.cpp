#include "core/model/Event.h"

#include "core/model/GraphTime.h"
#include "core/model/JsonEnum.h"
#include "core/model/WebLink.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using EventType = Event::Type;
using ShowAs = Event::ShowAs;
using EventImportance = Event::Importance;
using EventSensitivity = Event::Sensitivity;

constexpr std::pair<EventType, QLatin1StringView> kEventTypes[] = {
    {EventType::SingleInstance, "singleInstance"_L1},
    {EventType::Occurrence, "occurrence"_L1},
    {EventType::Exception, "exception"_L1},
    {EventType::SeriesMaster, "seriesMaster"_L1},
};
constexpr std::pair<ShowAs, QLatin1StringView> kShowAs[] = {
    {ShowAs::Free, "free"_L1},
    {ShowAs::Tentative, "tentative"_L1},
    {ShowAs::Busy, "busy"_L1},
    {ShowAs::Oof, "oof"_L1},
    {ShowAs::WorkingElsewhere, "workingElsewhere"_L1},
    {ShowAs::Unknown, "unknown"_L1},
};
constexpr std::pair<EventImportance, QLatin1StringView> kEventImportance[] = {
    {EventImportance::Low, "low"_L1},
    {EventImportance::Normal, "normal"_L1},
    {EventImportance::High, "high"_L1},
};
constexpr std::pair<EventSensitivity, QLatin1StringView> kSensitivity[] = {
    {EventSensitivity::Normal, "normal"_L1},
    {EventSensitivity::Personal, "personal"_L1},
    {EventSensitivity::Private, "private"_L1},
    {EventSensitivity::Confidential, "confidential"_L1},
};

QDate dateOf(const QDateTime &utc, const QTimeZone &viewer)
{
    return utc.toTimeZone(viewer.isValid() ? viewer : QTimeZone::systemTimeZone()).date();
}

} // namespace

QTimeZone Event::ownZone() const
{
    return GraphTime::zoneForName(originalStartTimeZone);
}

QDate Event::firstDate(const QTimeZone &viewer) const
{
    return isAllDay ? startDate : dateOf(start, viewer);
}

QDate Event::lastDate(const QTimeZone &viewer) const
{
    if (isAllDay)
        return qMax(startDate, endDate.addDays(-1));
    if (end <= start)
        return dateOf(start, viewer);
    // The last instant the event covers is just before end: 09:00-00:00 stays on its own day.
    return dateOf(end.addMSecs(-1), viewer);
}

Event Event::fromJson(const QJsonValue &json, const QString &calendarId)
{
    const QJsonObject object = json.toObject();
    Event event;
    event.id = object.value("id"_L1).toString();
    event.calendarId = calendarId;
    event.subject = object.value("subject"_L1).toString();
    const QJsonObject body = object.value("body"_L1).toObject();
    event.body.contentType = body.value("contentType"_L1).toString().compare("html"_L1, Qt::CaseInsensitive) == 0
        ? Body::ContentType::Html
        : Body::ContentType::Text;
    event.body.content = body.value("content"_L1).toString();
    event.bodyPreview = object.value("bodyPreview"_L1).toString();

    event.isAllDay = object.value("isAllDay"_L1).toBool();
    event.originalStartTimeZone = object.value("originalStartTimeZone"_L1).toString();
    event.originalEndTimeZone = object.value("originalEndTimeZone"_L1).toString();
    const QJsonValue start = object.value("start"_L1);
    const QJsonValue end = object.value("end"_L1);
    if (event.isAllDay) {
        event.startDate = GraphTime::wallClockDate(start);
        event.endDate = GraphTime::wallClockDate(end);
        if (event.startDate.isValid() && (!event.endDate.isValid() || event.endDate <= event.startDate))
            event.endDate = event.startDate.addDays(1);
        const QTimeZone zone = GraphTime::zoneForNameOrUtc(event.originalStartTimeZone);
        const QTimeZone endZone = GraphTime::zoneForNameOrUtc(
            event.originalEndTimeZone.isEmpty() ? event.originalStartTimeZone : event.originalEndTimeZone);
        event.start = GraphTime::toUtc(event.startDate, QTime(0, 0), zone);
        event.end = GraphTime::toUtc(event.endDate, QTime(0, 0), endZone);
        if (event.end < event.start)
            event.end = event.start;
    } else {
        event.start = GraphTime::fromJson(start);
        event.end = GraphTime::fromJson(end);
        if (event.start.isValid() && (!event.end.isValid() || event.end < event.start))
            event.end = event.start;
    }

    event.location = Location::fromJson(object.value("location"_L1));
    event.organizer = EmailAddress::fromRecipientJson(object.value("organizer"_L1));
    const QJsonArray attendees = object.value("attendees"_L1).toArray();
    event.attendees.reserve(attendees.size());
    for (const QJsonValue &attendee : attendees)
        event.attendees.append(Attendee::fromJson(attendee));
    event.showAs = showAsFromString(object.value("showAs"_L1).toString(u"busy"_s));
    event.isOnlineMeeting = object.value("isOnlineMeeting"_L1).toBool();
    event.onlineMeetingProvider = onlineMeetingProviderFromString(object.value("onlineMeetingProvider"_L1).toString());
    const QJsonObject onlineMeeting = object.value("onlineMeeting"_L1).toObject();
    event.joinUrl = webLinkFromJson(onlineMeeting.value("joinUrl"_L1));
    if (event.joinUrl.isEmpty())
        event.joinUrl = webLinkFromJson(object.value("onlineMeetingUrl"_L1));
    event.conferenceId = onlineMeeting.value("conferenceId"_L1).toString();

    event.isCancelled = object.value("isCancelled"_L1).toBool();
    event.isOrganizer = object.value("isOrganizer"_L1).toBool();
    event.isDraft = object.value("isDraft"_L1).toBool();
    event.type = typeFromString(object.value("type"_L1).toString());
    event.seriesMasterId = object.value("seriesMasterId"_L1).toString();
    event.recurrence = Recurrence::fromJson(object.value("recurrence"_L1));
    event.originalStart = GraphTime::parseInstant(object.value("originalStart"_L1));

    event.webLink = webLinkFromJson(object.value("webLink"_L1));
    event.importance = importanceFromString(object.value("importance"_L1).toString());
    event.sensitivity = sensitivityFromString(object.value("sensitivity"_L1).toString());
    const QJsonArray categories = object.value("categories"_L1).toArray();
    for (const QJsonValue &category : categories) {
        if (category.isString())
            event.categories.append(category.toString());
    }
    event.changeKey = object.value("changeKey"_L1).toString();
    event.iCalUId = object.value("iCalUId"_L1).toString();
    event.createdDateTime = GraphTime::parseInstant(object.value("createdDateTime"_L1));
    event.lastModifiedDateTime = GraphTime::parseInstant(object.value("lastModifiedDateTime"_L1));
    event.transactionId = object.value("transactionId"_L1).toString();
    event.responseStatus = ResponseStatus::fromJson(object.value("responseStatus"_L1));
    event.responseRequested = object.value("responseRequested"_L1).toBool(true);
    event.allowNewTimeProposals = object.value("allowNewTimeProposals"_L1).toBool(true);
    event.hideAttendees = object.value("hideAttendees"_L1).toBool();
    event.hasAttachments = object.value("hasAttachments"_L1).toBool();
    event.isReminderOn = object.value("isReminderOn"_L1).toBool();
    event.reminderMinutesBeforeStart = object.value("reminderMinutesBeforeStart"_L1).toInt();
    return event;
}

QJsonObject Event::toJson() const
{
    // Only what differs from fromJson()'s defaults is written: smaller cache rows that parse faster, and a body a
    // writer can send as is. id, subject, times and isAllDay are always there.
    QJsonObject object{{"id"_L1, id}, {"subject"_L1, subject}, {"isAllDay"_L1, isAllDay}};
    const auto text = [&](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    const auto flag = [&](QLatin1StringView key, bool value, bool byDefault = false) {
        if (value != byDefault)
            object.insert(key, value);
    };
    const auto instant = [&](QLatin1StringView key, const QDateTime &time) {
        if (time.isValid())
            object.insert(key, GraphTime::formatInstant(time));
    };

    if (isAllDay) {
        object.insert("start"_L1, GraphTime::dateToJson(startDate, originalStartTimeZone));
        object.insert("end"_L1,
                      GraphTime::dateToJson(
                          endDate, originalEndTimeZone.isEmpty() ? originalStartTimeZone : originalEndTimeZone));
    } else {
        object.insert("start"_L1, start.isValid() ? QJsonValue(GraphTime::toJson(start)) : QJsonValue());
        object.insert("end"_L1, end.isValid() ? QJsonValue(GraphTime::toJson(end)) : QJsonValue());
    }
    text("originalStartTimeZone"_L1, originalStartTimeZone);
    text("originalEndTimeZone"_L1, originalEndTimeZone);
    if (!body.content.isEmpty() || body.contentType != Body::ContentType::Text) {
        object.insert(
            "body"_L1,
            QJsonObject{{"contentType"_L1, body.contentType == Body::ContentType::Html ? u"html"_s : u"text"_s},
                        {"content"_L1, body.content}});
    }
    text("bodyPreview"_L1, bodyPreview);
    if (location != Location())
        object.insert("location"_L1, location.toJson());
    if (!organizer.isEmpty())
        object.insert("organizer"_L1, organizer.toRecipientJson());
    if (!attendees.isEmpty()) {
        QJsonArray attendeeArray;
        for (const Attendee &attendee : attendees)
            attendeeArray.append(attendee.toJson());
        object.insert("attendees"_L1, attendeeArray);
    }
    if (showAs != ShowAs::Busy)
        object.insert("showAs"_L1, showAsToString(showAs));
    flag("isOnlineMeeting"_L1, isOnlineMeeting);
    if (onlineMeetingProvider != OnlineMeetingProvider::Unknown)
        object.insert("onlineMeetingProvider"_L1, onlineMeetingProviderToString(onlineMeetingProvider));
    if (hasJoinUrl() || !conferenceId.isEmpty()) {
        QJsonObject meeting{{"joinUrl"_L1, joinUrl.toString(QUrl::FullyEncoded)}};
        if (!conferenceId.isEmpty())
            meeting.insert("conferenceId"_L1, conferenceId);
        object.insert("onlineMeeting"_L1, meeting);
    }
    flag("isCancelled"_L1, isCancelled);
    flag("isOrganizer"_L1, isOrganizer);
    flag("isDraft"_L1, isDraft);
    if (type != Type::SingleInstance)
        object.insert("type"_L1, typeToString(type));
    text("seriesMasterId"_L1, seriesMasterId);
    if (recurrence)
        object.insert("recurrence"_L1, recurrence->toJson());
    instant("originalStart"_L1, originalStart);
    text("webLink"_L1, webLink.toString(QUrl::FullyEncoded));
    if (importance != Importance::Normal)
        object.insert("importance"_L1, importanceToString(importance));
    if (sensitivity != Sensitivity::Normal)
        object.insert("sensitivity"_L1, sensitivityToString(sensitivity));
    if (!categories.isEmpty())
        object.insert("categories"_L1, QJsonArray::fromStringList(categories));
    text("changeKey"_L1, changeKey);
    text("iCalUId"_L1, iCalUId);
    instant("createdDateTime"_L1, createdDateTime);
    instant("lastModifiedDateTime"_L1, lastModifiedDateTime);
    text("transactionId"_L1, transactionId);
    if (responseStatus != ResponseStatus())
        object.insert("responseStatus"_L1, responseStatus.toJson());
    flag("responseRequested"_L1, responseRequested, true);
    flag("allowNewTimeProposals"_L1, allowNewTimeProposals, true);
    flag("hideAttendees"_L1, hideAttendees);
    flag("hasAttachments"_L1, hasAttachments);
    flag("isReminderOn"_L1, isReminderOn);
    if (reminderMinutesBeforeStart != 0)
        object.insert("reminderMinutesBeforeStart"_L1, reminderMinutesBeforeStart);
    return object;
}

bool Event::isRemovedMarker(const QJsonValue &json)
{
    return json.toObject().contains("@removed"_L1);
}

Event::Type Event::typeFromString(QStringView text)
{
    return JsonEnum::fromString(text, kEventTypes, EventType::SingleInstance);
}

QString Event::typeToString(Type type)
{
    return JsonEnum::toString(type, kEventTypes);
}

Event::ShowAs Event::showAsFromString(QStringView text)
{
    return JsonEnum::fromString(text, kShowAs, ShowAs::Unknown);
}

QString Event::showAsToString(ShowAs showAs)
{
    return JsonEnum::toString(showAs, kShowAs);
}

Event::Importance Event::importanceFromString(QStringView text)
{
    return JsonEnum::fromString(text, kEventImportance, EventImportance::Normal);
}

QString Event::importanceToString(Importance importance)
{
    return JsonEnum::toString(importance, kEventImportance);
}

Event::Sensitivity Event::sensitivityFromString(QStringView text)
{
    return JsonEnum::fromString(text, kSensitivity, EventSensitivity::Normal);
}

QString Event::sensitivityToString(Sensitivity sensitivity)
{
    return JsonEnum::toString(sensitivity, kSensitivity);
}

} // namespace MentorDesk
