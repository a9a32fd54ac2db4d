#pragma once

#include "core/graph/GraphResult.h"
#include "core/outbox/OutboxEntry.h"
#include "core/outbox/OutboxStore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace MentorDesk {

class Clock;
class GraphCall;
class GraphClient;
class NetworkReachability;
struct GraphResponse;

// Writes that must not be lost (book, reschedule, cancel, post) go through here: each one is stored in SQLite
// before it is sent, shown to the user as a row of this model, sent one at a time in the order enqueued, and
// kept across failures and restarts until it is sent or the user discards it.
//
// Never sent twice: after an unknown outcome (timeout, dropped connection, truncated reply, 500/502/504) a write
// is retried automatically only if its request carries an idempotency key (transactionId, externalId) or is
// declared idempotent; otherwise it goes to NeedsAttention ("could not confirm whether this was sent"). A
// write that surely did not reach Graph (no connection, 401, 429, 503) stays Pending and is retried: when the
// network comes back (NetworkReachability), when the session is back (AccessTokenProvider), and on a backoff
// timer (Retry-After when given). Graph refusing it (400, 403, 404, ...) makes it Failed; Retry and Discard
// are the user's choices.
//
//     const qint64 id = outbox->enqueue(u"booking"_s, tr("Mentoring with %1").arg(name),
//                                       GraphRequest::post(u"/me/events"_s, eventJson, transactionId));
//     connect(outbox, &Outbox::entryFinished, this, [](qint64 id, const QString &kind, const GraphResult &r) {
//         if (kind == "booking"_L1 && r.isOk()) rememberCreatedEvent(id, r.json.object());
//     });
//
// Entries outlive the feature object that enqueued them (the app may restart in between): listen by kind.
//
// Several instances may share one database file (two windows, a second MentorDesk): an entry is only sent after
// this instance claimed it in the database (OutboxStore::claim), and while it is on the wire the claim's lease is
// renewed every third of sendingLease(). Another instance shows such an entry as Sending and leaves it alone; only
// when its lease runs out (the owner died mid-send) is it treated like an interrupted send. The instance that
// sends an entry is the one that reports it (entryFinished); the others drop the row when they see it gone.
//
// A damaged database file is set aside and replaced by a fresh one (OutboxStore); setAsideReport() and
// storeSetAside() tell the UI, setAsideMessage() says it to the user.
class Outbox : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        LabelRole, // also Qt::DisplayRole
        StateRole, // int(OutboxState)
        StateTextRole,
        MessageRole, // also Qt::ToolTipRole, as PlainText::toolTip()
        AttemptsRole,
        CreatedRole,
        UpdatedRole,
        CanRetryRole,
        CanDiscardRole,
        ErrorDetailsRole, // error code and request id, for a details pane
    };
    Q_ENUM(Role)

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
    // absolute URL). Returns the entry id, or 0 when it could not be stored (nothing is sent then).
    qint64 enqueue(const QString &kind, const QString &label, const GraphRequest &request);
    // Failed / NeedsAttention / Pending: send it (again) now. False while it is being sent or unknown.
    Q_INVOKABLE bool retry(qint64 id);
    // Removes it without sending; entryFinished() reports GraphStatus::Cancelled. False while it is being sent.
    Q_INVOKABLE bool discard(qint64 id);
    // Tries every Pending entry now (e.g. the user pressed "Try now" in a banner).
    void sendPendingNow();

    QList<OutboxEntry> entries() const { return m_entries; }
    std::optional<OutboxEntry> entry(qint64 id) const;
    int count(OutboxState state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The entry left the outbox: sent (result Ok, result.json holds Graph's reply) or discarded (Cancelled).
    void entryFinished(qint64 id, const QString &kind, const MentorDesk::GraphResult &result);
    // An attempt did not send it: it is Pending again, Failed or NeedsAttention (see entry(id)->message()).
    void entryStateChanged(qint64 id, const QString &kind, MentorDesk::OutboxState state,
                           const MentorDesk::GraphResult &result);
    // The database was damaged and has been set aside (emitted once, right after construction).
    void storeSetAside(const MentorDesk::OutboxSetAside &report);

private:
    int rowOf(qint64 id) const;
    void scheduleNext();
    void sendEntry(qint64 id);
    void onSent(qint64 id, const GraphResponse &response);
    void changed(int row);
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
