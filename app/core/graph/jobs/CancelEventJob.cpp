#include "core/graph/jobs/CancelEventJob.h"

#include "core/graph/GraphResponse.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

CancelEventJob::CancelEventJob(GraphClient *client, const QString &eventId, const QString &comment, QObject *parent)
    : GraphJob(client, parent)
    , m_id(eventId)
    , m_comment(comment)
{ }

GraphRequest CancelEventJob::request(const QString &eventId, const QString &comment)
{
    QJsonObject body;
    if (!comment.isEmpty())
        body.insert("Comment"_L1, comment); // Graph's parameter name is capitalised
    return GraphRequest::post(u"/me/events/"_s + GraphRequest::encodeSegment(eventId) + u"/cancel"_s, body);
}

GraphRequest CancelEventJob::buildRequest() const
{
    return request(m_id, m_comment);
}

bool CancelEventJob::parseResponse(const GraphResponse &)
{
    return true; // 202 without a body
}

} // namespace MentorDesk
