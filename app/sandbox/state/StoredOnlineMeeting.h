#pragma once

#include <QJsonObject>
#include <QString>

namespace MentorDesk::Sandbox {

// A standalone Teams meeting (POST /me/onlineMeetings); never on a calendar.
struct StoredOnlineMeeting
{
    QString ownerUpn;
    QString externalId; // createOrGet's idempotency key (empty for plain creates)
    QJsonObject resource; // the Graph onlineMeeting as returned
};

} // namespace MentorDesk::Sandbox
