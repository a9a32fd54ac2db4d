#include "sandbox/graph/CalendarEndpoints.h"

#include "sandbox/graph/GraphErrorReply.h"
#include "sandbox/graph/GraphTimeFormat.h"
#include "sandbox/graph/MeetingResponses.h"
#include "sandbox/graph/OnlineMeetingFactory.h"
#include "sandbox/graph/Paging.h"
#include "sandbox/graph/ReminderEndpoints.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {

const QStringList kCalendarRead{u"Calendars.ReadBasic"_s, u"Calendars.Read"_s, u"Calendars.ReadWrite"_s,
                                u"Calendars.Read.Shared"_s, u"Calendars.ReadWrite.Shared"_s};
const QStringList kCalendarReadFull{u"Calendars.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s,
                                    u"Calendars.ReadWrite.Shared"_s};
const QStringList kCalendarShared{u"Calendars.Read.Shared"_s, u"Calendars.ReadWrite.Shared"_s};
const QStringList kCalendarWrite{u"Calendars.ReadWrite"_s, u"Calendars.ReadWrite.Shared"_s};
const QStringList kCalendarWriteShared{u"Calendars.ReadWrite.Shared"_s};
constexpr qint64 kDeltaTokenLifetimeSeconds = 7 * 24 * 3600;

HttpResponse notFound(const GraphContext &context)
{
    return GraphErrorReply::make(context, 404, u"ErrorItemNotFound"_s,
                                 u"The specified object was not found in the store."_s);
}

} // namespace

CalendarEndpoints::CalendarEndpoints(SandboxState &state)
    : m_state(state)
    , m_reminders(std::make_unique<ReminderEndpoints>(state, *this))
    , m_responses(std::make_unique<MeetingResponses>(state, *this))
{ }

CalendarEndpoints::~CalendarEndpoints() = default;

const QStringList &CalendarEndpoints::writableProperties()
{
    static const QStringList properties{
        u"subject"_s,
        u"body"_s,
        u"start"_s,
        u"end"_s,
        u"location"_s,
        u"locations"_s,
        u"attendees"_s,
        u"isAllDay"_s,
        u"importance"_s,
        u"sensitivity"_s,
        u"showAs"_s,
        u"categories"_s,
        u"isOnlineMeeting"_s,
        u"onlineMeetingProvider"_s,
        u"recurrence"_s,
        u"isReminderOn"_s,
        u"reminderMinutesBeforeStart"_s,
        u"responseRequested"_s,
        u"allowNewTimeProposals"_s,
        u"hideAttendees"_s,
        u"transactionId"_s,
        u"isDraft"_s,
        u"originalStartTimeZone"_s,
        u"originalEndTimeZone"_s,
    };
    return properties;
}

