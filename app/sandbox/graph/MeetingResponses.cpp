#include "sandbox/graph/MeetingResponses.h"

#include "sandbox/graph/CalendarEndpoints.h"
#include "sandbox/graph/GraphErrorReply.h"
#include "sandbox/graph/GraphTimeFormat.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

// What Microsoft documents, in short (https://learn.microsoft.com/graph/api/event-accept,
// https://learn.microsoft.com/graph/api/event-tentativelyaccept, https://learn.microsoft.com/graph/api/event-decline):
// - The body's parameters are all optional: comment, sendResponse (default true: the answer goes to the organizer)
//   and, for tentativelyAccept and decline only, proposedNewTime (a timeSlot). Success is 202 Accepted, no body.
// - With proposedNewTime, the answer is 400 when the event's allowNewTimeProposals is false, or when sendResponse is
//   false. The pages give the status only; the code and message below are the sandbox's (ErrorInvalidRequest, the
//   code Outlook's other "Your request can't be completed" answers carry).
// - The organizer sees the answer in the attendee's status and, with a proposal, in the attendee's proposedNewTime
//   (https://learn.microsoft.com/graph/api/resources/attendee,
//   https://learn.microsoft.com/graph/outlook-calendar-meeting-proposals). responseStatus.time is in UTC
//   (https://learn.microsoft.com/graph/api/resources/responsestatus).
// Not documented on those pages, chosen from how Exchange behaves:
// - The organizer cannot answer their own meeting (a Graph docs maintainer: "It's expected that meeting organizer
//   can't accept or reject their own meeting", https://github.com/microsoftgraph/microsoft-graph-docs/issues/560).
//   Graph passes Exchange's codes through (ErrorItemNotFound, ErrorOccurrenceCrossingBoundary), so the answer is
//   400 with Exchange's ErrorCalendarIsOrganizerForAccept, …ForTentative or …ForDecline, and for a meeting the
//   organizer cancelled ErrorCalendarIsCancelledFor… (https://learn.microsoft.com/exchange/client-developer/
//   web-service-reference/responsecode). The messages are the sandbox's wording of what those codes mean.
// - Declining removes the meeting from the attendee's calendar (Outlook moves it to Deleted Items); tentatively
//   accepting shows the time as tentative, accepting as the organizer shows it. A series master's id answers the
//   whole series (its exceptions too); an occurrence's id answers that occurrence alone.

namespace {

using Answer = MeetingResponses::Answer;

QJsonValue member(const QJsonObject &object, QLatin1StringView name)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString operationName(Answer answer)
{
    switch (answer) {
    case Answer::Accept:
        return u"accept"_s;
    case Answer::TentativelyAccept:
        return u"tentativelyAccept"_s;
    case Answer::Decline:
        return u"decline"_s;
    }
    return {};
}

QString responseName(Answer answer)
{
    switch (answer) {
    case Answer::Accept:
        return u"accepted"_s;
    case Answer::TentativelyAccept:
        return u"tentativelyAccepted"_s;
    case Answer::Decline:
        return u"declined"_s;
    }
    return {};
}

QString codeSuffix(Answer answer)
{
    switch (answer) {
    case Answer::Accept:
        return u"Accept"_s;
    case Answer::TentativelyAccept:
        return u"Tentative"_s;
    case Answer::Decline:
        return u"Decline"_s;
    }
    return {};
}

QString verb(Answer answer)
{
    switch (answer) {
    case Answer::Accept:
        return u"accept"_s;
    case Answer::TentativelyAccept:
        return u"tentatively accept"_s;
    case Answer::Decline:
        return u"decline"_s;
    }
    return {};
}

// A dateTimeTimeZone whose member names may come in any case ("DateTime", "TimeZone" in Microsoft's own example).
QJsonObject normalisedDateTimeTimeZone(const QJsonValue &value)
{
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    QJsonObject result;
    const QJsonValue dateTime = member(object, "dateTime"_L1);
    const QJsonValue timeZone = member(object, "timeZone"_L1);
    if (!dateTime.isUndefined())
        result.insert(u"dateTime"_s, dateTime);
    if (!timeZone.isUndefined())
        result.insert(u"timeZone"_s, timeZone);
    return result;
}

QJsonObject utcDateTimeTimeZone(const QDateTime &utc)
{
    return {{u"dateTime"_s, GraphTimeFormat::formatLocal(utc, QTimeZone::utc())}, {u"timeZone"_s, u"UTC"_s}};
}

QString organiserAddress(const StoredEvent &event)
{
    return event.props.value(u"organizer"_s)
        .toObject()
        .value(u"emailAddress"_s)
        .toObject()
        .value(u"address"_s)
        .toString();
}

// The organiser's event as it lands in an attendee's calendar: not yet answered (responseStatus notResponded) and
// holding the time tentatively until it is answered.
StoredEvent invitationCopy(const StoredEvent &source, const QString &attendee, const QString &calendarId,
                           const QString &id)
{
    StoredEvent copy = source;
    copy.id = id;
    copy.mailbox = attendee;
    copy.calendarId = calendarId;
    copy.transactionId.clear();
    copy.reminderSnoozedUtc = {};
    copy.occurrenceReminders.clear();
    copy.changeKey = QString::fromLatin1(
        QCryptographicHash::hash((id + source.changeKey).toUtf8(), QCryptographicHash::Md5).toBase64());
    copy.props.insert(u"isOrganizer"_s, false);
    copy.props.insert(u"responseStatus"_s,
                      QJsonObject{{u"response"_s, u"notResponded"_s}, {u"time"_s, u"0001-01-01T00:00:00Z"_s}});
    if (source.props.value(u"showAs"_s).toString(u"busy"_s) == u"busy"_s)
        copy.props.insert(u"showAs"_s, u"tentative"_s);
    return copy;
}

} // namespace

