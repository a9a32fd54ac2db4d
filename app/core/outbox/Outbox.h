#pragma once

#include "core/graph/GraphResult.h"
#include "core/outbox/OutboxEntry.h"
#include "core/outbox/OutboxStore.h"
#include "core/outbox/OutboxWrite.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace MentorDesk {

class Clock;
class GraphCall;
class GraphClient;
class NetworkReachability;
struct GraphResponse;

// Writes that must not be lost (book, reschedule, cancel, post) go through here: each one is stored in SQLite
// before it is sent, shown to the user (OutboxModel), sent one at a time in the order enqueued, and kept across
// failures and restarts until it is sent or the user discards it.
//
// Never sent twice: after an unknown outcome (timeout, dropped connection, truncated reply, 500/502/504) a write
// is retried automatically only if its request carries an idempotency key (transactionId, externalId) or is
// declared idempotent; otherwise it goes to NeedsAttention ("could not confirm whether this was sent"). A
// write that surely did not reach Graph (no connection, 401, 429, 503) stays Pending and is retried: when the
// network comes back (NetworkReachability), when the session is back (AccessTokenProvider), and on a backoff
// timer (Retry-After when given). Graph refusing it (400, 403, 404, ...) makes it Failed; Retry and Discard
// are the user's choices.
//
// Each write is an OutboxWrite handle, and each kind of write a type (OutboxWriteKind). A feature registers one
// handler per kind; the outbox hands it every write of that kind, new ones as they are enqueued (before they go on
// the wire) and stored ones from an earlier run when the handler is registered:
//     outbox->setHandler<CreateEventWrite>(this, [this](OutboxWrite *write) {
//         connect(write, &OutboxWrite::finished, this, [this, id = write->id()](const GraphResult &r) { ... });
//     });
//     OutboxWrite *write = outbox->enqueue<CreateEventWrite>(tr("Mentoring with %1").arg(name), request);
// No feature compares kind strings: the tag is only how a stored entry finds its handler again.
//
// Several instances may share one database file (two windows, a second MentorDesk): an entry is only sent after
// this instance claimed it in the database (OutboxStore::claim), and while it is on the wire the claim's lease is
// renewed every third of sendingLease(). Another instance shows such an entry as Sending and leaves it alone; only
// when its lease runs out (the owner died mid-send) is it treated like an interrupted send. The instance that
// sends an entry is the one that reports it (entryFinished); the others drop the row when they see it gone.
//
// A damaged database file is set aside and replaced by a fresh one (OutboxStore); setAsideReport() and
// storeSetAside() tell the UI, setAsideMessage() says it to the user.
class Outbox : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(OutboxWrite *write)>;

    Outbox(GraphClient *client, const QString &databasePath, QObject *parent = nullptr);
    ~Outbox() override;

    bool isOpen() const { return m_store.isOpen(); }
    QString errorString() const { return m_store.errorString(); }

    // The damaged file this instance found and set aside when it opened the database (null: none).
    OutboxSetAside setAsideReport() const { return m_store.setAside(); }
    // Translated, for a banner: what happened, where the old file is and that nothing was lost on purpose.
    static QString setAsideMessage(const OutboxSetAside &report);
    QString setAsideMessage() const { return setAsideMessage(setAsideReport()); }

    // How long another instance waits for this one's claimed send before it counts as abandoned (default 45 s).
    void setSendingLease(std::chrono::milliseconds lease);
    std::chrono::milliseconds sendingLease() const { return m_lease; }

    void setClock(Clock *clock);
    // Without one the outbox assumes the network is there and lets sending attempts find out.
    void setReachability(NetworkReachability *reachability);
    // Automatic retries of Pending entries: first wait, doubling up to max (Retry-After overrides).
    void setRetryBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);

    // Stores the write and sends it as soon as possible. request.path must be relative to the Graph base (no
    // absolute URL). Kind's handler gets the write first. Null when it could not be stored (nothing is sent then).
    template<OutboxWriteKind Kind>
    OutboxWrite *enqueue(const QString &label, const GraphRequest &request)
    {
        return enqueueWrite(QString(Kind::kind), label, request);
    }
    // handler gets every write of Kind: the stored ones right now, new ones when they are enqueued. One handler per
    // kind; it is dropped when context is destroyed.
    template<OutboxWriteKind Kind>
    void setHandler(QObject *context, Handler handler)
    {
        setHandlerFor(QString(Kind::kind), context, std::move(handler));
    }
    // The handle of a queued write (null: unknown or gone).
    OutboxWrite *write(qint64 id) const { return m_writes.value(id); }
    // Failed / NeedsAttention / Pending: send it (again) now. False while it is being sent or unknown.
    Q_INVOKABLE bool retry(qint64 id);
    // Removes it without sending; entryFinished() reports GraphStatus::Cancelled. False while it is being sent.
    Q_INVOKABLE bool discard(qint64 id);
    // Tries every Pending entry now (e.g. the user pressed "Try now" in a banner).
    void sendPendingNow();

    QList<OutboxEntry> entries() const { return m_entries; }
    std::optional<OutboxEntry> entry(qint64 id) const;
    int size() const { return int(m_entries.size()); }
    int count(OutboxState state) const;

