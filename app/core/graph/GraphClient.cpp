#include "core/graph/GraphClient.h"

#include "core/common/AccessTokenProvider.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/config/AppConfig.h"
#include "core/graph/GraphCall.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphClient::GraphClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, const QUrl &baseUrl,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_clock(Clock::system())
{
    setBaseUrl(baseUrl);
    if (m_tokens)
        connect(m_tokens, &AccessTokenProvider::reauthenticationFinished, this,
                &GraphClient::onReauthenticationFinished);
}

GraphClient::GraphClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, const AppConfig &config,
                         QObject *parent)
    : GraphClient(network, tokens, config.graphBaseUrl(), parent)
{ }

GraphClient::~GraphClient() = default;

void GraphClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void GraphClient::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

GraphCall *GraphClient::send(const GraphRequest &request)
{
    // The key only makes a repeat harmless if Graph sees it (transactionId / externalId in the body).
    if (!request.idempotencyKey.isEmpty() && !request.body.contains(request.idempotencyKey.toUtf8()))
        qCWarning(lcGraph) << "idempotency key missing from the request body; a retry could duplicate this write";
    auto *call = new GraphCall(this, request);
    // Always asynchronous, so a caller can connect to finished() after send() returns.
    QMetaObject::invokeMethod(call, &GraphCall::start, Qt::QueuedConnection);
    return call;
}

bool GraphClient::isUnderBase(const QUrl &url) const
{
    if (!url.isValid() || url.scheme().compare(m_baseUrl.scheme(), Qt::CaseInsensitive) != 0
        || url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) != 0)
        return false;
    const int defaultPort = m_baseUrl.scheme() == "https"_L1 ? 443 : 80;
    if (url.port(defaultPort) != m_baseUrl.port(defaultPort))
        return false;
    const QString basePath = m_baseUrl.path(QUrl::FullyEncoded);
    const QString path = url.path(QUrl::FullyEncoded);
    return path == basePath || path.startsWith(basePath + u'/');
}

QString GraphClient::relativeTarget(const GraphRequest &request) const
{
    if (!request.absoluteUrl.isEmpty()) {
        if (!isUnderBase(request.absoluteUrl))
            return {};
        // Verbatim: the encoded path and query as Graph wrote them, minus the base path.
        const QString basePath = m_baseUrl.path(QUrl::FullyEncoded);
        QString target = request.absoluteUrl.path(QUrl::FullyEncoded).mid(basePath.size());
        if (request.absoluteUrl.hasQuery())
            target += u'?' + request.absoluteUrl.query(QUrl::FullyEncoded);
        return target;
    }
    if (!request.path.startsWith(u'/'))
        return {};
    return request.relativeTarget();
}

QUrl GraphClient::resolve(const GraphRequest &request) const
{
    if (!request.absoluteUrl.isEmpty())
        return isUnderBase(request.absoluteUrl) ? request.absoluteUrl : QUrl();
    const QString target = relativeTarget(request);
    if (target.isEmpty())
        return {};
    // Built from encoded text: QUrl::setPath() would encode the '%' of already-encoded ids a second time.
    return QUrl::fromEncoded(QByteArray(m_baseUrl.toEncoded() + target.toUtf8()), QUrl::StrictMode);
}

QString GraphClient::mailboxKey(const QString &relativeTarget)
{
    const QString path = relativeTarget.section(u'?', 0, 0);
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return {};
    if (segments.first().compare("me"_L1, Qt::CaseInsensitive) == 0)
        return u"me"_s;
    if (segments.size() > 1 && segments.first().compare("users"_L1, Qt::CaseInsensitive) == 0)
        return u"users/"_s + QUrl::fromPercentEncoding(segments.at(1).toUtf8()).toLower();
    return {};
}

void GraphClient::reauthenticate(QObject *context, std::function<void(bool)> callback)
{
    if (!m_tokens) {
        QMetaObject::invokeMethod(
            context, [callback] { callback(false); }, Qt::QueuedConnection);
        return;
    }
    m_reauthWaiters.append({context, std::move(callback)});
    if (m_reauthenticating)
        return;
    m_reauthenticating = true;
    qCInfo(lcGraph) << "asking the session for a new access token";
    m_tokens->requestReauthentication();
}

void GraphClient::onReauthenticationFinished(bool success)
{
    m_reauthenticating = false;
    const QList<ReauthWaiter> waiters = std::exchange(m_reauthWaiters, {});
    qCInfo(lcGraph) << "re-authentication" << (success ? "succeeded" : "failed") << "for" << waiters.size()
                    << "waiting request(s)";
    for (const ReauthWaiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(success);
    }
}

void GraphClient::acquireSlot(GraphCall *call)
{
    if (call->m_mailbox.isEmpty()) {
        call->dispatch();
        return;
    }
    Mailbox &mailbox = m_mailboxes[call->m_mailbox];
    if (mailbox.active < m_maxPerMailbox) {
        ++mailbox.active;
        call->m_holdsSlot = true;
        call->dispatch();
        return;
    }
    mailbox.waiting.append(call);
}

void GraphClient::releaseSlot(GraphCall *call)
{
    if (!call->m_holdsSlot)
        return;
    call->m_holdsSlot = false;
    auto it = m_mailboxes.find(call->m_mailbox);
    if (it == m_mailboxes.end())
        return;
    --it->active;
    while (!it->waiting.isEmpty() && it->active < m_maxPerMailbox) {
        QPointer<GraphCall> next = it->waiting.takeFirst();
        if (!next)
            continue;
        ++it->active;
        next->m_holdsSlot = true;
        // Queued: the releasing call may be inside its own reply handling.
        QMetaObject::invokeMethod(next, &GraphCall::dispatch, Qt::QueuedConnection);
    }
    if (it->active == 0 && it->waiting.isEmpty())
        m_mailboxes.erase(it);
}

void GraphClient::forgetQueued(GraphCall *call)
{
    auto it = m_mailboxes.find(call->m_mailbox);
    if (it != m_mailboxes.end())
        it->waiting.removeAll(call);
}

} // namespace MentorDesk
