#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace MentorDesk::Sandbox {

// Teams join details shaped like the real ones (URLs, conference ids, the join blob appended to an event body).
class OnlineMeetingFactory
{
public:
    static QString joinUrl(const QString &tenantId, const QString &organizerId, QRandomGenerator &random);
    // onlineMeeting of an event: joinUrl, conferenceId, tollNumber, tollFreeNumbers, quickDial, phones.
    static QJsonObject eventMeetingInfo(const QString &joinUrl, QRandomGenerator &random);
    static QString joinBlobHtml(const QJsonObject &meetingInfo);
    static QString digits(int count, QRandomGenerator &random);
};

} // namespace MentorDesk::Sandbox