std::optional<HttpResponse> CalendarEndpoints::handle(GraphContext &context)
{
    const QStringList &path = context.path;
    if (path.isEmpty())
        return std::nullopt;
    QString mailbox;
    QStringList rest;
    if (path.at(0) == u"me"_s) {
        mailbox = context.me->upn;
        rest = path.mid(1);
    } else if (path.at(0) == u"users"_s && path.size() >= 3) {
        static const QStringList calendarRoots{u"calendar"_s, u"calendars"_s, u"calendarView"_s, u"events"_s};
        if (!calendarRoots.contains(path.at(2)) && !ReminderEndpoints::isReminderView(path.at(2)))
            return std::nullopt;
        const User *target = m_state.user(path.at(1));
        if (!target) {
            return GraphErrorReply::make(context, 404, u"ErrorInvalidUser"_s,
                                         u"The requested user '%1' is invalid."_s.arg(path.at(1)));
        }
        mailbox = target->upn;
        rest = path.mid(2);
    } else {
        return std::nullopt;
    }
    if (rest.isEmpty())
        return std::nullopt;
    const QByteArray &method = context.request.method;
    const bool own = mailbox == context.me->upn;
    const User *owner = m_state.user(mailbox);

    // Resolve which calendar a path names: default, or calendars/{id} (own or shared with the caller).
    QString calendarId = m_state.defaultCalendar(mailbox)->id;
    QStringList tail = rest;
    if (rest.at(0) == u"calendar"_s) {
        tail = rest.mid(1);
    } else if (rest.at(0) == u"calendars"_s) {
        if (rest.size() == 1) {
            if (method != "GET")
                return std::nullopt;
            if (!own)
                return GraphErrorReply::make(context, 403, u"ErrorAccessDenied"_s,
                                             u"Access is denied. Check credentials and try again."_s);
            return listCalendars(context);
        }
        const StoredCalendar *calendar = m_state.calendar(rest.at(1));
        if (!calendar)
            return notFound(context);
        calendarId = calendar->id;
        tail = rest.mid(2);
        if (calendar->mailbox != mailbox) {
            if (!own)
                return notFound(context);
            mailbox = calendar->mailbox; // a shared calendar reached from /me/calendars/{id}
            owner = m_state.user(mailbox);
        }
    }
    const bool shared = mailbox != context.me->upn;
    const bool write = method != "GET";
    // Another person's calendar: only when they shared it, and only with the .Shared scopes (concept doc).
    if (shared) {
        const QString role = owner->sharesWithMentor;
        if (write) {
            if (!context.hasAnyScope(kCalendarWriteShared) || role != u"delegate"_s)
                return GraphErrorReply::make(context, 403, u"ErrorAccessDenied"_s,
                                             u"Access is denied. Check credentials and try again."_s);
        } else if (!context.hasAnyScope(kCalendarShared) || role == u"none"_s) {
            return GraphErrorReply::make(context, 403, u"ErrorAccessDenied"_s,
                                         u"Access is denied. Check credentials and try again."_s);
        }
    }

    if (tail.isEmpty()) {
        if (method != "GET" || rest.at(0) == u"events"_s)
            return std::nullopt;
        if (!context.hasAnyScope(kCalendarRead))
            return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Outlook, kCalendarRead);
        return HttpResponse::json(200, calendarJson(*m_state.calendar(calendarId), *context.me, context.personal));
    }
    if (tail.at(0) == u"calendarView"_s) {
        if (tail.size() == 1 && method == "GET") {
            if (!context.hasAnyScope(kCalendarRead))
                return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Outlook, kCalendarRead);
            return calendarView(context, mailbox, calendarId);
        }
        if (tail.size() == 2 && tail.at(1) == u"delta"_s && method == "GET") {
            if (!context.hasAnyScope(kCalendarReadFull))
                return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Outlook, kCalendarReadFull);
            return delta(context, mailbox, calendarId);
        }
        return std::nullopt;
    }
    if (tail.size() == 1 && ReminderEndpoints::isReminderView(tail.at(0)) && rest.size() == 1) {
        // reminderView: Calendars.Read or Calendars.ReadWrite
        // (https://learn.microsoft.com/graph/api/user-reminderview).
        if (method != "GET")
            return std::nullopt;
        if (!context.hasAnyScope(kCalendarReadFull))
            return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Outlook, kCalendarReadFull);
        return m_reminders->view(context, mailbox, tail.at(0));
    }
    if (tail.at(0) != u"events"_s)
        return std::nullopt;
    if (write && !shared && !context.hasAnyScope(kCalendarWrite))
        return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Outlook, kCalendarWrite);
    if (!write && !context.hasAnyScope(kCalendarRead))
        return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Outlook, kCalendarRead);
    if (tail.size() == 1) {
        // /me/events spans every calendar; /me/calendar/events and /me/calendars/{id}/events one.
        const QString listCalendar = rest.at(0) == u"events"_s ? QString() : calendarId;
        if (method == "GET")
            return listEvents(context, mailbox, listCalendar);
        if (method == "POST")
            return postEvent(context, mailbox, calendarId);
        return std::nullopt;
    }
    const QString id = tail.at(1);
    const auto instance = findInstance(id);
    if (!instance || instance->stored->mailbox != mailbox)
        return notFound(context);
    if (tail.size() == 2) {
        if (method == "GET")
            return getEvent(context, id);
        if (method == "PATCH")
            return patchEvent(context, id);
        if (method == "DELETE")
            return deleteEvent(context, id);
        return std::nullopt;
    }
    if (tail.size() == 3 && tail.at(2) == u"cancel"_s && method == "POST")
        return cancelEvent(context, id);
    if (tail.size() == 3 && method == "POST") {
        const QString &action = tail.at(2);
        if (const auto answer = MeetingResponses::answerFor(action))
            return m_responses->respond(context, id, *answer);
        if (action.compare(u"dismissReminder"_s, Qt::CaseInsensitive) == 0)
            return m_reminders->dismiss(context, id);
        if (action.compare(u"snoozeReminder"_s, Qt::CaseInsensitive) == 0)
            return m_reminders->snooze(context, id);
    }
    return std::nullopt;
}

QJsonObject CalendarEndpoints::calendarJson(const StoredCalendar &calendar, const User &viewer, bool personal) const
{
    const User *owner = m_state.user(calendar.mailbox);
    const bool own = owner->upn == viewer.upn;
    const QJsonArray providers = personal ? QJsonArray{u"skypeForConsumer"_s} : QJsonArray{u"teamsForBusiness"_s};
    return QJsonObject{
        {u"id"_s, calendar.id},
        {u"name"_s, own ? calendar.name : owner->displayName},
        {u"color"_s, calendar.color},
        {u"hexColor"_s, calendar.hexColor},
        {u"isDefaultCalendar"_s, own && calendar.isDefault},
        {u"changeKey"_s, calendar.changeKey},
        {u"canShare"_s, own},
        {u"canViewPrivateItems"_s, own},
        {u"canEdit"_s, own || owner->sharesWithMentor == u"delegate"_s},
        {u"isRemovable"_s, !(own && calendar.isDefault)},
        {u"isTallyingResponses"_s, own},
        {u"allowedOnlineMeetingProviders"_s, providers},
        {u"defaultOnlineMeetingProvider"_s, providers.first()},
        {u"owner"_s, QJsonObject{{u"name"_s, owner->displayName}, {u"address"_s, owner->upn}}},
    };
}

