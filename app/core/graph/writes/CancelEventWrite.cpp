#include "core/graph/writes/CancelEventWrite.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphRequest CancelEventWrite::request(const QString &eventId, const QString &comment)
{
    QJsonObject body;
    if (!comment.isEmpty())
        body.insert("Comment"_L1, comment); // Graph's parameter name is capitalised
    return GraphRequest::post(u"/me/events/"_s + GraphRequest::encodeSegment(eventId) + u"/cancel"_s, body);
}

} // namespace MentorDesk
