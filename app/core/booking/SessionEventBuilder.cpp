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

} // namespace MentorDesk