Q_SIGNALS:
    // The whole queue, for views (OutboxModel) and tests; features follow their own writes through OutboxWrite.
    void entryAdded(const MentorDesk::OutboxEntry &entry); // appended at the end
    void entryUpdated(const MentorDesk::OutboxEntry &entry); // state, attempts or last error changed
    void entryRemoved(qint64 id);
    // The entry left the outbox: sent (result Ok, result.json holds Graph's reply) or discarded (Cancelled).
    // An entry another MentorDesk instance sent is reported there; here it is only removed.
    void entryFinished(qint64 id, const QString &kind, const MentorDesk::GraphResult &result);
    // An attempt did not send it: it is Pending again, Failed or NeedsAttention (see entry(id)->message()).
    void entryStateChanged(qint64 id, const QString &kind, MentorDesk::OutboxState state,
                           const MentorDesk::GraphResult &result);
    // The database was damaged and has been set aside (emitted once, right after construction).
    void storeSetAside(const MentorDesk::OutboxSetAside &report);

private:
    struct HandlerEntry
    {
        QPointer<QObject> context;
        Handler handler;
    };
    OutboxWrite *enqueueWrite(const QString &kind, const QString &label, const GraphRequest &request);
    void setHandlerFor(const QString &kind, QObject *context, Handler handler);
    OutboxWrite *addWrite(const OutboxEntry &entry);
    void attach(OutboxWrite *write);
    void finishEntry(qint64 id, const QString &kind, const GraphResult &result);
    int rowOf(qint64 id) const;
    void scheduleNext();
    void sendEntry(qint64 id);
    void onSent(qint64 id, const GraphResponse &response);
    // The entry in this row changed; attempt is what led there (its write emits stateChanged when the state moved).
    void changed(int row, const GraphResult &attempt = {});
    void removeEntryAt(int row);
    void wakeUp();
    std::chrono::milliseconds backoffFor(int attempts) const;
    // A "sending" entry this instance does not own: recovered when abandoned, else left to its owner.
    bool recoverIfAbandoned(OutboxEntry &entry, const QDateTime &now);
    // Follows the stored state of an entry another instance changed (or finished and removed).
    void reloadEntry(qint64 id);
    bool isSendingElsewhere(const OutboxEntry &entry) const;
    void checkSendingElsewhere();
    void scheduleSendingElsewhereCheck();
    void renewLease();

    GraphClient *m_client;
    OutboxStore m_store;
    QList<OutboxEntry> m_entries;
    QHash<qint64, OutboxWrite *> m_writes; // one per entry, children of this
    QHash<QString, HandlerEntry> m_handlers; // by kind tag
    Clock *m_clock;
    QPointer<NetworkReachability> m_reachability;
    QPointer<GraphCall> m_call;
    qint64 m_sendingId = 0;
    QTimer m_timer;
    QString m_owner; // this instance's claims in the database
    std::chrono::milliseconds m_lease{std::chrono::seconds(45)};
    QTimer m_leaseTimer; // renews the claim of the entry on the wire
    QTimer m_elsewhereTimer; // looks again at entries other instances are sending
    std::chrono::milliseconds m_firstBackoff{5000};
    std::chrono::milliseconds m_maxBackoff{std::chrono::minutes(5)};
    bool m_waitingForSession = false;
};

} // namespace MentorDesk
