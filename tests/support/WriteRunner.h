#pragma once

#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"
#include "core/outbox/Outbox.h"

#include <QTemporaryDir>

#include <memory>

namespace MentorDesk::Test {

// Sends a write the way the app does, through an Outbox (in a temporary folder), and waits for its outcome: the
// result it finished with, or the attempt that left it Failed or NeedsAttention.
class WriteRunner
{
public:
    explicit WriteRunner(GraphClient *client);
    ~WriteRunner();

    template<OutboxWriteKind Kind>
    GraphResult run(const GraphRequest &request)
    {
        return wait(enqueue<Kind>(request));
    }

    // The queued write itself, for a test that retries or inspects it (then wait() for its outcome).
    template<OutboxWriteKind Kind>
    OutboxWrite *enqueue(const GraphRequest &request)
    {
        return m_outbox->enqueue<Kind>(QString(Kind::kind), request);
    }
    Outbox *outbox() const { return m_outbox.get(); }
    // The outcome of the write's current attempt: finished, or left Failed or NeedsAttention.
    GraphResult wait(OutboxWrite *write);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace MentorDesk::Test
