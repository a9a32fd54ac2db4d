#pragma once

#include "core/graph/GraphResult.h"
#include "core/outbox/OutboxEntry.h"

#include <QLatin1StringView>
#include <QObject>
#include <QPointer>

#include <concepts>

namespace MentorDesk {

class Outbox;

// A kind of write, as a type: a struct with a stable tag that is stored with each entry, so that after a restart the
// outbox knows which handler a queued write belongs to. The tag never changes once shipped (entries on disk carry it).
//     struct CreateEventWrite { static constexpr QLatin1StringView kind{"createEvent"}; ... };
template<typename Kind>
concept OutboxWriteKind = requires
{
    {
        Kind::kind
        } -> std::convertible_to<QLatin1StringView>;
};

// One queued write, from the moment it is stored until it leaves the outbox (sent, or discarded by the user). The
// Outbox owns it and deletes it soon after finished(); hold it in a QPointer if you keep it.
//
// The same handle comes back after a restart: Outbox::setHandler<Kind>() hands every stored write of that kind to the
// feature that registered, so it re-attaches to writes it queued in an earlier run exactly as to new ones.
class OutboxWrite : public QObject
{
    Q_OBJECT

public:
    qint64 id() const { return m_entry.id; }
    QString kind() const { return m_entry.kind; }
    QString label() const { return m_entry.label; }
    // As the outbox knows it now (state, attempts, last error).
    const OutboxEntry &entry() const { return m_entry; }
    OutboxState state() const { return m_entry.state; }
    bool isFinished() const { return m_finished; }
    // The outcome, once finished(): Ok (result.json holds Graph's reply) or Cancelled (discarded).
    const GraphResult &result() const { return m_result; }

    // The user's choices, as Outbox::retry() / Outbox::discard(); false while it is on the wire or once finished.
    bool retry();
    bool discard();

Q_SIGNALS:
    // Every change of state: Sending when it goes on the wire, then Pending (will be retried), Failed or
    // NeedsAttention. attempt is the outcome of the attempt that led there (Ok for Sending and the user's retry).
    void stateChanged(MentorDesk::OutboxState state, const MentorDesk::GraphResult &attempt);
    // Once, when it leaves the outbox.
    void finished(const MentorDesk::GraphResult &result);

private:
    friend class Outbox;
    OutboxWrite(const OutboxEntry &entry, Outbox *outbox);
    void update(const OutboxEntry &entry, const GraphResult &attempt);
    void finish(const GraphResult &result);

    QPointer<Outbox> m_outbox;
    OutboxEntry m_entry;
    GraphResult m_result;
    bool m_finished = false;
};

} // namespace MentorDesk