HttpResponse CalendarEndpoints::listCalendars(GraphContext &context)
{
    if (!context.hasAnyScope(kCalendarRead))
        return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Outlook, kCalendarRead);
    QJsonArray value;
    for (const StoredCalendar &calendar : m_state.calendars) {
        if (calendar.mailbox == context.me->upn)
            value.append(calendarJson(calendar, *context.me, context.personal));
    }
    // Calendars others shared or delegated show up here too (with the .Shared scopes).
    if (context.hasAnyScope(kCalendarShared)) {
        for (const StoredCalendar &calendar : m_state.calendars) {
            const User *owner = m_state.user(calendar.mailbox);
            if (calendar.isDefault && owner->upn != context.me->upn && owner->sharesWithMentor != u"none"_s)
                value.append(calendarJson(calendar, *context.me, context.personal));
        }
    }
    QJsonArray selected;
    for (const auto &item : value)
        selected.append(EventSerializer::select(item.toObject(), context.select()));
    const auto page = Paging::page(context, selected,
                                   context.graphBase() + u"/$metadata#users('%1')/calendars"_s.arg(context.me->id));
    if (!page)
        return GraphErrorReply::make(context, 400, u"BadRequest"_s, u"Invalid $top or $skiptoken."_s);
    return HttpResponse::json(200, *page);
}

QJsonObject CalendarEndpoints::instanceJson(GraphContext &context, const EventInstance &instance) const
{
    return EventSerializer::select(EventSerializer::instance(m_state, instance, context.view), context.select());
}

HttpResponse CalendarEndpoints::calendarView(GraphContext &context, const QString &mailbox, const QString &calendarId)
{
    if (!context.hasParam(u"startDateTime"_s) || !context.hasParam(u"endDateTime"_s)) {
        return GraphErrorReply::make(context, 400, u"ErrorInvalidParameter"_s,
                                     u"This request requires a time window specified by the query string parameters "
                                     u"StartDateTime and EndDateTime."_s);
    }
    const QDateTime from = GraphTimeFormat::parseQueryValue(context.param(u"startDateTime"_s));
    const QDateTime to = GraphTimeFormat::parseQueryValue(context.param(u"endDateTime"_s));
    if (!from.isValid() || !to.isValid()) {
        return GraphErrorReply::make(context, 400, u"ErrorInvalidParameter"_s,
                                     u"The parameter 'StartDateTime' or 'EndDateTime' has an invalid value."_s);
    }
    QList<EventInstance> instances = RecurrenceExpander::instances(m_state, mailbox, calendarId, from, to);
    if (context.param(u"$orderby"_s).startsWith(u"start/dateTime"_s)) {
        const bool descending = context.param(u"$orderby"_s).endsWith(u" desc"_s);
        std::stable_sort(instances.begin(), instances.end(), [&](const EventInstance &a, const EventInstance &b) {
            return descending ? a.startUtc > b.startUtc : a.startUtc < b.startUtc;
        });
    }
    QJsonArray value;
    for (const EventInstance &instance : instances) {
        QJsonObject object = instanceJson(context, instance);
        // calendarView refuses to $select these two (they are simply never selected here).
        if (context.hasParam(u"$select"_s)) {
            object.remove(u"createdDateTime"_s);
            object.remove(u"lastModifiedDateTime"_s);
        }
        value.append(object);
    }
    const User *owner = m_state.user(mailbox);
    const auto page
        = Paging::page(context, value, context.graphBase() + u"/$metadata#users('%1')/calendarView"_s.arg(owner->id));
    if (!page)
        return GraphErrorReply::make(context, 400, u"BadRequest"_s, u"Invalid $top or $skiptoken."_s);
    return HttpResponse::json(200, *page);
}

QString CalendarEndpoints::deltaSignature(const QJsonObject &token) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(QJsonDocument(token).toJson(QJsonDocument::Compact),
                                                                m_state.signingKey, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                   .left(22));
}

