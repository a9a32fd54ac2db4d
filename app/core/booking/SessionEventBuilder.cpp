#include "core/booking/SessionEventBuilder.h"

#include "core/model/GraphTime.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace MentorDesk {

QString SessionEventBuilder::bodyHtml(const QString &agenda)
{
    QString text = agenda;
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression blankLines(u"\\n[ \\t]*\\n\\s*"_s);
    QString html = u"<html><body>"_s;
    for (const QString &paragraph : text.split(blankLines, Qt::SkipEmptyParts)) {
        QString escaped = paragraph.toHtmlEscaped();
        escaped.replace(u'\n', u"<br>"_s);
        html += u"<p>"_s + escaped + u"</p>"_s;
    }
    html += u"</body></html>"_s;
    return html;
}

QJsonObject SessionEventBuilder::eventJson(const SessionDraft &draft, bool teamsMeeting)
{
    const QString zoneName = GraphTime::graphZoneName(draft.zone());
    QJsonArray attendees;
    for (const EmailAddress &mentee : draft.mentees) {
        QJsonObject address{{"address"_L1, mentee.address}};
        if (!mentee.name.isEmpty())
            address.insert("name"_L1, mentee.name);
        attendees.append(QJsonObject{{"type"_L1, u"required"_s}, {"emailAddress"_L1, address}});
    }
    QJsonObject event{
        {"subject"_L1, draft.effectiveSubject()},
        {"start"_L1, GraphTime::toJson(draft.startUtc(), zoneName)},
        {"end"_L1, GraphTime::toJson(draft.endUtc(), zoneName)},
        {"attendees"_L1, attendees},
        {"showAs"_L1, u"busy"_s},
        {"responseRequested"_L1, true},
        {"allowNewTimeProposals"_L1, true},
        {"isReminderOn"_L1, draft.reminderMinutes >= 0},
        {"transactionId"_L1, draft.transactionId},
    };
    if (draft.reminderMinutes >= 0)
        event.insert("reminderMinutesBeforeStart"_L1, draft.reminderMinutes);
    const QString body = bodyHtml(draft.agenda);
    if (!body.isEmpty())
        event.insert("body"_L1, QJsonObject{{"contentType"_L1, u"html"_s}, {"content"_L1, body}});
    if (const std::optional<Recurrence> recurrence = draft.recurrence())
        event.insert("recurrence"_L1, recurrence->toJson());
    if (teamsMeeting) {
        event.insert("isOnlineMeeting"_L1, true);
        event.insert("onlineMeetingProvider"_L1, u"teamsForBusiness"_s);
    }
    return event;
}

QJsonObject SessionEventBuilder::moveJson(const QDateTime &startUtc, const QDateTime &endUtc, const QString &zoneName)
{
    const QString zone = zoneName.isEmpty() ? u"UTC"_s : zoneName;
    return QJsonObject{{"start"_L1, GraphTime::toJson(startUtc, zone)}, {"end"_L1, GraphTime::toJson(endUtc, zone)}};
}

QString SessionEventBuilder::zoneNameFor(const Event &event)
{
    // Keep the event's own zone, so Outlook keeps showing it as the organizer set it.
    if (!event.originalStartTimeZone.isEmpty() && GraphTime::zoneForName(event.originalStartTimeZone).isValid())
        return event.originalStartTimeZone;
    return u"UTC"_s;
}

QJsonObject SessionEventBuilder::seriesMoveJson(const Event &master, const Event &dragged, const QDateTime &newStartUtc,
                                                const QDateTime &newEndUtc)
{
    const QDateTime anchor = dragged.type == Event::Type::SeriesMaster ? dragged.start
        : dragged.originalStart.isValid()                              ? dragged.originalStart
                                                                       : dragged.start;
    const qint64 shift = anchor.secsTo(newStartUtc);
    const QDateTime masterStart = master.start.addSecs(shift);
    const QDateTime masterEnd = masterStart.addSecs(newStartUtc.secsTo(newEndUtc));
    const QString zoneName = zoneNameFor(master);
    QJsonObject patch = moveJson(masterStart, masterEnd, zoneName);
    if (!master.recurrence)
        return patch;
    Recurrence recurrence = *master.recurrence;
    const QTimeZone zone = GraphTime::zoneForNameOrUtc(
        recurrence.recurrenceTimeZone.isEmpty() ? zoneName : recurrence.recurrenceTimeZone);
    const qint64 days = master.start.toTimeZone(zone).date().daysTo(masterStart.toTimeZone(zone).date());
    if (days == 0)
        return patch;
    // The pattern follows the new day: "every Monday" moved to Tuesday becomes "every Tuesday".
    if (recurrence.startDate.isValid())
        recurrence.startDate = recurrence.startDate.addDays(days);
    for (Qt::DayOfWeek &day : recurrence.daysOfWeek)
        day = Qt::DayOfWeek(((int(day) - 1 + days) % 7 + 7) % 7 + 1);
    if (recurrence.dayOfMonth > 0)
        recurrence.dayOfMonth = int(qBound(qint64(1), recurrence.dayOfMonth + days, qint64(31)));
    if (recurrence.rangeType == Recurrence::RangeType::EndDate && recurrence.endDate.isValid()
        && recurrence.endDate < recurrence.startDate)
        recurrence.endDate = recurrence.startDate;
    patch.insert("recurrence"_L1, recurrence.toJson());
    return patch;
}

} // namespace MentorDesk
