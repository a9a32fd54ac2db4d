#include "core/model/OnlineMeeting.h"

#include "core/model/GraphTime.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
// The link ends up behind "Copy" and "Open" buttons: only https (http on loopback for the demo tenant).
QUrl meetingUrl(const QJsonValue &value)
{
    const QUrl url(value.toString().trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    return scheme == "https"_L1 || scheme == "http"_L1 ? url : QUrl();
}
} // namespace

OnlineMeeting OnlineMeeting::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    OnlineMeeting meeting;
    meeting.id = object.value("id"_L1).toString();
    meeting.externalId = object.value("externalId"_L1).toString();
    meeting.subject = object.value("subject"_L1).toString();
    meeting.joinWebUrl = meetingUrl(object.value("joinWebUrl"_L1));
    if (meeting.joinWebUrl.isEmpty())
        meeting.joinWebUrl = meetingUrl(object.value("joinUrl"_L1)); // older name, still sent
    const QJsonObject settings = object.value("joinMeetingIdSettings"_L1).toObject();
    meeting.joinMeetingId = settings.value("joinMeetingId"_L1).toString();
    meeting.passcode = settings.value("passcode"_L1).toString();
    meeting.isPasscodeRequired = settings.value("isPasscodeRequired"_L1).toBool();
    meeting.start = GraphTime::parseInstant(object.value("startDateTime"_L1));
    meeting.end = GraphTime::parseInstant(object.value("endDateTime"_L1));
    meeting.created = GraphTime::parseInstant(object.value("creationDateTime"_L1));
    return meeting;
}

QJsonObject OnlineMeeting::toJson() const
{
    QJsonObject object{{"id"_L1, id},
                       {"subject"_L1, subject},
                       {"joinWebUrl"_L1, joinWebUrl.toString(QUrl::FullyEncoded)},
                       {"joinMeetingIdSettings"_L1,
                        QJsonObject{{"joinMeetingId"_L1, joinMeetingId},
                                    {"passcode"_L1, passcode},
                                    {"isPasscodeRequired"_L1, isPasscodeRequired}}}};
    if (!externalId.isEmpty())
        object.insert("externalId"_L1, externalId);
    if (start.isValid())
        object.insert("startDateTime"_L1, GraphTime::formatInstant(start));
    if (end.isValid())
        object.insert("endDateTime"_L1, GraphTime::formatInstant(end));
    if (created.isValid())
        object.insert("creationDateTime"_L1, GraphTime::formatInstant(created));
    return object;
}

} // namespace MentorDesk