HttpResponse CalendarEndpoints::delta(GraphContext &context, const QString &mailbox, const QString &calendarId)
{
    static const QStringList unsupported{u"$select"_s, u"$filter"_s, u"$expand"_s, u"$orderby"_s, u"$search"_s};
    for (const QString &option : unsupported) {
        if (context.hasParam(option)) {
            return GraphErrorReply::make(context, 400, u"ErrorInvalidUrlQuery"_s,
                                         u"The following parameters are not supported with change tracking over the "
                                         u"'CalendarView' resource: '$orderby, $filter, $select, $expand, $search'."_s);
        }
    }
    const auto syncStateNotFound = [&] {
        return GraphErrorReply::make(
            context, 410, u"syncStateNotFound"_s,
            u"The sync state generation is not found. The delta token is expired and data must be "
            u"synchronized again."_s);
    };
    // A round's state travels in the (signed) token: window, the change counter it covers and where the page is.
    QJsonObject round;
    const bool isSkip = context.hasParam(u"$skiptoken"_s);
    const bool isDelta = context.hasParam(u"$deltatoken"_s);
    const qint64 now = m_state.clock.nowUtc().toSecsSinceEpoch();
    if (isSkip || isDelta) {
        const QString raw = context.param(isSkip ? u"$skiptoken"_s : u"$deltatoken"_s);
        const qsizetype dot = raw.lastIndexOf(u'.');
        const auto decoded = Paging::decodeToken(raw.left(dot));
        if (dot < 0 || !decoded || deltaSignature(*decoded) != raw.mid(dot + 1)
            || decoded->value(u"m"_s).toString() != mailbox || decoded->value(u"c"_s).toString() != calendarId
            || now - decoded->value(u"t"_s).toInteger() > kDeltaTokenLifetimeSeconds)
            return syncStateNotFound();
        round = *decoded;
        if (isDelta) {
            // Replaying a deltaLink starts a new round of changes since the covered counter.
            round.insert(u"from"_s, round.value(u"q"_s));
            round.insert(u"q"_s, m_state.changeSeq);
            round.insert(u"o"_s, 0);
        }
    } else {
        if (!context.hasParam(u"startDateTime"_s) || !context.hasParam(u"endDateTime"_s)) {
            return GraphErrorReply::make(
                context, 400, u"ErrorInvalidParameter"_s,
                u"This request requires a time window specified by the query string parameters "
                u"StartDateTime and EndDateTime."_s);
        }
        const QDateTime from = GraphTimeFormat::parseQueryValue(context.param(u"startDateTime"_s));
        const QDateTime to = GraphTimeFormat::parseQueryValue(context.param(u"endDateTime"_s));
        if (!from.isValid() || !to.isValid())
            return GraphErrorReply::make(context, 400, u"ErrorInvalidParameter"_s, u"The window is invalid."_s);
        round = QJsonObject{{u"m"_s, mailbox},
                            {u"c"_s, calendarId},
                            {u"s"_s, from.toString(Qt::ISODate)},
                            {u"e"_s, to.toString(Qt::ISODate)},
                            {u"from"_s, -1},
                            {u"q"_s, m_state.changeSeq},
                            {u"o"_s, 0}};
    }
    const QDateTime from = QDateTime::fromString(round.value(u"s"_s).toString(), Qt::ISODate);
    const QDateTime to = QDateTime::fromString(round.value(u"e"_s).toString(), Qt::ISODate);
    const qint64 since = round.value(u"from"_s).toInteger();
    const qint64 upTo = round.value(u"q"_s).toInteger();

    QJsonArray items;
    QSet<QString> seen;
    const auto add = [&](const QJsonObject &item) {
        const QString id = item.value(u"id"_s).toString();
        if (!seen.contains(id)) {
            seen.insert(id);
            items.append(item);
        }
    };
    const auto removed = [](const QString &id) {
        return QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.event"_s},
                           {u"id"_s, id},
                           {u"@removed"_s, QJsonObject{{u"reason"_s, u"deleted"_s}}}};
    };
    if (since < 0) {
        for (const EventInstance &instance : RecurrenceExpander::instances(m_state, mailbox, calendarId, from, to))
            add(EventSerializer::instance(m_state, instance, context.view));
    } else {
        for (const QString &id : m_state.eventOrder) {
            const auto storedFound = m_state.events.constFind(id);
            const StoredEvent &stored = storedFound.value();
            if (stored.mailbox != mailbox || stored.calendarId != calendarId || stored.changeSeq <= since
                || stored.changeSeq > upTo)
                continue;
            const QList<EventInstance> current = RecurrenceExpander::instancesOf(m_state, stored, from, to);
            for (const EventInstance &instance : current)
                add(EventSerializer::instance(m_state, instance, context.view));
            // Whatever is gone or now outside the window comes back as removed.
            if (stored.type == StoredEvent::Type::SeriesMaster) {
                StoredEvent all = stored;
                all.removed.clear();
                all.cancelledDates.clear();
                for (const QDateTime &start : RecurrenceExpander::originalStarts(all, from.addDays(-1), to))
                    add(removed(RecurrenceExpander::occurrenceId(stored.id, start)));
            } else if (current.isEmpty()) {
                add(removed(stored.id));
            }
        }
    }

    int pageSize = GraphTimeFormat::preferredMaxPageSize(context.request);
    if (pageSize > 0)
        context.preferenceApplied << u"odata.maxpagesize=%1"_s.arg(pageSize);
    else
        pageSize = 10;
    const int offset = round.value(u"o"_s).toInt();
    QJsonArray value;
    for (qsizetype i = offset; i < items.size() && i < offset + pageSize; ++i)
        value.append(items.at(i));
    QJsonObject result{{u"@odata.context"_s, QString(context.graphBase() + u"/$metadata#Collection(event)"_s)}};
    const auto signedToken = [&](QJsonObject token) -> QString {
        token.insert(u"t"_s, now);
        return Paging::encodeToken(token) + u'.' + deltaSignature(token);
    };
    const QString base = context.baseUrl + u"/v1.0/"_s + context.request.segments.mid(1).join(u'/');
    if (offset + pageSize < items.size()) {
        QJsonObject next = round;
        next.insert(u"o"_s, offset + pageSize);
        result.insert(u"@odata.nextLink"_s, QString(base + u"?$skiptoken="_s + signedToken(next)));
    } else {
        QJsonObject done = round;
        done.insert(u"o"_s, 0);
        done.remove(u"from"_s);
        result.insert(u"@odata.deltaLink"_s, QString(base + u"?$deltatoken="_s + signedToken(done)));
    }
    result.insert(u"value"_s, value);
    return HttpResponse::json(200, result);
}

