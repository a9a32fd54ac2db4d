#include "sandbox/state/StoredEvent.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QString StoredEvent::typeName(Type type)
{
    switch (type) {
    case Type::SingleInstance:
        return u"singleInstance"_s;
    case Type::SeriesMaster:
        return u"seriesMaster"_s;
    case Type::Exception:
        return u"exception"_s;
    }
    return {};
}

QJsonObject StoredEvent::toStorage() const
{
    QJsonArray cancelled;
    for (const QDate &date : cancelledDates)
        cancelled.append(date.toString(Qt::ISODate));
    QJsonArray reminders;
    for (auto it = occurrenceReminders.begin(); it != occurrenceReminders.end(); ++it) {
        reminders.append(QJsonObject{{u"originalStart"_s, it.key().toString(Qt::ISODateWithMs)},
                                     {u"dismissed"_s, it->dismissed},
                                     {u"snoozedUtc"_s, it->snoozedUtc.toString(Qt::ISODateWithMs)}});
    }
    return QJsonObject{
        {u"id"_s, id},
        {u"mailbox"_s, mailbox},
        {u"calendarId"_s, calendarId},
        {u"type"_s, typeName(type)},
        {u"startUtc"_s, startUtc.toString(Qt::ISODateWithMs)},
        {u"endUtc"_s, endUtc.toString(Qt::ISODateWithMs)},
        {u"startZone"_s, startZone},
        {u"endZone"_s, endZone},
        {u"isAllDay"_s, isAllDay},
        {u"recurrence"_s, recurrence},
        {u"cancelledDates"_s, cancelled},
        {u"seriesMasterId"_s, seriesMasterId},
        {u"originalStartUtc"_s, originalStartUtc.toString(Qt::ISODateWithMs)},
        {u"isCancelled"_s, isCancelled},
        {u"removed"_s, removed},
        {u"changeSeq"_s, changeSeq},
        {u"createdUtc"_s, createdUtc.toString(Qt::ISODateWithMs)},
        {u"lastModifiedUtc"_s, lastModifiedUtc.toString(Qt::ISODateWithMs)},
        {u"changeKey"_s, changeKey},
        {u"iCalUId"_s, iCalUId},
        {u"transactionId"_s, transactionId},
        {u"props"_s, props},
        {u"reminderSnoozedUtc"_s, reminderSnoozedUtc.toString(Qt::ISODateWithMs)},
        {u"occurrenceReminders"_s, reminders},
    };
}

StoredEvent StoredEvent::fromStorage(const QJsonObject &object)
{
    const auto time = [&](const QString &key) {
        return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs).toUTC();
    };
    StoredEvent event;
    event.id = object.value(u"id"_s).toString();
    event.mailbox = object.value(u"mailbox"_s).toString();
    event.calendarId = object.value(u"calendarId"_s).toString();
    const QString type = object.value(u"type"_s).toString();
    event.type = type == u"seriesMaster"_s ? Type::SeriesMaster
        : type == u"exception"_s           ? Type::Exception
                                           : Type::SingleInstance;
    event.startUtc = time(u"startUtc"_s);
    event.endUtc = time(u"endUtc"_s);
    event.startZone = object.value(u"startZone"_s).toString();
    event.endZone = object.value(u"endZone"_s).toString();
    event.isAllDay = object.value(u"isAllDay"_s).toBool();
    event.recurrence = object.value(u"recurrence"_s).toObject();
    for (const auto &date : object.value(u"cancelledDates"_s).toArray())
        event.cancelledDates << QDate::fromString(date.toString(), Qt::ISODate);
    event.seriesMasterId = object.value(u"seriesMasterId"_s).toString();
    event.originalStartUtc = time(u"originalStartUtc"_s);
    event.isCancelled = object.value(u"isCancelled"_s).toBool();
    event.removed = object.value(u"removed"_s).toString();
    event.changeSeq = object.value(u"changeSeq"_s).toInteger();
    event.createdUtc = time(u"createdUtc"_s);
    event.lastModifiedUtc = time(u"lastModifiedUtc"_s);
    event.changeKey = object.value(u"changeKey"_s).toString();
    event.iCalUId = object.value(u"iCalUId"_s).toString();
    event.transactionId = object.value(u"transactionId"_s).toString();
    event.props = object.value(u"props"_s).toObject();
    event.reminderSnoozedUtc = time(u"reminderSnoozedUtc"_s);
    for (const auto &value : object.value(u"occurrenceReminders"_s).toArray()) {
        const QJsonObject reminder = value.toObject();
        const QDateTime start
            = QDateTime::fromString(reminder.value(u"originalStart"_s).toString(), Qt::ISODateWithMs).toUTC();
        if (start.isValid()) {
            event.occurrenceReminders.insert(
                start,
                {reminder.value(u"dismissed"_s).toBool(),
                 QDateTime::fromString(reminder.value(u"snoozedUtc"_s).toString(), Qt::ISODateWithMs).toUTC()});
        }
    }
    return event;
}

} // namespace MentorDesk::Sandbox
