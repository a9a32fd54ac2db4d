#include "sandbox/graph/SchedulingEndpoints.h"

#include "sandbox/graph/GraphErrorReply.h"
#include "sandbox/graph/GraphTimeFormat.h"
#include "sandbox/graph/OnlineMeetingFactory.h"
#include "sandbox/graph/RecurrenceExpander.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {

const QStringList kFindTimes{u"Calendars.Read.Shared"_s, u"Calendars.ReadWrite.Shared"_s, u"Calendars.Read"_s,
                             u"Calendars.ReadWrite"_s};
const QStringList kSchedule{u"Calendars.ReadBasic"_s, u"Calendars.Read"_s, u"Calendars.ReadWrite"_s,
                            u"Calendars.Read.Shared"_s, u"Calendars.ReadWrite.Shared"_s};
const QStringList kMeetings{u"OnlineMeetings.ReadWrite"_s};

int showAsCode(const QString &showAs)
{
    if (showAs == u"free"_s)
        return 0;
    if (showAs == u"tentative"_s)
        return 1;
    if (showAs == u"oof"_s)
        return 3;
    if (showAs == u"workingElsewhere"_s)
        return 4;
    return 2;
}

QString availabilityName(int code)
{
    static const QStringList names{u"free"_s, u"tentative"_s, u"busy"_s, u"oof"_s, u"workingElsewhere"_s};
    return code < 0 ? u"unknown"_s : names.value(code, u"busy"_s);
}

} // namespace

SchedulingEndpoints::SchedulingEndpoints(SandboxState &state)
    : m_state(state)
{ }

std::optional<HttpResponse> SchedulingEndpoints::handle(GraphContext &context)
{
    const QStringList &path = context.path;
    if (context.request.method != "POST" || path.isEmpty())
        return std::nullopt;
    if (path == QStringList{u"me"_s, u"findMeetingTimes"_s}) {
        if (!context.hasAnyScope(kFindTimes))
            return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Outlook, kFindTimes);
        if (context.personal)
            return GraphErrorReply::make(context, 403, u"ErrorAccessDenied"_s,
                                         u"Access is denied. Check credentials and try again."_s);
        return findMeetingTimes(context);
    }
    const bool scheduleOfMe = path == QStringList{u"me"_s, u"calendar"_s, u"getSchedule"_s};
    const bool scheduleOfUser
        = path.size() == 4 && path.at(0) == u"users"_s && path.at(2) == u"calendar"_s && path.at(3) == u"getSchedule"_s;
    if (scheduleOfMe || scheduleOfUser) {
        if (!context.hasAnyScope(kSchedule))
            return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Outlook, kSchedule);
        if (context.personal)
            return GraphErrorReply::make(context, 403, u"ErrorAccessDenied"_s,
                                         u"Access is denied. Check credentials and try again."_s);
        const User *user = scheduleOfMe ? context.me : m_state.user(path.at(1));
        if (!user)
            return GraphErrorReply::make(context, 404, u"ErrorInvalidUser"_s,
                                         u"The requested user '%1' is invalid."_s.arg(path.at(1)));
        return getSchedule(context, user->upn);
    }
    if (path.size() >= 2 && path.at(0) == u"me"_s && path.at(1) == u"onlineMeetings"_s && path.size() <= 3) {
        const bool createOrGet = path.size() == 3;
        if (createOrGet && path.at(2) != u"createOrGet"_s)
            return std::nullopt;
        if (!context.hasAnyScope(kMeetings))
            return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Teams, kMeetings);
        if (context.personal)
            return GraphErrorReply::make(context, 403, u"Forbidden"_s,
                                         u"Online meetings are not supported for personal Microsoft accounts."_s);
        if (m_state.cloud == u"china"_s)
            return GraphErrorReply::make(context, 404, u"NotFound"_s,
                                         u"The onlineMeetings API is not available in this cloud."_s);
        return createOnlineMeeting(context, createOrGet);
    }
    return std::nullopt;
}

