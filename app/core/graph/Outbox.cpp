#include "graph/Outbox.h"

#include "common/AccessTokenProvider.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/PlainText.h"
#include "graph/GraphCall.h"
#include "graph/GraphClient.h"
#include "graph/NetworkReachability.h"

#include <QStringList>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace MentorDesk {

Outbox::Outbox(GraphClient *client, const QString &databasePath, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_store(databasePath)
    , m_clock(Clock::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::scheduleNext);

    m_entries = m_store.loadAll();
    const QDateTime now = m_clock->nowUtc();
    for (OutboxEntry &entry : m_entries) {
        if (entry.state == OutboxState::Pending && entry.nextAttemptUtc > now) {
            entry.nextAttemptUtc = now; // a start is a fresh chance: do not sit out an old backoff
            m_store.update(entry);
        }
        if (entry.state != OutboxState::Sending)
            continue;
        // The app stopped while this was on the wire: it may or may not have arrived.
        entry.state = entry.request.isRetrySafe() ? OutboxState::Pending : OutboxState::NeedsAttention;
        entry.lastStatus = GraphStatus::ConnectionLost;
        entry.updatedUtc = now;
        entry.nextAttemptUtc = now;
        m_store.update(entry);
    }
    if (!m_entries.isEmpty())
        qCInfo(lcOutbox) << m_entries.size() << "entries waiting from an earlier run";

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
    // An entry on the wire stays "sending" on disk; the next start decides (retry-safe: resend, else ask).
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
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

qint64 Outbox::enqueue(const QString &kind, const QString &label, const GraphRequest &request)
{
    if (!request.absoluteUrl.isEmpty() || !request.path.startsWith(u'/') || request.method.isEmpty()) {
        qCWarning(lcOutbox) << "refusing an outbox entry without a relative Graph path:" << kind;
        return 0;
    }
    OutboxEntry entry;
    entry.kind = kind;
    entry.label = label;
    entry.request = request;
    entry.createdUtc = entry.updatedUtc = entry.nextAttemptUtc = m_clock->nowUtc();
    if (!m_store.insert(entry))
        return 0;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
    qCInfo(lcOutbox).noquote() << "queued" << entry.id << kind << QString::fromLatin1(request.method) << request.path
                               << (request.isRetrySafe() ? "(retry-safe)" : "(not retry-safe)");
    scheduleNext();
    return entry.id;
}

bool Outbox::retry(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries.at(row).state == OutboxState::Sending)
        return false;
    OutboxEntry &entry = m_entries[row];
    entry.state = OutboxState::Pending;
    entry.updatedUtc = m_clock->nowUtc();
    m_store.update(entry);
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
    m_store.remove(id);
    removeEntryAt(row);
    qCInfo(lcOutbox).noquote() << "discarded" << id << kind;
    Q_EMIT entryFinished(id, kind, GraphResult::failure(GraphStatus::Cancelled));
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
            m_store.update(entry);
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
    // Strictly in the order enqueued: a reschedule must not overtake the booking it changes.
    const auto next = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                   [](const OutboxEntry &e) { return e.state == OutboxState::Pending; });
    if (next == m_entries.cend())
        return;
    const qint64 waitMs = m_clock->nowUtc().msecsTo(next->nextAttemptUtc);
    if (!next->nextAttemptUtc.isValid() || waitMs <= 0) {
        sendEntry(next->id);
        return;
    }
    m_timer.start(int(std::min<qint64>(waitMs, INT_MAX)));
}

void Outbox::sendEntry(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    OutboxEntry &entry = m_entries[row];
    entry.state = OutboxState::Sending;
    ++entry.attempts;
    entry.updatedUtc = m_clock->nowUtc();
    // On disk before on the wire, so a crash in between is recognised as "may have been sent".
    if (!m_store.update(entry)) {
        entry.state = OutboxState::Pending;
        --entry.attempts;
        entry.nextAttemptUtc = m_clock->nowUtc().addMSecs(backoffFor(1).count());
        m_timer.start(int(backoffFor(1).count()));
        return;
    }
    changed(row);
    qCInfo(lcOutbox).noquote() << "sending" << id << entry.kind << "attempt" << entry.attempts;
    m_sendingId = id;
    m_call = m_client->send(entry.request);
    connect(m_call, &GraphCall::finished, this, [this, id](const GraphResponse &response) {
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
        removeEntryAt(row);
        Q_EMIT entryFinished(id, kind, result);
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
    m_store.update(entry);
    changed(row);
    Q_EMIT entryStateChanged(id, kind, entry.state, result);
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

void Outbox::changed(int row)
{
    const QModelIndex index = createIndex(row, 0);
    Q_EMIT dataChanged(index, index);
}

void Outbox::removeEntryAt(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

int Outbox::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant Outbox::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return entry.label;
    case Qt::ToolTipRole:
        return PlainText::toolTip(entry.message()); // Graph's error text, never rendered as markup
    case MessageRole:
        return entry.message();
    case IdRole:
        return entry.id;
    case KindRole:
        return entry.kind;
    case StateRole:
        return int(entry.state);
    case StateTextRole:
        return OutboxEntry::stateText(entry.state);
    case AttemptsRole:
        return entry.attempts;
    case CreatedRole:
        return entry.createdUtc;
    case UpdatedRole:
        return entry.updatedUtc;
    case CanRetryRole:
        return entry.canRetry();
    case CanDiscardRole:
        return entry.canDiscard();
    case ErrorDetailsRole: {
        QStringList parts;
        if (!entry.lastErrorCode.isEmpty())
            parts << entry.lastErrorCode;
        if (entry.lastHttpStatus > 0)
            parts << u"HTTP %1"_s.arg(entry.lastHttpStatus);
        if (!entry.lastRequestId.isEmpty())
            parts << u"request-id %1"_s.arg(entry.lastRequestId);
        return parts.join(u" · "_s);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> Outbox::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(KindRole, "kind");
    names.insert(LabelRole, "label");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(MessageRole, "message");
    names.insert(AttemptsRole, "attempts");
    names.insert(CreatedRole, "created");
    names.insert(UpdatedRole, "updated");
    names.insert(CanRetryRole, "canRetry");
    names.insert(CanDiscardRole, "canDiscard");
    names.insert(ErrorDetailsRole, "errorDetails");
    return names;
}

} // namespace MentorDesk
