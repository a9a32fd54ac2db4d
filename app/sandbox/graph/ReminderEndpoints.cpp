#include "sandbox/graph/ReminderEndpoints.h"

#include "sandbox/graph/CalendarEndpoints.h"
#include "sandbox/graph/GraphErrorReply.h"
#include "sandbox/graph/GraphTimeFormat.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

// What Microsoft documents, in short:
// - reminderView (https://learn.microsoft.com/graph/api/user-reminderview) is an OData function: its two parameters
//   go in the path, reminderView(startDateTime='2017-06-05T10:00:00.0000000',endDateTime='…'). It answers 200 with
//   value[] of reminder objects (https://learn.microsoft.com/graph/api/resources/reminder): eventId, changeKey,
//   eventSubject, eventWebLink, eventLocation and the dateTimeTimeZone values eventStartTime, eventEndTime and
//   reminderFireTime, in UTC unless Prefer: outlook.timezone names a zone. The page does not say which items the
//   window selects; Exchange's GetReminders, which the function reads, returns the reminders that fire between the
//   two times (https://learn.microsoft.com/exchange/client-developer/web-service-reference/getreminders-operation), so
//   the window selects by reminderFireTime here: a snoozed reminder fires at its new time, a dismissed one not at all,
//   and each occurrence of a series has its own. A value without an offset is UTC, as in calendarView.
// - dismissReminder (https://learn.microsoft.com/graph/api/event-dismissreminder) takes no body; snoozeReminder
//   (https://learn.microsoft.com/graph/api/event-snoozereminder) takes {"newReminderTime": dateTimeTimeZone}. Both
//   answer 200 OK with no body, and need Calendars.ReadWrite. An occurrence's id acts on that occurrence alone.

