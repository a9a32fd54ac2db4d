#include "core/outbox/Outbox.h"

#include "core/common/AccessTokenProvider.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/graph/GraphCall.h"
#include "core/graph/GraphClient.h"
#include "core/graph/NetworkReachability.h"

#include <QDir>
#include <QUuid>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace MentorDesk {

Outbox::Outbox(GraphClient *client, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(databasePath)
    , m_clock(Clock::system())
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::scheduleNext);
    m_leaseTimer.setInterval(m_lease / 3);
    connect(&m_leaseTimer, &QTimer::timeout, this, &Outbox::renewLease);
    m_elsewhereTimer.setSingleShot(true);
    connect(&m_elsewhereTimer, &QTimer::timeout, this, &Outbox::checkSendingElsewhere);

    m_entries = m_store.loadAll();
    const QDateTime now = m_clock->nowUtc();
    for (OutboxEntry &entry : m_entries) {
        if (entry.state == OutboxState::Pending && entry.nextAttemptUtc > now) {
            entry.nextAttemptUtc = now; // a start is a fresh chance: do not sit out an old backoff
            m_store.setNextAttempt(entry.id, now);
        }
        if (entry.state == OutboxState::Sending)
            recoverIfAbandoned(entry, now);
    }
    for (const OutboxEntry &entry : std::as_const(m_entries))
        addWrite(entry); // their features re-attach when they register their handlers
    if (!m_entries.isEmpty())
        qCInfo(lcOutbox) << m_entries.size() << "entries waiting from an earlier run";
    scheduleSendingElsewhereCheck();
    if (const OutboxSetAside report = m_store.setAside(); !report.isNull()) {
        // Queued: whoever creates the outbox can connect first.
        QMetaObject::invokeMethod(
            this, [this, report] { Q_EMIT storeSetAside(report); }, Qt::QueuedConnection);
    }

    if (AccessTokenProvider *tokens = client->tokenProvider()) {
        connect(tokens, &AccessTokenProvider::reauthenticationFinished, this, [this](bool success) {
            if (!success)
                return;
            m_waitingForSession = false;
            wakeUp();
        });
    }
    QMetaObject::invokeMethod(this, &Outbox::scheduleNext, Qt::QueuedConnection);
}

Outbox::~Outbox()
{
    // An entry on the wire stays "sending" on disk; whoever looks next decides (retry-safe: resend, else ask).
    // Giving up the claim tells them now rather than when the lease runs out.
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_store.releaseLease(m_sendingId, m_owner);
    }
}

void Outbox::setSendingLease(std::chrono::milliseconds lease)
{
    m_lease = std::max(lease, std::chrono::milliseconds(3));
    m_leaseTimer.setInterval(m_lease / 3);
    if (m_elsewhereTimer.isActive())
        m_elsewhereTimer.start(m_lease / 3);
}

bool Outbox::isSendingElsewhere(const OutboxEntry &entry) const
{
    return entry.state == OutboxState::Sending && entry.id != m_sendingId;
}

bool Outbox::recoverIfAbandoned(OutboxEntry &entry, const QDateTime &now)
{
    // The instance that sent it stopped while it was on the wire: it may or may not have arrived.
    OutboxEntry recovered = entry;
    recovered.state = entry.request.isRetrySafe() ? OutboxState::Pending : OutboxState::NeedsAttention;
    recovered.lastStatus = GraphStatus::ConnectionLost;
    recovered.updatedUtc = now;
    recovered.nextAttemptUtc = now;
    if (m_store.recoverAbandoned(recovered, now) != 1)
        return false; // its owner is alive and renewing the lease (or it moved on: the next check sees it)
    qCInfo(lcOutbox).noquote() << "entry" << entry.id << entry.kind << "was interrupted while sending ->"
                               << OutboxEntry::stateText(recovered.state);
    entry = recovered;
    return true;
}

void Outbox::reloadEntry(qint64 id)
{
    const int row = rowOf(id);
    std::optional<OutboxEntry> stored;
    if (row < 0 || !m_store.load(id, stored))
        return;
    if (!stored) {
        qCInfo(lcOutbox) << "entry" << id << "was finished by another MentorDesk instance";
        removeEntryAt(row);
        return;
    }
    if (m_entries.at(row) != *stored) {
        m_entries[row] = *stored;
        changed(row);
    }
}

void Outbox::scheduleSendingElsewhereCheck()
{
    const bool any = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                 [this](const OutboxEntry &e) { return isSendingElsewhere(e); });
    if (!any)
        m_elsewhereTimer.stop();
    else if (!m_elsewhereTimer.isActive())
        m_elsewhereTimer.start(m_lease / 3);
}