int SchedulingEndpoints::availability(const QString &address, const QDateTime &from, const QDateTime &to) const
{
    const User *user = m_state.user(address);
    if (!user)
        return -1;
    int worst = 0;
    for (const EventInstance &instance :
         RecurrenceExpander::instances(m_state, user->upn, m_state.defaultCalendar(user->upn)->id, from, to)) {
        if (instance.stored->isCancelled)
            continue;
        const int code = showAsCode(instance.stored->props.value(u"showAs"_s).toString());
        // busy (2) and oof (3) outrank tentative (1) and working elsewhere (4).
        const auto rank = [](int c) {
            return c == 3 ? 4 : c == 2 ? 3 : c == 4 ? 2 : c;
        };
        if (rank(code) > rank(worst))
            worst = code;
    }
    return worst;
}

HttpResponse SchedulingEndpoints::findMeetingTimes(GraphContext &context)
{
    QJsonObject body;
    if (!context.request.body.trimmed().isEmpty()) {
        const auto parsed = context.request.jsonObject();
        if (!parsed)
            return GraphErrorReply::invalidJson(context);
        body = *parsed;
    }
    qint64 duration = 30 * 60;
    if (body.contains(u"meetingDuration"_s)) {
        duration = GraphTimeFormat::parseDurationSeconds(body.value(u"meetingDuration"_s).toString());
        if (duration <= 0)
            return GraphErrorReply::make(context, 400, u"ErrorInvalidRequest"_s,
                                         u"The meetingDuration is not a valid duration."_s);
    }
    const int maxCandidates = body.value(u"maxCandidates"_s).toInt(5);
    const double minimumPercentage = body.value(u"minimumAttendeePercentage"_s).toDouble(50);
    const bool organizerOptional = body.value(u"isOrganizerOptional"_s).toBool(false);
    const bool reasons = body.value(u"returnSuggestionReasons"_s).toBool(false);
    const QJsonObject timeConstraint = body.value(u"timeConstraint"_s).toObject();
    const QString domain = timeConstraint.value(u"activityDomain"_s).toString(u"work"_s);

    QList<QPair<QDateTime, QDateTime>> windows;
    for (const auto &slot : timeConstraint.value(u"timeSlots"_s).toArray()) {
        QString error;
        const QDateTime start
            = GraphTimeFormat::parseDateTimeTimeZone(slot.toObject().value(u"start"_s), nullptr, &error);
        const QDateTime end = GraphTimeFormat::parseDateTimeTimeZone(slot.toObject().value(u"end"_s), nullptr, &error);
        if (!start.isValid() || !end.isValid())
            return GraphErrorReply::make(context, 400, u"ErrorInvalidRequest"_s, error);
        windows.append({start, end});
    }
    const QDateTime now = m_state.clock.nowUtc();
    if (windows.isEmpty()) {
        // Without a constraint: from the next half hour over the next two working days.
        QDateTime start
            = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute() < 30 ? 30 : 0), QTimeZone::utc());
        if (now.time().minute() >= 30)
            start = start.addSecs(3600);
        windows.append({start, start.addDays(3)});
    }
    const QTimeZone workZone = GraphTimeFormat::zone(context.me->workTimeZone);
    const auto withinHours = [&](const QDateTime &start, const QDateTime &end) {
        if (domain == u"unrestricted"_s)
            return true;
        const QDateTime localStart = start.toTimeZone(workZone);
        const QDateTime localEnd = end.toTimeZone(workZone);
        if (localStart.date() != localEnd.date() && localEnd.time() != QTime(0, 0))
            return false;
        if (domain == u"personal"_s)
            return localStart.time() >= QTime(8, 0) && (localEnd.time() <= QTime(22, 0));
        return localStart.date().dayOfWeek() <= 5 && localStart.time() >= QTime(8, 0) && localEnd.time() <= QTime(17, 0)
            && localEnd.time() > QTime(0, 0);
    };

    QStringList attendees;
    for (const auto &attendee : body.value(u"attendees"_s).toArray())
        attendees << attendee.toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString();
    QJsonArray locations;
    for (const auto &location : body.value(u"locationConstraint"_s).toObject().value(u"locations"_s).toArray())
        locations.append(QJsonObject{{u"displayName"_s, location.toObject().value(u"displayName"_s).toString()}});

    struct Candidate
    {
        QDateTime start;
        double confidence;
        int organizer;
        QList<int> states;
    };
    QList<Candidate> candidates;
    bool organizerEverFree = false;
    bool anyUnknown = false;
    for (const auto &[slotStart, slotEnd] : windows) {
        for (QDateTime start = slotStart; start.addSecs(duration) <= slotEnd; start = start.addSecs(1800)) {
            const QDateTime end = start.addSecs(duration);
            if (!withinHours(start, end) || start < now)
                continue;
            Candidate candidate{start, 0, availability(context.me->upn, start, end), {}};
            double sum = 0;
            int count = 0;
            const auto score = [](int code) {
                return code < 0 ? 49.0 : code == 0 ? 100.0 : code == 4 ? 100.0 : 0.0;
            };
            if (!organizerOptional) {
                sum += score(candidate.organizer);
                ++count;
            }
            if (candidate.organizer == 0)
                organizerEverFree = true;
            for (const QString &address : attendees) {
                const int state = availability(address, start, end);
                anyUnknown = anyUnknown || state < 0;
                candidate.states << state;
                sum += score(state);
                ++count;
            }
            candidate.confidence = count ? sum / count : 100;
            if (candidate.confidence >= minimumPercentage && (organizerOptional || candidate.organizer == 0))
                candidates << candidate;
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.confidence != b.confidence ? a.confidence > b.confidence : a.start < b.start;
    });
    if (candidates.size() > maxCandidates)
        candidates.resize(maxCandidates);

    QJsonArray suggestions;
    int order = 1;
    for (const Candidate &candidate : candidates) {
        QJsonArray availabilities;
        for (int i = 0; i < attendees.size(); ++i) {
            availabilities.append(
                QJsonObject{{u"availability"_s, availabilityName(candidate.states.at(i))},
                            {u"attendee"_s,
                             QJsonObject{{u"type"_s, u"required"_s},
                                         {u"emailAddress"_s, QJsonObject{{u"address"_s, attendees.at(i)}}}}}});
        }
        QJsonObject suggestion{
            {u"confidence"_s, candidate.confidence},
            {u"order"_s, order++},
            {u"organizerAvailability"_s, availabilityName(candidate.organizer)},
            {u"attendeeAvailability"_s, availabilities},
            {u"locations"_s, locations},
            {u"meetingTimeSlot"_s,
             QJsonObject{
                 {u"start"_s,
                  QJsonObject{{u"dateTime"_s, GraphTimeFormat::formatLocal(candidate.start, context.view.zone)},
                              {u"timeZone"_s, context.view.zoneName}}},
                 {u"end"_s,
                  QJsonObject{{u"dateTime"_s,
                               GraphTimeFormat::formatLocal(candidate.start.addSecs(duration), context.view.zone)},
                              {u"timeZone"_s, context.view.zoneName}}}}},
        };
        if (reasons) {
            suggestion.insert(
                u"suggestionReason"_s,
                candidate.confidence >= 100
                    ? u"Suggested because it is one of the nearest times when all attendees are available."_s
                    : u"Suggested because it is one of the nearest times when most attendees are available."_s);
        }
        suggestions.append(suggestion);
    }
    QString emptyReason;
    if (suggestions.isEmpty()) {
        if (!organizerOptional && !organizerEverFree)
            emptyReason = u"organizerUnavailable"_s;
        else if (!attendees.isEmpty())
            emptyReason = anyUnknown ? u"attendeesUnavailableOrUnknown"_s : u"attendeesUnavailable"_s;
        else
            emptyReason = u"unknown"_s;
    }
    return HttpResponse::json(
        200,
        QJsonObject{
            {u"@odata.context"_s,
             QString(context.graphBase() + u"/$metadata#microsoft.graph.meetingTimeSuggestionsResult"_s)},
            {u"emptySuggestionsReason"_s, emptyReason},
            {u"meetingTimeSuggestions"_s, suggestions},
        });
}

