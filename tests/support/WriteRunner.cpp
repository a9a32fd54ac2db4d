#include "support/WriteRunner.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

WriteRunner::WriteRunner(GraphClient *client)
    : m_outbox(std::make_unique<Outbox>(client, m_dir.filePath(u"outbox.sqlite"_s)))
{ }

WriteRunner::~WriteRunner() = default;

GraphResult WriteRunner::wait(OutboxWrite *write)
{
    if (!write)
        return GraphResult::failure(GraphStatus::Cancelled);
    GraphResult outcome;
    bool done = false;
    const QPointer<OutboxWrite> guard = write;
    const auto finished = QObject::connect(write, &OutboxWrite::finished, write, [&](const GraphResult &result) {
        outcome = result;
        done = true;
    });
    const auto changed = QObject::connect(
        write, &OutboxWrite::stateChanged, write, [&](OutboxState state, const GraphResult &attempt) {
            if (state == OutboxState::Failed || state == OutboxState::NeedsAttention) {
                outcome = attempt;
                done = true;
            }
        });
    const QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(5);
    if (guard) { // still queued (Failed, NeedsAttention): these lambdas must not outlive this frame
        QObject::disconnect(finished);
        QObject::disconnect(changed);
    }
    return done ? outcome : GraphResult::failure(GraphStatus::Timeout);
}

} // namespace MentorDesk::Test
