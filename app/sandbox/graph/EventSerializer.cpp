#include "sandbox/graph/EventSerializer.h"

#include "sandbox/graph/GraphTimeFormat.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QJsonObject EventSerializer::dateTimeTimeZone(const QDateTime &utc, const EventView &view, bool allDay,
                                              const QString &storedZone)
{
    if (allDay) {
        // All-day items float: midnight of their date in whatever zone the caller asked for.
        QTimeZone zone = GraphTimeFormat::zone(storedZone);
        if (!zone.isValid())
            zone = QTimeZone::utc();
        const QDate date = utc.toTimeZone(zone).date();
        return {{u"dateTime"_s, QString(date.toString(Qt::ISODate) + u"T00:00:00.0000000"_s)},
                {u"timeZone"_s, view.zoneName}};
    }
    return {{u"dateTime"_s, GraphTimeFormat::formatLocal(utc, view.zone)}, {u"timeZone"_s, view.zoneName}};
}

namespace {

// An attendee's proposedNewTime is kept in UTC and shown in the caller's zone, as start and end are.
QJsonArray attendeesInView(const QJsonArray &attendees, const EventView &view)
{
    QJsonArray result;
    for (const auto &value : attendees) {
        QJsonObject attendee = value.toObject();
        const QJsonObject proposed = attendee.value(u"proposedNewTime"_s).toObject();
        if (!proposed.isEmpty()) {
            const QDateTime start
                = GraphTimeFormat::parseDateTimeTimeZone(proposed.value(u"start"_s), nullptr, nullptr);
            const QDateTime end = GraphTimeFormat::parseDateTimeTimeZone(proposed.value(u"end"_s), nullptr, nullptr);
            attendee.insert(u"proposedNewTime"_s,
                            QJsonObject{{u"start"_s, EventSerializer::dateTimeTimeZone(start, view)},
                                        {u"end"_s, EventSerializer::dateTimeTimeZone(end, view)}});
        }
        result.append(attendee);
    }
    return result;
}

QJsonObject baseObject(const SandboxState &state, const StoredEvent &event, const EventView &view)
{
    QJsonObject object = event.props;
    QJsonObject body = object.value(u"body"_s).toObject();
    const QString html = body.value(u"content"_s).toString();
    const bool isHtml = body.value(u"contentType"_s).toString().compare(u"html"_s, Qt::CaseInsensitive) == 0;
    const QString text = isHtml ? EventSerializer::htmlToText(html) : html;
    if (view.textBody)
        body = {{u"contentType"_s, u"text"_s}, {u"content"_s, text}};
    else
        body = {{u"contentType"_s, isHtml ? u"html"_s : u"text"_s}, {u"content"_s, html}};
    object.insert(u"body"_s, body);
    object.insert(u"bodyPreview"_s, text.simplified().left(255));
    object.insert(u"@odata.etag"_s, u"W/\"%1\""_s.arg(event.changeKey));
    object.insert(u"id"_s, event.id);
    object.insert(u"createdDateTime"_s, GraphTimeFormat::formatTimestamp(event.createdUtc));
    object.insert(u"lastModifiedDateTime"_s, GraphTimeFormat::formatTimestamp(event.lastModifiedUtc));
    object.insert(u"changeKey"_s, event.changeKey);
    object.insert(u"iCalUId"_s, event.iCalUId);
    object.insert(u"originalStartTimeZone"_s, event.startZone);
    object.insert(u"originalEndTimeZone"_s, event.endZone);
    object.insert(u"isAllDay"_s, event.isAllDay);
    object.insert(u"isCancelled"_s, event.isCancelled);
    object.insert(u"type"_s, StoredEvent::typeName(event.type));
    object.insert(u"seriesMasterId"_s,
                  event.seriesMasterId.isEmpty() ? QJsonValue() : QJsonValue(event.seriesMasterId));
    object.insert(u"recurrence"_s,
                  event.type == StoredEvent::Type::SeriesMaster ? QJsonValue(event.recurrence) : QJsonValue());
    object.insert(u"webLink"_s, EventSerializer::webLink(event.id));
    object.insert(u"start"_s, EventSerializer::dateTimeTimeZone(event.startUtc, view, event.isAllDay, event.startZone));
    object.insert(u"end"_s, EventSerializer::dateTimeTimeZone(event.endUtc, view, event.isAllDay, event.endZone));
    object.insert(u"attendees"_s, attendeesInView(object.value(u"attendees"_s).toArray(), view));
    if (!event.transactionId.isEmpty())
        object.insert(u"transactionId"_s, event.transactionId);
    else
        object.remove(u"transactionId"_s);
    if (event.type == StoredEvent::Type::SeriesMaster) {
        QJsonArray cancelled;
        for (const QDate &date : event.cancelledDates)
            cancelled.append(u"OID.%1.%2"_s.arg(event.id, date.toString(Qt::ISODate)));
        object.insert(u"cancelledOccurrences"_s, cancelled);
    }
    if (event.type == StoredEvent::Type::Exception)
        object.insert(u"originalStart"_s, GraphTimeFormat::formatOffset(event.originalStartUtc));
    Q_UNUSED(state);
    return object;
}

} // namespace

QJsonObject EventSerializer::stored(const SandboxState &state, const StoredEvent &event, const EventView &view)
{
    return baseObject(state, event, view);
}

QJsonObject EventSerializer::instance(const SandboxState &state, const EventInstance &instance, const EventView &view)
{
    if (!instance.isOccurrence)
        return baseObject(state, *instance.stored, view);
    const StoredEvent &master = *instance.stored;
    QJsonObject object = baseObject(state, master, view);
    object.insert(u"id"_s, instance.id);
    object.insert(u"type"_s, u"occurrence"_s);
    object.insert(u"seriesMasterId"_s, master.id);
    object.insert(u"recurrence"_s, QJsonValue());
    object.remove(u"cancelledOccurrences"_s);
    object.insert(u"originalStart"_s, GraphTimeFormat::formatOffset(instance.originalStartUtc));
    object.insert(u"start"_s, dateTimeTimeZone(instance.startUtc, view, master.isAllDay, master.startZone));
    object.insert(u"end"_s, dateTimeTimeZone(instance.endUtc, view, master.isAllDay, master.endZone));
    object.insert(u"webLink"_s, webLink(instance.id));
    return object;
}

QString EventSerializer::htmlToText(const QString &html)
{
    static const QRegularExpression scripts(u"<(script|style)[^>]*>.*?</\\1>"_s,
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(u"<(br|/p|/div|/li|/tr)[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.remove(scripts);
    text.replace(breaks, u"\n"_s);
    text.remove(tags);
    text.replace(u"&nbsp;"_s, u" "_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << line.trimmed();
    return lines.join(u"\r\n"_s).trimmed();
}

QJsonObject EventSerializer::select(const QJsonObject &object, const QStringList &fields)
{
    if (fields.isEmpty())
        return object;
    QJsonObject selected;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"id"_s || it.key() == u"@odata.etag"_s || it.key() == u"@odata.type"_s
            || it.key() == u"@removed"_s)
            selected.insert(it.key(), it.value());
        else if (fields.contains(it.key(), Qt::CaseInsensitive))
            selected.insert(it.key(), it.value());
    }
    return selected;
}

QString EventSerializer::webLink(const QString &id)
{
    return u"https://outlook.office365.com/owa/?itemid=%1&exvsurl=1&path=/calendar/item"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

} // namespace MentorDesk::Sandbox
