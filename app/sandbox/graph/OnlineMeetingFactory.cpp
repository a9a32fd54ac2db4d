#include "sandbox/graph/OnlineMeetingFactory.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QString OnlineMeetingFactory::digits(int count, QRandomGenerator &random)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + random.bounded(i == 0 ? 1 : 0, 10));
    return out;
}

QString OnlineMeetingFactory::joinUrl(const QString &tenantId, const QString &organizerId, QRandomGenerator &random)
{
    QString thread;
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int i = 0; i < 48; ++i)
        thread += QLatin1Char(alphabet[random.bounded(int(sizeof(alphabet) - 1))]);
    const QString context = u"{\"Tid\":\"%1\",\"Oid\":\"%2\"}"_s.arg(tenantId, organizerId);
    return u"https://teams.microsoft.com/l/meetup-join/19%3ameeting_"_s + thread + u"%40thread.v2/0?context="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(context)).toLower();
}

QJsonObject OnlineMeetingFactory::eventMeetingInfo(const QString &joinUrl, QRandomGenerator &random)
{
    return {
        {u"joinUrl"_s, joinUrl},
        {u"conferenceId"_s, digits(9, random)},
        {u"tollNumber"_s, QString(u"+1 323-555-0"_s + digits(3, random))},
        {u"tollFreeNumbers"_s, QJsonArray{}},
        {u"quickDial"_s, QJsonValue()},
        {u"phones"_s, QJsonArray{}},
    };
}

QString OnlineMeetingFactory::joinBlobHtml(const QJsonObject &meetingInfo)
{
    const QString url = meetingInfo.value(u"joinUrl"_s).toString().toHtmlEscaped();
    return u"<div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F\">"
           u"________________________________________________________________________________</span></div>"
           u"<div style=\"margin-bottom:24px\"><span style=\"font-size:24px;color:#252424\">Microsoft Teams "
           u"meeting</span>"
           u"</div><div style=\"margin-bottom:20px\"><div style=\"margin-bottom:4px\"><span style=\"font-size:14px\">"
           u"Join on your computer, mobile app or room device</span></div><a class=\"me-email-headline\" href=\""_s
        + url
        + u"\" target=\"_blank\" rel=\"noreferrer noopener\">Click here to join the meeting</a></div>"
          u"<div style=\"margin-bottom:20px\"><span>Meeting ID: "_s
        + meetingInfo.value(u"conferenceId"_s).toString() + u"</span></div>"_s;
}

} // namespace MentorDesk::Sandbox