void Outbox::checkSendingElsewhere()
{
    QList<qint64> ids;
    for (const OutboxEntry &entry : std::as_const(m_entries)) {
        if (isSendingElsewhere(entry))
            ids << entry.id;
    }
    const QDateTime now = m_clock->nowUtc();
    for (const qint64 id : std::as_const(ids)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        if (recoverIfAbandoned(m_entries[row], now)) {
            const OutboxEntry &entry = m_entries.at(row);
            const GraphResult lost = GraphResult::failure(GraphStatus::ConnectionLost);
            changed(row, lost);
            Q_EMIT entryStateChanged(id, entry.kind, entry.state, lost);
        } else {
            reloadEntry(id);
        }
    }
    scheduleSendingElsewhereCheck();
    scheduleNext();
}

void Outbox::renewLease()
{
    if (!m_call)
        return;
    if (m_store.renewLease(m_sendingId, m_owner, m_clock->nowUtc().addMSecs(m_lease.count())) == 0)
        qCWarning(lcOutbox) << "entry" << m_sendingId << "was taken over while this instance was sending it";
}

void Outbox::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

void Outbox::setReachability(NetworkReachability *reachability)
{
    if (m_reachability)
        m_reachability->disconnect(this);
    m_reachability = reachability;
    if (m_reachability) {
        connect(m_reachability, &NetworkReachability::onlineChanged, this, [this](bool online) {
            if (online)
                wakeUp();
        });
    }
    scheduleNext();
}

void Outbox::setRetryBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstBackoff = std::max(first, std::chrono::milliseconds(1));
    m_maxBackoff = std::max(max, m_firstBackoff);
}

std::chrono::milliseconds Outbox::backoffFor(int attempts) const
{
    qint64 delay = m_firstBackoff.count();
    for (int i = 1; i < attempts && delay < m_maxBackoff.count(); ++i)
        delay *= 2;
    return std::chrono::milliseconds(std::min<qint64>(delay, m_maxBackoff.count()));
}

OutboxWrite *Outbox::addWrite(const OutboxEntry &entry)
{
    auto *write = new OutboxWrite(entry, this);
    m_writes.insert(entry.id, write);
    return write;
}

void Outbox::attach(OutboxWrite *write)
{
    const auto it = m_handlers.constFind(write->kind());
    if (it != m_handlers.cend() && it->context)
        it->handler(write);
}

void Outbox::setHandlerFor(const QString &kind, QObject *context, Handler handler)
{
    Q_ASSERT(context && handler);
    m_handlers.insert(kind, HandlerEntry{context, std::move(handler)});
    QList<OutboxWrite *> stored;
    for (const OutboxEntry &entry : std::as_const(m_entries)) {
        if (entry.kind == kind) {
            if (OutboxWrite *write = m_writes.value(entry.id))
                stored << write;
        }
    }
    for (const QPointer<OutboxWrite> write : std::as_const(stored)) { // a handler may discard one of them
        if (write && !write->isFinished())
            attach(write);
    }
}

OutboxWrite *Outbox::enqueueWrite(const QString &kind, const QString &label, const GraphRequest &request)
{
    if (!request.absoluteUrl.isEmpty() || !request.path.startsWith(u'/') || request.method.isEmpty()) {
        qCWarning(lcOutbox) << "refusing an outbox entry without a relative Graph path:" << kind;
        return nullptr;
    }
    OutboxEntry entry;
    entry.kind = kind;
    entry.label = label;
    entry.request = request;
    entry.createdUtc = entry.updatedUtc = entry.nextAttemptUtc = m_clock->nowUtc();
    if (!m_store.insert(entry))
        return nullptr;
    m_entries.append(entry);
    Q_EMIT entryAdded(entry);
    qCInfo(lcOutbox).noquote() << "queued" << entry.id << kind << QString::fromLatin1(request.method) << request.path
                               << (request.isRetrySafe() ? "(retry-safe)" : "(not retry-safe)");
    QPointer<OutboxWrite> write = addWrite(entry);
    attach(write); // before it can go on the wire, so its handler sees Sending too
    scheduleNext();
    return write;
}

bool Outbox::retry(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries.at(row).state == OutboxState::Sending)
        return false;
    const QDateTime now = m_clock->nowUtc();
    if (const int rows = m_store.markPending(id, now); rows != 1) {
        if (rows == 0) { // another instance is sending it, or it is gone
            reloadEntry(id);
            scheduleSendingElsewhereCheck();
        }
        return false;
    }
    OutboxEntry &entry = m_entries[row];
    entry.state = OutboxState::Pending;
    entry.updatedUtc = now;
    changed(row);
    m_waitingForSession = false; // the user asked: one attempt, even if the session looked gone
    wakeUp();
    return true;
}

