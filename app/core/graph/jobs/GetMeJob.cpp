#include "core/graph/jobs/GetMeJob.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

GetMeJob::GetMeJob(GraphClient *client, QObject *parent)
    : GraphJob(client, parent)
{ }

GraphRequest GetMeJob::buildRequest() const
{
    return GraphRequest::get(u"/me"_s);
}

bool GetMeJob::parseResponse(const GraphResponse &response)
{
    if (!response.json.isObject())
        return false;
    m_profile = UserProfile::fromJson(response.json.object());
    return m_profile.isValid(); // a profile without an id is not a user
}

} // namespace MentorDesk
