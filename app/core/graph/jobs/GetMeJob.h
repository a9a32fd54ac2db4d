#pragma once

#include "core/graph/GraphJob.h"
#include "core/model/UserProfile.h"

namespace MentorDesk {

// GET /me: the signed-in user's profile (User.Read).
class GetMeJob : public GraphJob
{
    Q_OBJECT

public:
    explicit GetMeJob(GraphClient *client, QObject *parent = nullptr);

    // Valid after finished() with an Ok result.
    const UserProfile &profile() const { return m_profile; }

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    UserProfile m_profile;
};

} // namespace MentorDesk