bool Outbox::discard(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries.at(row).state == OutboxState::Sending)
        return false;
    const QString kind = m_entries.at(row).kind;
    if (const int rows = m_store.removeUnlessSending(id); rows != 1) {
        if (rows == 0) { // another instance is sending it, or already finished it
            reloadEntry(id);
            scheduleSendingElsewhereCheck();
        }
        return false;
    }
    qCInfo(lcOutbox).noquote() << "discarded" << id << kind;
    finishEntry(id, kind, GraphResult::failure(GraphStatus::Cancelled));
    scheduleNext();
    return true;
}

void Outbox::sendPendingNow()
{
    m_waitingForSession = false;
    wakeUp();
}

void Outbox::wakeUp()
{
    const QDateTime now = m_clock->nowUtc();
    for (OutboxEntry &entry : m_entries) {
        if (entry.state == OutboxState::Pending && entry.nextAttemptUtc > now) {
            entry.nextAttemptUtc = now;
            m_store.setNextAttempt(entry.id, now);
        }
    }
    scheduleNext();
}

void Outbox::scheduleNext()
{
    m_timer.stop();
    if (m_call || !m_store.isOpen() || m_waitingForSession)
        return;
    if (m_reachability && !m_reachability->isOnline())
        return; // onlineChanged(true) wakes us up
    // Strictly in the order enqueued: a reschedule must not overtake the booking it changes, not even one that
    // another instance is sending (checkSendingElsewhere() calls again).
    const auto next = std::find_if(m_entries.cbegin(), m_entries.cend(), [](const OutboxEntry &e) {
        return e.state == OutboxState::Pending || e.state == OutboxState::Sending;
    });
    if (next == m_entries.cend() || next->state == OutboxState::Sending)
        return;
    const QDateTime now = m_clock->nowUtc();
    qint64 waitMs = now.msecsTo(next->nextAttemptUtc);
    if (!next->nextAttemptUtc.isValid() || waitMs <= 0) {
        sendEntry(next->id);
        return;
    }
    // The outbox never schedules further ahead than its longest backoff or the Retry-After it was given. A longer
    // wait means the wall clock went back (the user, NTP, a resumed laptop): re-anchor the attempt to now instead
    // of sitting out the jump (found by integration.faultmatrix, "clock jumps an hour back").
    const qint64 longestMs = std::max<qint64>(m_maxBackoff.count(), qint64(next->retryAfterSeconds) * 1000);
    if (waitMs > longestMs) {
        const qint64 id = next->id;
        const QDateTime anchored = now.addMSecs(longestMs);
        if (m_store.setNextAttempt(id, anchored) == 1) {
            qCInfo(lcOutbox) << "entry" << id << "was due" << waitMs / 1000 << "s from now: the clock went back";
            m_entries[rowOf(id)].nextAttemptUtc = anchored;
            waitMs = longestMs;
        }
    }
    m_timer.start(int(std::min<qint64>(waitMs, INT_MAX)));
}

void Outbox::sendEntry(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QDateTime now = m_clock->nowUtc();
    // Claimed on disk before it goes on the wire: only one instance wins the claim, and a crash in between is
    // recognised as "may have been sent".
    const int claimed = m_store.claim(id, m_owner, now, now.addMSecs(m_lease.count()));
    if (claimed != 1) {
        if (claimed == 0) {
            // Another instance took it, postponed it or finished it: follow what is stored.
            qCInfo(lcOutbox) << "entry" << id << "is handled by another MentorDesk instance";
            reloadEntry(id);
            scheduleSendingElsewhereCheck();
        }
        const int again = rowOf(id);
        if (again >= 0 && m_entries.at(again).state == OutboxState::Pending
            && m_entries.at(again).nextAttemptUtc <= now) {
            // Not claimable now although it looks due (a database error): try again after a pause, not in a loop.
            m_entries[again].nextAttemptUtc = now.addMSecs(backoffFor(1).count());
        }
        scheduleNext();
        return;
    }
    OutboxEntry &entry = m_entries[row];
    std::optional<OutboxEntry> stored;
    if (m_store.load(id, stored) && stored) {
        entry.attempts = stored->attempts; // as the claim counted it, including other instances' attempts
    } else {
        ++entry.attempts;
    }
    entry.state = OutboxState::Sending;
    entry.updatedUtc = now;
    changed(row);
    qCInfo(lcOutbox).noquote() << "sending" << id << entry.kind << "attempt" << entry.attempts;
    m_sendingId = id;
    m_leaseTimer.start();
    m_call = m_client->send(entry.request);
    connect(m_call, &GraphCall::finished, this, [this, id](const GraphResponse &response) {
        m_leaseTimer.stop();
        m_call = nullptr;
        m_sendingId = 0;
        onSent(id, response);
        scheduleNext();
    });
}