namespace {

constexpr int kDefaultReminderMinutes = 15;

bool sameName(const QString &a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

ReminderEndpoints::ReminderEndpoints(SandboxState &state, CalendarEndpoints &calendar)
    : m_state(state)
    , m_calendar(calendar)
{ }

bool ReminderEndpoints::isReminderView(const QString &segment)
{
    return segment.compare(u"reminderView"_s, Qt::CaseInsensitive) == 0
        || segment.startsWith(u"reminderView("_s, Qt::CaseInsensitive);
}

QDateTime ReminderEndpoints::fireTime(const EventInstance &instance) const
{
    const StoredEvent &stored = *instance.stored;
    if (!stored.removed.isEmpty() || stored.isCancelled || !stored.props.value(u"isReminderOn"_s).toBool(true))
        return {};
    const qint64 lead = qint64(stored.props.value(u"reminderMinutesBeforeStart"_s).toInt(kDefaultReminderMinutes)) * 60;
    if (instance.isOccurrence) {
        const StoredEvent::OccurrenceReminder reminder = stored.occurrenceReminders.value(instance.originalStartUtc);
        if (reminder.dismissed)
            return {};
        return reminder.snoozedUtc.isValid() ? reminder.snoozedUtc : instance.startUtc.addSecs(-lead);
    }
    return stored.reminderSnoozedUtc.isValid() ? stored.reminderSnoozedUtc : instance.startUtc.addSecs(-lead);
}

HttpResponse ReminderEndpoints::view(GraphContext &context, const QString &mailbox, const QString &segment) const
{
    static const QRegularExpression call(uR"(^reminderView\((.*)\)$)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = call.match(segment);
    if (!match.hasMatch()) {
        return GraphErrorReply::make(context, 400, u"BadRequest"_s,
                                     u"Resource not found for the segment 'reminderView'."_s);
    }
    QString startText;
    QString endText;
    bool hasStart = false;
    bool hasEnd = false;
    for (const QString &parameter : match.captured(1).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = parameter.indexOf(u'=');
        const QString name = parameter.left(equals).trimmed();
        QString value = equals < 0 ? QString() : parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        if (sameName(name, "startDateTime"_L1)) {
            startText = value;
            hasStart = true;
        } else if (sameName(name, "endDateTime"_L1)) {
            endText = value;
            hasEnd = true;
        } else {
            return GraphErrorReply::make(
                context, 400, u"BadRequest"_s,
                u"The parameter '%1' is not a parameter of the function 'microsoft.graph.reminderView'."_s.arg(name));
        }
    }
    if (!hasStart || !hasEnd) {
        return GraphErrorReply::make(context, 400, u"BadRequest"_s,
                                     u"The function 'microsoft.graph.reminderView' requires the parameters "
                                     u"startDateTime and endDateTime."_s);
    }
    const QDateTime from = GraphTimeFormat::parseQueryValue(startText);
    const QDateTime to = GraphTimeFormat::parseQueryValue(endText);
    if (!from.isValid() || !to.isValid()) {
        return GraphErrorReply::make(context, 400, u"ErrorInvalidParameter"_s,
                                     u"The parameter 'startDateTime' or 'endDateTime' has an invalid value."_s);
    }

    struct Due
    {
        QDateTime fire;
        EventInstance instance;
    };
    QList<Due> due;
    QSet<QString> seen;
    const auto consider = [&](const EventInstance &instance) {
        const QDateTime fire = fireTime(instance);
        if (fire.isValid() && fire >= from && fire < to && !seen.contains(instance.id)) {
            seen.insert(instance.id);
            due.append({fire, instance});
        }
    };
    for (const QString &id : m_state.eventOrder) {
        const StoredEvent &stored = *m_state.events.constFind(id);
        if (stored.mailbox != mailbox || !stored.removed.isEmpty() || stored.type == StoredEvent::Type::Exception)
            continue;
        if (stored.type == StoredEvent::Type::SingleInstance) {
            consider({&stored, false, stored.id, stored.startUtc, stored.endUtc, {}});
            continue;
        }
        // A series: its exceptions as items of their own, then the occurrences whose reminder may fire in the window,
        // then occurrences snoozed into it from elsewhere.
        for (const QString &candidateId : m_state.eventOrder) {
            const StoredEvent &candidate = *m_state.events.constFind(candidateId);
            if (candidate.type == StoredEvent::Type::Exception && candidate.seriesMasterId == stored.id
                && candidate.removed.isEmpty())
                consider({&candidate, false, candidate.id, candidate.startUtc, candidate.endUtc,
                          candidate.originalStartUtc});
        }
        const qint64 lead
            = qint64(stored.props.value(u"reminderMinutesBeforeStart"_s).toInt(kDefaultReminderMinutes)) * 60;
        for (const EventInstance &instance :
             RecurrenceExpander::instancesOf(m_state, stored, from.addSecs(lead), to.addSecs(lead))) {
            if (instance.isOccurrence)
                consider(instance);
        }
        for (auto it = stored.occurrenceReminders.begin(); it != stored.occurrenceReminders.end(); ++it) {
            if (!it->snoozedUtc.isValid() || it->snoozedUtc < from || it->snoozedUtc >= to)
                continue;
            const auto instance = m_calendar.findInstance(RecurrenceExpander::occurrenceId(stored.id, it.key()));
            if (instance && instance->isOccurrence)
                consider(*instance);
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const Due &a, const Due &b) {
        if (a.fire != b.fire)
            return a.fire < b.fire;
        return a.instance.startUtc != b.instance.startUtc ? a.instance.startUtc < b.instance.startUtc
                                                          : a.instance.id < b.instance.id;
    });

    QJsonArray value;
    for (const Due &item : std::as_const(due)) {
        const StoredEvent &stored = *item.instance.stored;
        value.append(QJsonObject{
            {u"eventId"_s, item.instance.id},
            {u"changeKey"_s, stored.changeKey},
            {u"eventSubject"_s, stored.props.value(u"subject"_s).toString()},
            {u"eventWebLink"_s, EventSerializer::webLink(item.instance.id)},
            {u"eventStartTime"_s,
             EventSerializer::dateTimeTimeZone(item.instance.startUtc, context.view, stored.isAllDay,
                                               stored.startZone)},
            {u"eventEndTime"_s,
             EventSerializer::dateTimeTimeZone(item.instance.endUtc, context.view, stored.isAllDay, stored.endZone)},
            {u"eventLocation"_s, stored.props.value(u"location"_s).toObject()},
            {u"reminderFireTime"_s, EventSerializer::dateTimeTimeZone(item.fire, context.view)},
        });
    }
    return HttpResponse::json(
        200,
        QJsonObject{
            {u"@odata.context"_s, QString(context.graphBase() + u"/$metadata#Collection(microsoft.graph.reminder)"_s)},
            {u"value"_s, value}});
}

std::optional<EventInstance> ReminderEndpoints::target(const QString &id) const
{
    const auto instance = m_calendar.findInstance(id);
    if (!instance || instance->stored->type != StoredEvent::Type::SeriesMaster || instance->isOccurrence)
        return instance;
    // Outlook keeps one reminder per series, the one of its next occurrence: that is what the master's id reaches.
    const QDateTime now = m_state.clock.nowUtc();
    QList<EventInstance> upcoming = RecurrenceExpander::instancesOf(m_state, *instance->stored, now, now.addDays(400));
    if (upcoming.isEmpty())
        return std::nullopt;
    return *std::min_element(upcoming.begin(), upcoming.end(),
                             [](const EventInstance &a, const EventInstance &b) { return a.startUtc < b.startUtc; });
}

HttpResponse ReminderEndpoints::dismiss(GraphContext &context, const QString &id)
{
    Q_UNUSED(context);
    const auto instance = target(id);
    if (!instance)
        return HttpResponse::empty(200); // a series with nothing left to remind of
    StoredEvent *stored = m_state.event(instance->stored->id);
    if (instance->isOccurrence) {
        StoredEvent::OccurrenceReminder &reminder = stored->occurrenceReminders[instance->originalStartUtc];
        reminder.dismissed = true;
        reminder.snoozedUtc = {};
    } else {
        // Dismissing turns the item's reminder off (isReminderOn false), as Outlook does.
        stored->props.insert(u"isReminderOn"_s, false);
        stored->reminderSnoozedUtc = {};
    }
    m_state.touch(*stored);
    return HttpResponse::empty(200);
}

HttpResponse ReminderEndpoints::snooze(GraphContext &context, const QString &id)
{
    const auto body = context.request.jsonObject();
    if (!body)
        return GraphErrorReply::invalidJson(context);
    QJsonValue newTime;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (sameName(it.key(), "newReminderTime"_L1)) {
            newTime = it.value();
        } else if (!it.key().startsWith(u'@')) {
            return GraphErrorReply::make(context, 400, u"RequestBodyRead"_s,
                                         u"The parameter '%1' in the request payload is not a valid parameter for the "
                                         u"operation 'snoozeReminder'."_s.arg(it.key()));
        }
    }
    if (newTime.isUndefined() || newTime.isNull()) {
        // The page names no error for a missing time; the sandbox answers as for other missing parameters.
        return GraphErrorReply::make(context, 400, u"ErrorInvalidRequest"_s,
                                     u"Your request can't be completed. newReminderTime is required."_s);
    }
    QString error;
    const QDateTime when = GraphTimeFormat::parseDateTimeTimeZone(newTime, nullptr, &error);
    if (!when.isValid()) {
        return GraphErrorReply::make(
            context, 400,
            error.startsWith(u"A valid TimeZone"_s) ? u"TimeZoneNotSupportedException"_s : u"BadRequest"_s, error);
    }
    const auto instance = target(id);
    if (!instance)
        return HttpResponse::empty(200);
    StoredEvent *stored = m_state.event(instance->stored->id);
    if (instance->isOccurrence) {
        StoredEvent::OccurrenceReminder &reminder = stored->occurrenceReminders[instance->originalStartUtc];
        reminder.dismissed = false;
        reminder.snoozedUtc = when;
    } else {
        stored->props.insert(u"isReminderOn"_s, true);
        stored->reminderSnoozedUtc = when;
    }
    m_state.touch(*stored);
    return HttpResponse::empty(200);
}

} // namespace MentorDesk::Sandbox
