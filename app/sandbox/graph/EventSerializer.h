#pragma once

#include "sandbox/graph/RecurrenceExpander.h"

#include <QTimeZone>

namespace MentorDesk::Sandbox {

// How a response wants events: Prefer: outlook.timezone and outlook.body-content-type.
struct EventView
{
    QTimeZone zone = QTimeZone::utc();
    QString zoneName = QStringLiteral("UTC");
    bool textBody = false;
};

// Writes stored events and expanded instances in Graph v1.0's event shape.
class EventSerializer
{
public:
    static QJsonObject instance(const SandboxState &state, const EventInstance &instance, const EventView &view);
    static QJsonObject stored(const SandboxState &state, const StoredEvent &event, const EventView &view);
    static QString htmlToText(const QString &html);
    // $select: keeps the listed properties plus id and @odata.etag, as Graph does.
    static QJsonObject select(const QJsonObject &object, const QStringList &fields);
    static QString webLink(const QString &id);
    // A dateTimeTimeZone in the view's zone; all-day values are midnight of their date in the zone they were made in.
    static QJsonObject dateTimeTimeZone(const QDateTime &utc, const EventView &view, bool allDay = false,
                                        const QString &storedZone = QStringLiteral("UTC"));
};

} // namespace MentorDesk::Sandbox
