#include "core/graph/jobs/GetPhotoJob.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

GetPhotoJob::GetPhotoJob(GraphClient *client, const QString &size, QObject *parent)
    : GraphJob(client, parent)
    , m_size(size)
{ }

GraphRequest GetPhotoJob::buildRequest() const
{
    GraphRequest request = GraphRequest::get(
        m_size.isEmpty() ? u"/me/photo/$value"_s : u"/me/photos/%1/$value"_s.arg(GraphRequest::encodeSegment(m_size)));
    request.setHeader("Accept", "image/*");
    return request;
}

bool GetPhotoJob::parseResponse(const GraphResponse &response)
{
    // An image, or nothing at all; JSON or HTML here would be a server-side mix-up, not a photo.
    const QString type = response.contentType();
    if (!response.body.isEmpty() && !type.startsWith("image/"_L1))
        return false;
    m_photo = response.body;
    m_contentType = type;
    return true;
}

bool GetPhotoJob::acceptErrorResponse(const GraphResponse &response)
{
    if (response.httpStatus != 404)
        return false;
    m_photo.clear();
    m_contentType.clear();
    return true;
}

} // namespace MentorDesk