MeetingResponses::MeetingResponses(SandboxState &state, CalendarEndpoints &calendar)
    : m_state(state)
    , m_calendar(calendar)
{ }

std::optional<MeetingResponses::Answer> MeetingResponses::answerFor(const QString &action)
{
    for (const Answer answer : {Answer::Accept, Answer::TentativelyAccept, Answer::Decline}) {
        if (action.compare(operationName(answer), Qt::CaseInsensitive) == 0)
            return answer;
    }
    return std::nullopt;
}

const StoredEvent *MeetingResponses::organiserEvent(const StoredEvent &copy) const
{
    const User *organiser = m_state.user(organiserAddress(copy));
    if (!organiser || organiser->upn == copy.mailbox || copy.iCalUId.isEmpty())
        return nullptr;
    for (const QString &id : m_state.eventOrder) {
        const StoredEvent &candidate = *m_state.events.constFind(id);
        if (candidate.mailbox == organiser->upn && candidate.iCalUId == copy.iCalUId && candidate.removed.isEmpty()
            && candidate.type != StoredEvent::Type::Exception)
            return &candidate;
    }
    return nullptr;
}

void MeetingResponses::setStatus(StoredEvent &organiserItem, const QString &attendee, const QString &response,
                                 const QJsonObject &proposedNewTime)
{
    QJsonArray attendees = organiserItem.props.value(u"attendees"_s).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < attendees.size(); ++i) {
        QJsonObject entry = attendees.at(i).toObject();
        const QString address = entry.value(u"emailAddress"_s).toObject().value(u"address"_s).toString();
        if (address.compare(attendee, Qt::CaseInsensitive) != 0)
            continue;
        entry.insert(
            u"status"_s,
            QJsonObject{{u"response"_s, response}, {u"time"_s, GraphTimeFormat::formatOffset(m_state.clock.nowUtc())}});
        // A later answer without a proposal withdraws an earlier one.
        if (proposedNewTime.isEmpty())
            entry.remove(u"proposedNewTime"_s);
        else
            entry.insert(u"proposedNewTime"_s, proposedNewTime);
        attendees.replace(i, entry);
        changed = true;
    }
    if (!changed)
        return;
    organiserItem.props.insert(u"attendees"_s, attendees);
    m_state.touch(organiserItem);
}