HttpResponse CalendarEndpoints::listEvents(GraphContext &context, const QString &mailbox, const QString &calendarId)
{
    // /me/events: single instances and series masters, never occurrences.
    QList<const StoredEvent *> stored;
    for (const QString &id : m_state.eventOrder) {
        const auto eventFound = m_state.events.constFind(id);
        const StoredEvent &event = eventFound.value();
        if (event.mailbox == mailbox && (calendarId.isEmpty() || event.calendarId == calendarId)
            && event.removed.isEmpty() && event.type != StoredEvent::Type::Exception)
            stored << &event;
    }
    if (context.param(u"$orderby"_s).startsWith(u"start/dateTime"_s)) {
        std::stable_sort(stored.begin(), stored.end(),
                         [](const StoredEvent *a, const StoredEvent *b) { return a->startUtc < b->startUtc; });
    }
    QJsonArray value;
    for (const StoredEvent *event : stored)
        value.append(EventSerializer::select(EventSerializer::stored(m_state, *event, context.view), context.select()));
    const auto page = Paging::page(
        context, value, context.graphBase() + u"/$metadata#users('%1')/events"_s.arg(m_state.user(mailbox)->id));
    if (!page)
        return GraphErrorReply::make(context, 400, u"BadRequest"_s, u"Invalid $top or $skiptoken."_s);
    return HttpResponse::json(200, *page);
}

StoredEvent CalendarEndpoints::exceptionFor(const EventInstance &occurrence) const
{
    const StoredEvent &master = *occurrence.stored;
    StoredEvent exception = master;
    exception.type = StoredEvent::Type::Exception;
    exception.recurrence = {};
    exception.cancelledDates.clear();
    exception.occurrenceReminders.clear();
    exception.seriesMasterId = master.id;
    exception.originalStartUtc = occurrence.originalStartUtc;
    exception.id = occurrence.id;
    exception.startUtc = occurrence.startUtc;
    exception.endUtc = occurrence.endUtc;
    exception.transactionId.clear();
    // The occurrence's reminder goes with it.
    const StoredEvent::OccurrenceReminder reminder = master.occurrenceReminders.value(occurrence.originalStartUtc);
    exception.reminderSnoozedUtc = reminder.snoozedUtc;
    if (reminder.dismissed)
        exception.props.insert(u"isReminderOn"_s, false);
    return exception;
}

StoredEvent *CalendarEndpoints::materialize(const EventInstance &instance)
{
    if (!instance.isOccurrence)
        return m_state.event(instance.stored->id);
    StoredEvent exception = exceptionFor(instance);
    const QString id = exception.id;
    const QString masterId = exception.seriesMasterId;
    const QDateTime originalStart = exception.originalStartUtc;
    m_state.touch(exception);
    m_state.insertEvent(std::move(exception));
    StoredEvent *master = m_state.event(masterId);
    master->occurrenceReminders.remove(originalStart);
    m_state.touch(*master);
    return m_state.event(id);
}

std::optional<EventInstance> CalendarEndpoints::findInstance(const QString &id) const
{
    const auto it = m_state.events.constFind(id);
    if (it != m_state.events.constEnd()) {
        if (!it->removed.isEmpty())
            return std::nullopt;
        return EventInstance{&it.value(), false, it->id, it->startUtc, it->endUtc, it->originalStartUtc};
    }
    QString masterId;
    QDateTime originalStart;
    if (!RecurrenceExpander::parseOccurrenceId(id, &masterId, &originalStart))
        return std::nullopt;
    const auto master = m_state.events.constFind(masterId);
    if (master == m_state.events.constEnd() || !master->removed.isEmpty()
        || master->type != StoredEvent::Type::SeriesMaster)
        return std::nullopt;
    if (!RecurrenceExpander::originalStarts(*master, originalStart, originalStart.addSecs(1)).contains(originalStart))
        return std::nullopt;
    if (master->cancelledDates.contains(originalStart.toTimeZone(RecurrenceExpander::seriesZone(*master)).date()))
        return std::nullopt;
    const qint64 duration = master->startUtc.secsTo(master->endUtc);
    return EventInstance{&master.value(), true, id, originalStart, originalStart.addSecs(duration), originalStart};
}

HttpResponse CalendarEndpoints::getEvent(GraphContext &context, const QString &id)
{
    const auto instance = findInstance(id);
    return HttpResponse::json(200, instanceJson(context, *instance));
}

