#pragma once

#include "core/graph/GraphRequest.h"

#include <QString>
#include <QStringView>

namespace MentorDesk::EventActionPath {

// "/me/events/{id}/{action}": the path of an action on one of the signed-in user's events (dismissReminder, accept,
// …), the id percent-encoded.
QString build(const QString &eventId, QStringView action);
// The event id (decoded) and the action of such a path; false when the path has another shape.
bool parse(const QString &path, QString *eventId, QString *action);

} // namespace MentorDesk::EventActionPath
