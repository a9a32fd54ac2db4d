#include "core/graph/writes/EventActionPath.h"

#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk::EventActionPath {

QString build(const QString &eventId, QStringView action)
{
    return u"/me/events/"_s + GraphRequest::encodeSegment(eventId) + u'/' + action;
}

bool parse(const QString &path, QString *eventId, QString *action)
{
    const QStringList parts = path.split(u'/');
    // "", "me", "events", id, action
    if (parts.size() != 5 || !parts.at(0).isEmpty() || parts.at(1) != "me"_L1 || parts.at(2) != "events"_L1)
        return false;
    const QString id = QUrl::fromPercentEncoding(parts.at(3).toUtf8());
    if (id.isEmpty() || parts.at(4).isEmpty())
        return false;
    if (eventId)
        *eventId = id;
    if (action)
        *action = parts.at(4);
    return true;
}

} // namespace MentorDesk::EventActionPath