CalendarEndpoints::CreateResult CalendarEndpoints::createEvent(const QString &mailbox, const QString &calendarId,
                                                               const QJsonObject &body, bool personal)
{
    CreateResult result;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!writableProperties().contains(it.key()) && !it.key().startsWith(u'@')) {
            result.errorCode = u"RequestBodyRead"_s;
            result.errorMessage
                = u"The property '%1' does not exist on type 'microsoft.graph.event'. Make sure to only "
                  u"use property names that are defined by the type or mark the type as open type."_s.arg(it.key());
            return result;
        }
    }
    QString startZone;
    QString endZone;
    QString error;
    const QDateTime start = GraphTimeFormat::parseDateTimeTimeZone(body.value(u"start"_s), &startZone, &error);
    const QDateTime end = start.isValid()
        ? GraphTimeFormat::parseDateTimeTimeZone(body.value(u"end"_s), &endZone, &error)
        : QDateTime();
    if (!body.contains(u"start"_s) || !body.contains(u"end"_s)) {
        result.errorCode = u"ErrorInvalidRequest"_s;
        result.errorMessage = u"Your request can't be completed. The start and end of the event are required."_s;
        return result;
    }
    if (!start.isValid() || !end.isValid()) {
        result.errorCode
            = error.startsWith(u"A valid TimeZone"_s) ? u"TimeZoneNotSupportedException"_s : u"BadRequest"_s;
        result.errorMessage = error;
        return result;
    }
    if (end < start) {
        result.errorCode = u"ErrorInvalidRequest"_s;
        result.errorMessage
            = u"Your request can't be completed. The end time of the event must be after the start time."_s;
        return result;
    }
    const User *owner = m_state.user(mailbox);
    StoredEvent event;
    event.id = m_state.newId();
    event.mailbox = mailbox;
    event.calendarId = calendarId;
    event.startUtc = start;
    event.endUtc = end;
    event.startZone = startZone;
    event.endZone = endZone;
    event.isAllDay = body.value(u"isAllDay"_s).toBool();
    event.createdUtc = m_state.clock.nowUtc();
    event.transactionId = body.value(u"transactionId"_s).toString();
    event.iCalUId = u"040000008200E00074C5B7101A82E00800000000"_s
        + QString::fromLatin1(QCryptographicHash::hash(event.id.toUtf8(), QCryptographicHash::Md5).toHex().toUpper());
    if (body.value(u"recurrence"_s).isObject()) {
        event.type = StoredEvent::Type::SeriesMaster;
        event.recurrence = body.value(u"recurrence"_s).toObject();
    }
    QJsonObject bodyValue = body.value(u"body"_s).toObject();
    const QString contentType = bodyValue.value(u"contentType"_s).toString(u"text"_s).toLower();
    QString content = bodyValue.value(u"content"_s).toString();
    if (contentType != u"html"_s)
        content = u"<html><body><p>"_s + content.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s) + u"</p></body></html>"_s;
    QJsonArray attendees;
    for (const auto &attendee : body.value(u"attendees"_s).toArray()) {
        QJsonObject object = attendee.toObject();
        object.insert(u"type"_s, object.value(u"type"_s).toString(u"required"_s));
        object.insert(u"status"_s, QJsonObject{{u"response"_s, u"none"_s}, {u"time"_s, u"0001-01-01T00:00:00Z"_s}});
        attendees.append(object);
    }
    QJsonObject location = body.value(u"location"_s).toObject();
    if (!location.contains(u"locationType"_s))
        location.insert(u"locationType"_s, u"default"_s);
    if (!location.contains(u"displayName"_s))
        location.insert(u"displayName"_s, QString());
    event.props = QJsonObject{
        {u"subject"_s, body.value(u"subject"_s).toString()},
        {u"body"_s, QJsonObject{{u"contentType"_s, u"html"_s}, {u"content"_s, content}}},
        {u"importance"_s, body.value(u"importance"_s).toString(u"normal"_s)},
        {u"sensitivity"_s, body.value(u"sensitivity"_s).toString(u"normal"_s)},
        {u"showAs"_s, body.value(u"showAs"_s).toString(u"busy"_s)},
        {u"categories"_s, body.value(u"categories"_s).toArray()},
        {u"reminderMinutesBeforeStart"_s, body.value(u"reminderMinutesBeforeStart"_s).toInt(15)},
        {u"isReminderOn"_s, body.value(u"isReminderOn"_s).toBool(true)},
        {u"hasAttachments"_s, false},
        {u"isDraft"_s, false},
        {u"hideAttendees"_s, body.value(u"hideAttendees"_s).toBool(false)},
        {u"responseRequested"_s, body.value(u"responseRequested"_s).toBool(true)},
        {u"allowNewTimeProposals"_s, body.value(u"allowNewTimeProposals"_s).toBool(true)},
        {u"isOrganizer"_s, true},
        {u"responseStatus"_s, QJsonObject{{u"response"_s, u"organizer"_s}, {u"time"_s, u"0001-01-01T00:00:00Z"_s}}},
        {u"location"_s, location},
        {u"locations"_s,
         body.contains(u"locations"_s)
             ? body.value(u"locations"_s).toArray()
             : (location.value(u"displayName"_s).toString().isEmpty() ? QJsonArray{} : QJsonArray{location})},
        {u"attendees"_s, attendees},
        {u"organizer"_s,
         QJsonObject{{u"emailAddress"_s, QJsonObject{{u"name"_s, owner->displayName}, {u"address"_s, owner->upn}}}}},
        {u"isOnlineMeeting"_s, false},
        {u"onlineMeetingProvider"_s, u"unknown"_s},
        {u"onlineMeeting"_s, QJsonValue()},
        {u"onlineMeetingUrl"_s, QJsonValue()},
    };
    const QString provider = body.value(u"onlineMeetingProvider"_s).toString(u"teamsForBusiness"_s);
    // Teams links only for work accounts, teamsForBusiness and when the failure mode is off (docs/graph/booking.md,
    // docs/graph/general.md#personal-microsoft-accounts).
    if (body.value(u"isOnlineMeeting"_s).toBool() && provider == u"teamsForBusiness"_s && !personal
        && !m_state.onlineMeetingFailure) {
        const QJsonObject info = OnlineMeetingFactory::eventMeetingInfo(
            OnlineMeetingFactory::joinUrl(m_state.tenantId, owner->id, *QRandomGenerator::global()),
            *QRandomGenerator::global());
        event.props.insert(u"isOnlineMeeting"_s, true);
        event.props.insert(u"onlineMeetingProvider"_s, u"teamsForBusiness"_s);
        event.props.insert(u"onlineMeeting"_s, info);
        content.replace(u"</body>"_s, OnlineMeetingFactory::joinBlobHtml(info) + u"</body>"_s);
        if (!content.contains(u"Microsoft Teams meeting"_s))
            content += OnlineMeetingFactory::joinBlobHtml(info);
        event.props.insert(u"body"_s, QJsonObject{{u"contentType"_s, u"html"_s}, {u"content"_s, content}});
        if (location.value(u"displayName"_s).toString().isEmpty()) {
            location.insert(u"displayName"_s, u"Microsoft Teams Meeting"_s);
            event.props.insert(u"location"_s, location);
        }
    }
    m_state.touch(event);
    m_state.insertEvent(event);
    result.event = m_state.events.value(event.id);
    return result;
}

