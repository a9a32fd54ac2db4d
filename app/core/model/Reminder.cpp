#include "core/model/Reminder.h"

#include "core/model/GraphTime.h"
#include "core/model/WebLink.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

Reminder Reminder::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    Reminder reminder;
    reminder.eventId = object.value("eventId"_L1).toString();
    reminder.changeKey = object.value("changeKey"_L1).toString();
    reminder.eventSubject = object.value("eventSubject"_L1).toString();
    reminder.eventLocation = Location::fromJson(object.value("eventLocation"_L1));
    reminder.eventWebLink = webLinkFromJson(object.value("eventWebLink"_L1));
    reminder.eventStart = GraphTime::fromJson(object.value("eventStartTime"_L1));
    reminder.eventEnd = GraphTime::fromJson(object.value("eventEndTime"_L1));
    if (reminder.eventStart.isValid() && (!reminder.eventEnd.isValid() || reminder.eventEnd < reminder.eventStart))
        reminder.eventEnd = reminder.eventStart;
    reminder.reminderFireTime = GraphTime::fromJson(object.value("reminderFireTime"_L1));
    return reminder;
}

QJsonObject Reminder::toJson() const
{
    QJsonObject object{{"eventId"_L1, eventId}, {"eventSubject"_L1, eventSubject}};
    if (!changeKey.isEmpty())
        object.insert("changeKey"_L1, changeKey);
    if (eventLocation != Location())
        object.insert("eventLocation"_L1, eventLocation.toJson());
    if (!eventWebLink.isEmpty())
        object.insert("eventWebLink"_L1, eventWebLink.toString(QUrl::FullyEncoded));
    const auto time = [&](QLatin1StringView key, const QDateTime &instant) {
        if (instant.isValid())
            object.insert(key, GraphTime::toJson(instant));
    };
    time("eventStartTime"_L1, eventStart);
    time("eventEndTime"_L1, eventEnd);
    time("reminderFireTime"_L1, reminderFireTime);
    return object;
}

} // namespace MentorDesk