HttpResponse MeetingResponses::respond(GraphContext &context, const QString &id, Answer answer)
{
    QJsonObject body;
    if (!context.request.body.trimmed().isEmpty()) {
        const auto parsed = context.request.jsonObject();
        if (!parsed)
            return GraphErrorReply::invalidJson(context);
        body = *parsed;
    }
    const QString operation = operationName(answer);
    QString comment;
    bool sendResponse = true;
    QJsonValue proposed(QJsonValue::Undefined);
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key.startsWith(u'@'))
            continue;
        if (key.compare(u"comment"_s, Qt::CaseInsensitive) == 0 && (value.isString() || value.isNull())) {
            comment = value.toString();
        } else if (key.compare(u"sendResponse"_s, Qt::CaseInsensitive) == 0) {
            // Microsoft's own proposal example sends "true" as a string; OData reads both.
            const QString text = value.isString() ? value.toString().toLower() : QString();
            if (value.isBool())
                sendResponse = value.toBool();
            else if (text == u"true"_s || text == u"false"_s)
                sendResponse = text == u"true"_s;
            else
                return GraphErrorReply::make(
                    context, 400, u"RequestBodyRead"_s,
                    u"Cannot convert the literal '%1' to the expected type 'Edm.Boolean'."_s.arg(
                        value.toVariant().toString()));
        } else if (key.compare(u"proposedNewTime"_s, Qt::CaseInsensitive) == 0 && answer != Answer::Accept) {
            proposed = value;
        } else {
            return GraphErrorReply::make(context, 400, u"RequestBodyRead"_s,
                                         u"The parameter '%1' in the request payload is not a valid parameter for the "
                                         u"operation '%2'."_s.arg(key, operation));
        }
    }

    const auto instance = m_calendar.findInstance(id);
    const StoredEvent &stored = *instance->stored;
    if (stored.props.value(u"isOrganizer"_s).toBool()) {
        return GraphErrorReply::make(
            context, 400, u"ErrorCalendarIsOrganizerFor"_s + codeSuffix(answer),
            u"Your request can't be completed. You can't %1 this meeting because you're the meeting organizer."_s.arg(
                verb(answer)));
    }
    if (stored.isCancelled) {
        return GraphErrorReply::make(
            context, 400, u"ErrorCalendarIsCancelledFor"_s + codeSuffix(answer),
            u"Your request can't be completed. You can't %1 this meeting because it has been canceled."_s.arg(
                verb(answer)));
    }
    QJsonObject proposedSlot;
    if (!proposed.isUndefined() && !proposed.isNull()) {
        if (!sendResponse) {
            return GraphErrorReply::make(context, 400, u"ErrorInvalidRequest"_s,
                                         u"Your request can't be completed. A new time can only be proposed in a "
                                         u"response that is sent to the organizer."_s);
        }
        if (!stored.props.value(u"allowNewTimeProposals"_s).toBool(true)) {
            return GraphErrorReply::make(context, 400, u"ErrorInvalidRequest"_s,
                                         u"Your request can't be completed. The organizer doesn't allow new time "
                                         u"proposals for this meeting."_s);
        }
        const QJsonObject slot = proposed.toObject();
        QString error;
        const QDateTime start = GraphTimeFormat::parseDateTimeTimeZone(
            normalisedDateTimeTimeZone(member(slot, "start"_L1)), nullptr, &error);
        const QDateTime end = start.isValid() ? GraphTimeFormat::parseDateTimeTimeZone(
                                  normalisedDateTimeTimeZone(member(slot, "end"_L1)), nullptr, &error)
                                              : QDateTime();
        if (!start.isValid() || !end.isValid()) {
            return GraphErrorReply::make(
                context, 400,
                error.startsWith(u"A valid TimeZone"_s) ? u"TimeZoneNotSupportedException"_s : u"BadRequest"_s, error);
        }
        if (end <= start) {
            return GraphErrorReply::make(context, 400, u"ErrorInvalidRequest"_s,
                                         u"Your request can't be completed. The end time of the proposed time must be "
                                         u"after its start time."_s);
        }
        proposedSlot = {{u"start"_s, utcDateTimeTimeZone(start)}, {u"end"_s, utcDateTimeTimeZone(end)}};
    }

    // What the answer needs, by value: creating an exception below may move every stored event in memory.
    const QDateTime now = m_state.clock.nowUtc();
    const QString response = responseName(answer);
    const QJsonObject status{{u"response"_s, response}, {u"time"_s, GraphTimeFormat::formatOffset(now)}};
    const bool isOccurrence = instance->isOccurrence;
    const StoredEvent::Type type = stored.type;
    const QString storedId = stored.id;
    const QString attendee = stored.mailbox;
    const QDateTime originalStart = instance->originalStartUtc;
    const StoredEvent *organiserItem = organiserEvent(stored);
    const QString organiserId = organiserItem ? organiserItem->id : QString();
    const QString organiserUpn = organiserAddress(stored);
    const QString organiserShowAs
        = organiserItem ? organiserItem->props.value(u"showAs"_s).toString(u"busy"_s) : u"busy"_s;

    const auto answerItem = [&](StoredEvent &item) {
        item.props.insert(u"responseStatus"_s, status);
        if (answer == Answer::Accept)
            item.props.insert(u"showAs"_s, organiserShowAs);
        else if (answer == Answer::TentativelyAccept)
            item.props.insert(u"showAs"_s, u"tentative"_s);
        m_state.touch(item);
    };
    const auto exceptionsOf = [&](const QString &masterId) {
        QStringList ids;
        for (const QString &candidateId : m_state.eventOrder) {
            const StoredEvent &candidate = *m_state.events.constFind(candidateId);
            if (candidate.type == StoredEvent::Type::Exception && candidate.seriesMasterId == masterId
                && candidate.removed.isEmpty())
                ids << candidate.id;
        }
        return ids;
    };

    // The attendee's calendar.
    if (isOccurrence) {
        if (answer == Answer::Decline)
            m_calendar.removeEvent(id, u"declined"_s);
        else
            answerItem(*m_calendar.materialize(*instance));
    } else {
        answerItem(*m_state.event(storedId));
        if (type == StoredEvent::Type::SeriesMaster) {
            for (const QString &exceptionId : exceptionsOf(storedId))
                answerItem(*m_state.event(exceptionId));
        }
        if (answer == Answer::Decline)
            m_calendar.removeEvent(storedId, u"declined"_s);
    }

    // The organiser's event, when the answer is sent.
    if (sendResponse && !organiserId.isEmpty()) {
        StoredEvent *organiser = m_state.event(organiserId);
        if (isOccurrence || type == StoredEvent::Type::Exception) {
            if (organiser->type == StoredEvent::Type::SeriesMaster) {
                const auto organiserInstance
                    = m_calendar.findInstance(RecurrenceExpander::occurrenceId(organiserId, originalStart));
                if (organiserInstance)
                    setStatus(*m_calendar.materialize(*organiserInstance), attendee, response, proposedSlot);
            }
        } else {
            setStatus(*organiser, attendee, response, proposedSlot);
            if (type == StoredEvent::Type::SeriesMaster) {
                for (const QString &exceptionId : exceptionsOf(organiserId))
                    setStatus(*m_state.event(exceptionId), attendee, response, proposedSlot);
            }
        }
    }

    m_state.meetingResponses.append(QJsonObject{
        {u"eventId"_s, id},
        {u"attendee"_s, attendee},
        {u"organizer"_s, organiserUpn},
        {u"organizerEventId"_s, organiserId.isEmpty() ? QJsonValue() : QJsonValue(organiserId)},
        {u"response"_s, response},
        {u"comment"_s, comment},
        {u"sendResponse"_s, sendResponse},
        {u"proposedNewTime"_s, proposedSlot.isEmpty() ? QJsonValue() : QJsonValue(proposedSlot)},
        {u"time"_s, GraphTimeFormat::formatOffset(now)},
    });
    return HttpResponse::empty(202);
}