HttpResponse CalendarEndpoints::postEvent(GraphContext &context, const QString &mailbox, const QString &calendarId)
{
    const auto body = context.request.jsonObject();
    if (!body)
        return GraphErrorReply::invalidJson(context);
    // transactionId: a retried create returns the event the first attempt made (docs/graph/booking.md: the duplicate's
    // answer is an assumption).
    const QString transactionId = body->value(u"transactionId"_s).toString();
    if (!transactionId.isEmpty()) {
        for (const QString &id : m_state.eventOrder) {
            const auto existingFound = m_state.events.constFind(id);
            const StoredEvent &existing = existingFound.value();
            if (existing.mailbox == mailbox && existing.transactionId == transactionId)
                return HttpResponse::json(201, EventSerializer::stored(m_state, existing, context.view));
        }
    }
    const CreateResult created = createEvent(mailbox, calendarId, *body, context.personal);
    if (!created.errorCode.isEmpty())
        return GraphErrorReply::make(context, 400, created.errorCode, created.errorMessage);
    HttpResponse response = HttpResponse::json(201, EventSerializer::stored(m_state, created.event, context.view));
    response.headers.emplaceBack(
        "Location",
        (context.graphBase() + u"/users('%1')/events('%2')"_s.arg(m_state.user(mailbox)->id, created.event.id))
            .toUtf8());
    return response;
}

