#include "core/outbox/OutboxWrite.h"

#include "core/outbox/Outbox.h"

namespace MentorDesk {

OutboxWrite::OutboxWrite(const OutboxEntry &entry, Outbox *outbox)
    : QObject(outbox)
    , m_outbox(outbox)
    , m_entry(entry)
{ }

bool OutboxWrite::retry()
{
    return !m_finished && m_outbox && m_outbox->retry(id());
}

bool OutboxWrite::discard()
{
    return !m_finished && m_outbox && m_outbox->discard(id());
}

void OutboxWrite::update(const OutboxEntry &entry, const GraphResult &attempt)
{
    const bool stateChangedNow = entry.state != m_entry.state;
    m_entry = entry;
    if (stateChangedNow)
        Q_EMIT stateChanged(m_entry.state, attempt);
}

void OutboxWrite::finish(const GraphResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace MentorDesk