void Outbox::onSent(qint64 id, const GraphResponse &response)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    GraphResponse reply = response;
    GraphResult result = GraphResult::fromResponse(reply);
    if (reply.isSuccess()) {
        if (reply.parseJson()) {
            result.json = reply.json;
        } else {
            // Graph acted (2xx) but the reply is unreadable: without the body we cannot confirm what it did.
            result.status = GraphStatus::MalformedReply;
            result.error = GraphError::fromResponse(reply);
        }
    }

    OutboxEntry &entry = m_entries[row];
    const QString kind = entry.kind;
    const QDateTime now = m_clock->nowUtc();
    entry.lastStatus = result.status;
    entry.lastHttpStatus = result.httpStatus;
    entry.lastErrorCode = result.error.code;
    entry.lastRequestId = result.requestId;
    entry.retryAfterSeconds = result.error.retryAfterSeconds;
    entry.updatedUtc = now;

    if (result.isOk()) {
        qCInfo(lcOutbox).noquote() << "sent" << id << kind << "HTTP" << result.httpStatus;
        m_store.remove(id);
        finishEntry(id, kind, result);
        return;
    }

    if (result.isOutcomeUnknown()) {
        if (entry.request.isRetrySafe()) {
            // The idempotency key makes a repeat harmless: Graph answers it with the original.
            entry.state = OutboxState::Pending;
            entry.nextAttemptUtc = now.addMSecs(backoffFor(entry.attempts).count());
        } else {
            entry.state = OutboxState::NeedsAttention;
        }
    } else if (result.isTransient()) {
        entry.state = OutboxState::Pending; // surely not processed: safe to send again
        if (result.status == GraphStatus::SignInRequired) {
            m_waitingForSession = true; // do not prompt again and again; reauthenticationFinished(true) resumes
            entry.nextAttemptUtc = now;
        } else {
            const qint64 waitMs = result.error.retryAfterSeconds > 0 ? result.error.retryAfterSeconds * 1000LL
                                                                     : backoffFor(entry.attempts).count();
            entry.nextAttemptUtc = now.addMSecs(waitMs);
        }
    } else {
        entry.state = OutboxState::Failed;
    }
    qCInfo(lcOutbox).noquote() << "not sent" << id << kind << GraphResult::statusKey(result.status) << "->"
                               << OutboxEntry::stateText(entry.state);
    if (m_store.finishAttempt(entry, m_owner) == 0) {
        // Taken over while this instance was waiting for Graph (its lease ran out): the stored state wins.
        reloadEntry(id);
        scheduleSendingElsewhereCheck();
        return;
    }
    changed(row, result);
    Q_EMIT entryStateChanged(id, kind, entry.state, result);
}

QString Outbox::setAsideMessage(const OutboxSetAside &report)
{
    if (report.isNull())
        return {};
    const QString where = QDir::toNativeSeparators(report.path);
    if (report.entries < 0)
        return tr("The list of changes waiting to be sent was damaged. MentorDesk set it aside at %1, and new "
                  "changes work again. Nothing was deleted. Changes that were still waiting in it have not been "
                  "sent: check your calendar and channels, and make them again if they are missing.")
            .arg(where);
    if (report.entries == 0)
        return tr("The list of changes waiting to be sent was damaged. MentorDesk set it aside (it held no "
                  "changes) at %1, and new changes work again. Nothing was deleted.")
            .arg(where);
    const QString held
        = report.entries == 1 ? tr("it held 1 change") : tr("it held %n changes", nullptr, report.entries);
    return tr("The list of changes waiting to be sent was damaged. MentorDesk set it aside (%1) at %2, and new "
              "changes work again. Nothing was deleted. Those changes have not been sent: check your calendar and "
              "channels, and make them again if they are missing.")
        .arg(held, where);
}

std::optional<OutboxEntry> Outbox::entry(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_entries.at(row);
}

int Outbox::count(OutboxState state) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [state](const OutboxEntry &e) { return e.state == state; }));
}

int Outbox::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void Outbox::changed(int row, const GraphResult &attempt)
{
    const OutboxEntry &entry = m_entries.at(row);
    Q_EMIT entryUpdated(entry);
    if (OutboxWrite *write = m_writes.value(entry.id))
        write->update(entry, attempt);
}

void Outbox::removeEntryAt(int row)
{
    const qint64 id = m_entries.takeAt(row).id;
    Q_EMIT entryRemoved(id);
    // Still here only when another instance finished it: that instance reports the outcome.
    if (OutboxWrite *write = m_writes.take(id))
        write->deleteLater();
}

void Outbox::finishEntry(qint64 id, const QString &kind, const GraphResult &result)
{
    OutboxWrite *write = m_writes.take(id);
    if (const int row = rowOf(id); row >= 0)
        removeEntryAt(row);
    Q_EMIT entryFinished(id, kind, result);
    if (write)
        write->finish(result);
}

} // namespace MentorDesk