// getSchedule as Microsoft documents it (https://learn.microsoft.com/graph/api/calendar-getschedule,
// https://learn.microsoft.com/graph/outlook-get-free-busy-schedule):
// - The body names schedules[] (SMTP addresses), startTime and endTime (dateTimeTimeZone) and optionally
//   availabilityViewInterval (minutes, 30 by default, 5 to 1440); the example in the concept page spells the names
//   with capitals and sends the interval as a string, so both are read. At most 20 addresses, and less than 62 days.
// - value[] holds one scheduleInformation per address, in the order asked for
//   (https://learn.microsoft.com/graph/api/resources/scheduleinformation): scheduleId, availabilityView (one digit per
//   interval: 0 free, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere), scheduleItems (status, start, end in
//   the Prefer: outlook.timezone zone, else UTC) and workingHours (daysOfWeek, startTime, endTime, timeZone.name, a
//   Windows zone name: https://learn.microsoft.com/graph/api/resources/workinghours).
// - Subject, location and isPrivate come only where the owner lets the caller see them: the caller's own calendar
//   and calendars shared with the caller; items of another person show status and times only
//   (https://learn.microsoft.com/graph/api/resources/scheduleitem). Private items here keep isPrivate and lose their
//   subject and location.
// - An address Exchange cannot resolve (nobody in the tenant, or outside the organisation) is not an HTTP error: its
//   item carries error {message, responseCode} (https://learn.microsoft.com/graph/api/resources/freebusyerror), with
//   the message and code of a real reply (https://github.com/microsoftgraph/microsoft-graph-docs/issues/11225).
// The limits' error codes are not documented; the sandbox answers them with ErrorInvalidParameter.
HttpResponse SchedulingEndpoints::getSchedule(GraphContext &context, const QString &mailbox)
{
    Q_UNUSED(mailbox);
    const auto body = context.request.jsonObject();
    if (!body)
        return GraphErrorReply::invalidJson(context);
    const auto member = [&](QLatin1StringView name) -> QJsonValue {
        for (auto it = body->begin(); it != body->end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value();
        }
        return QJsonValue(QJsonValue::Undefined);
    };
    QString error;
    const QDateTime start = GraphTimeFormat::parseDateTimeTimeZone(member("startTime"_L1), nullptr, &error);
    const QDateTime end = GraphTimeFormat::parseDateTimeTimeZone(member("endTime"_L1), nullptr, &error);
    if (!start.isValid() || !end.isValid() || end <= start)
        return GraphErrorReply::make(context, 400, u"ErrorInvalidRequest"_s,
                                     error.isEmpty() ? u"The time window is invalid."_s : error);
    if (start.daysTo(end) >= 62)
        return GraphErrorReply::make(context, 400, u"ErrorInvalidParameter"_s,
                                     u"The time period to look up must be less than 62 days."_s);
    const QJsonValue intervalValue = member("availabilityViewInterval"_L1);
    bool intervalOk = true;
    const int interval = intervalValue.isString() ? intervalValue.toString().toInt(&intervalOk)
        : intervalValue.isDouble()                ? intervalValue.toInt()
                                                  : 30;
    if (!intervalOk || interval < 5 || interval > 1440)
        return GraphErrorReply::make(context, 400, u"ErrorInvalidParameter"_s,
                                     u"availabilityViewInterval must be between 5 and 1440."_s);
    const QJsonArray schedules = member("schedules"_L1).toArray();
    if (schedules.isEmpty())
        return GraphErrorReply::make(context, 400, u"ErrorInvalidParameter"_s,
                                     u"schedules must name at least one address."_s);
    if (schedules.size() > 20)
        return GraphErrorReply::make(context, 400, u"ErrorInvalidParameter"_s,
                                     u"getSchedule looks up at most 20 addresses at once."_s);
    const auto local = [&](const QDateTime &utc) {
        return QJsonObject{{u"dateTime"_s, GraphTimeFormat::formatLocal(utc, context.view.zone)},
                           {u"timeZone"_s, context.view.zoneName}};
    };
    QJsonArray value;
    for (const auto &schedule : schedules) {
        const QString address = schedule.toString();
        const User *user = m_state.user(address);
        if (!user || user->upn.compare(address, Qt::CaseInsensitive) != 0) {
            value.append(QJsonObject{
                {u"scheduleId"_s, address},
                {u"error"_s,
                 QJsonObject{{u"message"_s,
                              u"Unable to resolve e-mail address %1 to an Active Directory object."_s.arg(address)},
                             {u"responseCode"_s, u"5009"_s}}}});
            continue;
        }
        QString view;
        for (QDateTime slot = start; slot < end; slot = slot.addSecs(qint64(interval) * 60))
            view += QString::number(
                std::max(0, availability(user->upn, slot, std::min(end, slot.addSecs(qint64(interval) * 60)))));
        // The caller sees details of their own calendar and of calendars shared with them.
        const bool detailed = user->upn == context.me->upn || user->sharesWithMentor != u"none"_s;
        QJsonArray items;
        for (const EventInstance &instance :
             RecurrenceExpander::instances(m_state, user->upn, m_state.defaultCalendar(user->upn)->id, start, end)) {
            if (instance.stored->isCancelled)
                continue;
            const QJsonObject &props = instance.stored->props;
            QJsonObject item{
                {u"status"_s, availabilityName(showAsCode(props.value(u"showAs"_s).toString()))},
                {u"start"_s, local(instance.startUtc)},
                {u"end"_s, local(instance.endUtc)},
            };
            if (detailed) {
                const QString sensitivity = props.value(u"sensitivity"_s).toString(u"normal"_s);
                const bool isPrivate = sensitivity == u"private"_s || sensitivity == u"confidential"_s;
                item.insert(u"isPrivate"_s, isPrivate);
                if (!isPrivate) {
                    item.insert(u"subject"_s, props.value(u"subject"_s).toString());
                    item.insert(u"location"_s,
                                props.value(u"location"_s).toObject().value(u"displayName"_s).toString());
                }
            }
            items.append(item);
        }
        QJsonArray days;
        for (const QString &day : user->workDays)
            days.append(day);
        const QString zoneName = GraphTimeFormat::windowsName(user->workTimeZone);
        value.append(QJsonObject{
            {u"scheduleId"_s, address},
            {u"availabilityView"_s, view},
            {u"scheduleItems"_s, items},
            {u"workingHours"_s,
             QJsonObject{
                 {u"daysOfWeek"_s, days},
                 {u"startTime"_s, QString(user->workStart.toString(u"HH:mm:ss"_s) + u".0000000"_s)},
                 {u"endTime"_s, QString(user->workEnd.toString(u"HH:mm:ss"_s) + u".0000000"_s)},
                 {u"timeZone"_s, QJsonObject{{u"name"_s, zoneName.isEmpty() ? user->workTimeZone : zoneName}}}}},
        });
    }
    return HttpResponse::json(
        200,
        QJsonObject{{u"@odata.context"_s,
                     QString(context.graphBase() + u"/$metadata#Collection(microsoft.graph.scheduleInformation)"_s)},
                    {u"value"_s, value}});
}