QString CalendarEndpoints::updateEvent(const QString &id, const QJsonObject &patch, QString *message, QString *resultId)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (!writableProperties().contains(it.key()) && !it.key().startsWith(u'@')) {
            *message = u"The property '%1' does not exist on type 'microsoft.graph.event'."_s.arg(it.key());
            return u"RequestBodyRead"_s;
        }
    }
    const auto instance = findInstance(id);
    if (!instance) {
        *message = u"The specified object was not found in the store."_s;
        return u"ErrorItemNotFound"_s;
    }
    // Changing one occurrence turns it into an exception stored under the occurrence's id.
    StoredEvent target = instance->isOccurrence ? exceptionFor(*instance) : *instance->stored;
    QString error;
    if (patch.contains(u"start"_s)) {
        QString zone;
        const QDateTime start = GraphTimeFormat::parseDateTimeTimeZone(patch.value(u"start"_s), &zone, &error);
        if (!start.isValid()) {
            *message = error;
            return u"TimeZoneNotSupportedException"_s;
        }
        const qint64 duration = target.startUtc.secsTo(target.endUtc);
        target.startUtc = start;
        target.startZone = zone;
        if (!patch.contains(u"end"_s))
            target.endUtc = start.addSecs(duration);
    }
    if (patch.contains(u"end"_s)) {
        QString zone;
        const QDateTime end = GraphTimeFormat::parseDateTimeTimeZone(patch.value(u"end"_s), &zone, &error);
        if (!end.isValid()) {
            *message = error;
            return u"TimeZoneNotSupportedException"_s;
        }
        target.endUtc = end;
        target.endZone = zone;
    }
    if (target.endUtc < target.startUtc) {
        *message = u"Your request can't be completed. The end time of the event must be after the start time."_s;
        return u"ErrorInvalidRequest"_s;
    }
    if (target.type == StoredEvent::Type::Exception && patch.contains(u"start"_s)) {
        // An occurrence may not move onto or past the day of its neighbours (ErrorOccurrenceCrossingBoundary).
        const auto masterFound = m_state.events.constFind(target.seriesMasterId);
        const StoredEvent &master = masterFound.value();
        const QTimeZone zone = RecurrenceExpander::seriesZone(master);
        const QList<QDateTime> starts = RecurrenceExpander::originalStarts(master, master.startUtc.addDays(-1),
                                                                           target.originalStartUtc.addDays(800));
        const qsizetype index = starts.indexOf(target.originalStartUtc);
        const QDate newDate = target.startUtc.toTimeZone(zone).date();
        const bool crossesPrevious = index > 0 && newDate <= starts.at(index - 1).toTimeZone(zone).date();
        const bool crossesNext
            = index >= 0 && index + 1 < starts.size() && newDate >= starts.at(index + 1).toTimeZone(zone).date();
        if (crossesPrevious || crossesNext) {
            *message = u"Your request can't be completed. An occurrence can't be moved to or beyond the day of an "
                       u"adjacent occurrence."_s;
            return u"ErrorOccurrenceCrossingBoundary"_s;
        }
    }
    // A new time or reminder setting starts the reminder afresh (a snooze no longer applies).
    if (patch.contains(u"start"_s) || patch.contains(u"isReminderOn"_s)
        || patch.contains(u"reminderMinutesBeforeStart"_s))
        target.reminderSnoozedUtc = {};
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString &key = it.key();
        if (key == u"start"_s || key == u"end"_s || key.startsWith(u'@') || key == u"transactionId"_s)
            continue;
        if (key == u"isAllDay"_s) {
            target.isAllDay = it.value().toBool();
        } else if (key == u"recurrence"_s) {
            if (target.type == StoredEvent::Type::SeriesMaster && it.value().isObject())
                target.recurrence = it.value().toObject();
        } else if (key == u"isOnlineMeeting"_s || key == u"onlineMeetingProvider"_s) {
            // Once a meeting is online it stays online; the provider cannot change (concept doc).
            if (target.props.value(u"isOnlineMeeting"_s).toBool())
                continue;
            target.props.insert(key, it.value());
        } else if (key == u"body"_s) {
            QJsonObject body = it.value().toObject();
            if (body.value(u"contentType"_s).toString().compare(u"html"_s, Qt::CaseInsensitive) != 0) {
                body = {{u"contentType"_s, u"html"_s},
                        {u"content"_s,
                         QString(u"<html><body><p>"_s + body.value(u"content"_s).toString().toHtmlEscaped()
                                 + u"</p></body></html>"_s)}};
            }
            target.props.insert(key, body);
        } else {
            target.props.insert(key, it.value());
        }
    }
    m_state.touch(target);
    const QString targetId = target.id;
    m_state.insertEvent(target);
    if (target.type == StoredEvent::Type::Exception) {
        StoredEvent *master = m_state.event(target.seriesMasterId);
        master->occurrenceReminders.remove(target.originalStartUtc);
        m_state.touch(*master);
    }
    *resultId = targetId;
    return {};
}

HttpResponse CalendarEndpoints::patchEvent(GraphContext &context, const QString &id)
{
    const auto body = context.request.jsonObject();
    if (!body)
        return GraphErrorReply::invalidJson(context);
    QString message;
    QString resultId;
    const QString code = updateEvent(id, *body, &message, &resultId);
    if (!code.isEmpty())
        return GraphErrorReply::make(context, code == u"ErrorItemNotFound"_s ? 404 : 400, code, message);
    const auto instance = findInstance(resultId);
    return HttpResponse::json(200, instanceJson(context, *instance));
}

bool CalendarEndpoints::removeEvent(const QString &id, const QString &how)
{
    const auto instance = findInstance(id);
    if (!instance)
        return false;
    if (instance->isOccurrence) {
        StoredEvent *master = m_state.event(instance->stored->id);
        master->cancelledDates << instance->originalStartUtc.toTimeZone(RecurrenceExpander::seriesZone(*master)).date();
        m_state.touch(*master);
        return true;
    }
    StoredEvent *event = m_state.event(id);
    event->removed = how;
    m_state.touch(*event);
    if (event->type == StoredEvent::Type::Exception) {
        StoredEvent *master = m_state.event(event->seriesMasterId);
        master->cancelledDates << event->originalStartUtc.toTimeZone(RecurrenceExpander::seriesZone(*master)).date();
        m_state.touch(*master);
    }
    return true;
}

HttpResponse CalendarEndpoints::deleteEvent(GraphContext &context, const QString &id)
{
    removeEvent(id, u"deleted"_s);
    Q_UNUSED(context);
    return HttpResponse::empty(204);
}

HttpResponse CalendarEndpoints::cancelEvent(GraphContext &context, const QString &id)
{
    if (!context.request.body.trimmed().isEmpty() && !context.request.jsonObject())
        return GraphErrorReply::invalidJson(context);
    const auto instance = findInstance(id);
    if (!instance->stored->props.value(u"isOrganizer"_s).toBool()) {
        return GraphErrorReply::make(
            context, 400, u"ErrorAccessDenied"_s,
            u"Your request can't be completed. You need to be an organizer to cancel a meeting."_s);
    }
    removeEvent(id, u"cancelled"_s);
    return HttpResponse::empty(202);
}

} // namespace MentorDesk::Sandbox