QJsonObject MeetingResponses::deliver(SandboxState &state, const QString &organiserEventId,
                                      const std::function<QString()> &newId)
{
    QJsonObject copies;
    const auto found = state.events.constFind(organiserEventId);
    if (found == state.events.constEnd())
        return copies;
    const StoredEvent organiser = *found; // inserting below may move the stored events
    QList<StoredEvent> exceptions;
    for (const QString &id : state.eventOrder) {
        const StoredEvent &candidate = *state.events.constFind(id);
        if (candidate.type == StoredEvent::Type::Exception && candidate.seriesMasterId == organiser.id
            && candidate.removed.isEmpty())
            exceptions << candidate;
    }
    for (const auto &value : organiser.props.value(u"attendees"_s).toArray()) {
        const User *person
            = state.user(value.toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString());
        if (!person || person->upn == organiser.mailbox || copies.contains(person->upn))
            continue;
        const QString calendarId = state.defaultCalendar(person->upn)->id;
        const StoredEvent copy = invitationCopy(organiser, person->upn, calendarId, newId());
        state.insertEvent(copy);
        for (const StoredEvent &exception : std::as_const(exceptions)) {
            StoredEvent exceptionCopy
                = invitationCopy(exception, person->upn, calendarId,
                                 RecurrenceExpander::occurrenceId(copy.id, exception.originalStartUtc));
            exceptionCopy.seriesMasterId = copy.id;
            state.insertEvent(exceptionCopy);
        }
        copies.insert(person->upn, copy.id);
    }
    return copies;
}

} // namespace MentorDesk::Sandbox