HttpResponse SchedulingEndpoints::createOnlineMeeting(GraphContext &context, bool createOrGet)
{
    const auto body = context.request.jsonObject();
    if (!body)
        return GraphErrorReply::invalidJson(context);
    const QString externalId = body->value(u"externalId"_s).toString();
    if (createOrGet) {
        if (externalId.isEmpty())
            return GraphErrorReply::make(context, 400, u"BadRequest"_s, u"externalId is required."_s);
        for (const StoredOnlineMeeting &meeting : m_state.onlineMeetings) {
            if (meeting.ownerUpn == context.me->upn && meeting.externalId == externalId)
                return HttpResponse::json(200, meeting.resource);
        }
    }
    const bool hasStart = body->contains(u"startDateTime"_s);
    const bool hasEnd = body->contains(u"endDateTime"_s);
    QDateTime start = hasStart ? GraphTimeFormat::parseQueryValue(body->value(u"startDateTime"_s).toString())
                               : m_state.clock.nowUtc();
    QDateTime end
        = hasEnd ? GraphTimeFormat::parseQueryValue(body->value(u"endDateTime"_s).toString()) : start.addSecs(3600);
    if (!start.isValid() || !end.isValid() || (hasEnd && !hasStart) || end < start)
        return GraphErrorReply::make(context, 400, u"BadRequest"_s, u"The start and end of the meeting are invalid."_s);
    QRandomGenerator &random = *QRandomGenerator::global();
    const QString joinUrl = OnlineMeetingFactory::joinUrl(m_state.tenantId, context.me->id, random);
    const QString id = QString::fromLatin1(
        (u"1*"_s + context.me->id + u"*0**19:meeting_"_s + QUuid::createUuid().toString(QUuid::Id128) + u"@thread.v2"_s)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QJsonArray attendees;
    for (const auto &attendee : body->value(u"participants"_s).toObject().value(u"attendees"_s).toArray()) {
        QJsonObject object = attendee.toObject();
        object.insert(u"role"_s, object.value(u"role"_s).toString(u"attendee"_s));
        attendees.append(object);
    }
    const QString joinMeetingId = OnlineMeetingFactory::digits(12, random);
    const QString passcode = u"Sb"_s + OnlineMeetingFactory::digits(4, random) + u"x"_s;
    QJsonObject resource{
        {u"@odata.context"_s,
         QString(context.graphBase() + u"/$metadata#users('%1')/onlineMeetings/$entity"_s.arg(context.me->id))},
        {u"id"_s, id},
        {u"creationDateTime"_s, GraphTimeFormat::formatTimestamp(m_state.clock.nowUtc())},
        {u"startDateTime"_s, GraphTimeFormat::formatTimestamp(start)},
        {u"endDateTime"_s, GraphTimeFormat::formatTimestamp(end)},
        {u"joinUrl"_s, joinUrl},
        {u"joinWebUrl"_s, joinUrl},
        {u"subject"_s, body->value(u"subject"_s).toString()},
        {u"isBroadcast"_s, false},
        {u"autoAdmittedUsers"_s, u"everyoneInCompany"_s},
        {u"allowedPresenters"_s, u"everyone"_s},
        {u"isEntryExitAnnounced"_s, true},
        {u"videoTeleconferenceId"_s, QJsonValue()},
        {u"externalId"_s, externalId.isEmpty() ? QJsonValue() : QJsonValue(externalId)},
        {u"joinMeetingIdSettings"_s,
         QJsonObject{{u"isPasscodeRequired"_s, true}, {u"joinMeetingId"_s, joinMeetingId}, {u"passcode"_s, passcode}}},
        {u"audioConferencing"_s, QJsonValue()},
        {u"chatInfo"_s,
         QJsonObject{
             {u"threadId"_s, QString(u"19:meeting_"_s + QUuid::createUuid().toString(QUuid::Id128) + u"@thread.v2"_s)},
             {u"messageId"_s, u"0"_s},
             {u"replyChainMessageId"_s, QJsonValue()}}},
        {u"participants"_s,
         QJsonObject{
             {u"organizer"_s,
              QJsonObject{{u"upn"_s, context.me->upn},
                          {u"role"_s, u"presenter"_s},
                          {u"identity"_s,
                           QJsonObject{{u"user"_s,
                                        QJsonObject{{u"id"_s, context.me->id}, {u"displayName"_s, QJsonValue()}}}}}}},
             {u"attendees"_s, attendees}}},
        {u"lobbyBypassSettings"_s, QJsonObject{{u"scope"_s, u"organization"_s}, {u"isDialInBypassEnabled"_s, false}}},
        {u"joinInformation"_s,
         QJsonObject{{u"content"_s,
                      QString(u"data:text/html,"_s
                              + QString::fromLatin1(QUrl::toPercentEncoding(OnlineMeetingFactory::joinBlobHtml(
                                  QJsonObject{{u"joinUrl"_s, joinUrl}, {u"conferenceId"_s, joinMeetingId}}))))},
                     {u"contentType"_s, u"html"_s}}},
    };
    m_state.onlineMeetings.append({context.me->upn, externalId, resource});
    return HttpResponse::json(201, resource);
}

} // namespace MentorDesk::Sandbox
