#pragma once

#include "sandbox/graph/GraphContext.h"
#include "sandbox/http/HttpResponse.h"

#include <optional>

namespace MentorDesk::Sandbox {

// /me, /me/photo and /me/photo/$value.
class DirectoryEndpoints
{
public:
    explicit DirectoryEndpoints(SandboxState &state);
    std::optional<HttpResponse> handle(GraphContext &context);

private:
    SandboxState &m_state;
};

} // namespace MentorDesk::Sandbox
