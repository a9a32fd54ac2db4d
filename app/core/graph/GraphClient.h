#pragma once

#include "core/graph/GraphRequest.h"
#include "core/graph/GraphRetryPolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace MentorDesk {

class AccessTokenProvider;
class Clock;
class GraphCall;
struct AppConfig;

// The one door to Microsoft Graph. Owns no network or session: both are injected, so tests pass a sandbox-backed
// QNetworkAccessManager and token provider, and the app passes its own. Every request gets a bearer token (only
// for URLs under the base), a fresh client-request-id GUID, a transfer timeout, at most maxConcurrentPerMailbox
// concurrent requests per mailbox (/me and each /users/{id}), retries of 429/503/504 and broken connections for
// retry-safe requests (Retry-After, else jittered exponential backoff), and one re-authentication on 401.
//
// Features do not call send() directly; they run a GraphJob (see GraphJob.h). The outbox and $batch use send().
class GraphClient : public QObject
{
    Q_OBJECT

public:
    // baseUrl includes the version, e.g. https://graph.microsoft.com/v1.0 or the sandbox's http://127.0.0.1:N/v1.0.
    GraphClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, const QUrl &baseUrl,
                QObject *parent = nullptr);
    // The cloud-aware base from configuration (AppConfig::graphBaseUrl(): override, else the cloud's Graph).
    GraphClient(QNetworkAccessManager *network, AccessTokenProvider *tokens, const AppConfig &config,
                QObject *parent = nullptr);
    ~GraphClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &baseUrl);
    QNetworkAccessManager *network() const { return m_network; }
    AccessTokenProvider *tokenProvider() const { return m_tokens; }
    Clock *clock() const { return m_clock; }
    void setClock(Clock *clock);

    // Inactivity timeout per HTTP attempt (no bytes in either direction for this long). Default 30 s.
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    const GraphRetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const GraphRetryPolicy &policy) { m_retryPolicy = policy; }
    // Outlook allows 4 concurrent requests per app and mailbox; requests beyond that wait in a queue.
    int maxConcurrentPerMailbox() const { return m_maxPerMailbox; }
    void setMaxConcurrentPerMailbox(int max) { m_maxPerMailbox = qMax(1, max); }

    // Sends one logical request (retries and re-authentication included) and returns its call, which emits
    // finished(GraphResponse) exactly once, asynchronously, and then deletes itself.
    GraphCall *send(const GraphRequest &request);

    // The absolute URL a request goes to; invalid when an absolute link does not lie under the base URL (a
    // nextLink pointing elsewhere must never receive our token).
    QUrl resolve(const GraphRequest &request) const;
    // The encoded path and query relative to the base ("/me/events?…"), as $batch items need; empty if outside.
    QString relativeTarget(const GraphRequest &request) const;
    bool isUnderBase(const QUrl &url) const;
    // "me", "users/<id or upn, lower-case>" or "" (not a mailbox: teams, $batch, ...).
    static QString mailboxKey(const QString &relativeTarget);

    // Runs the token provider's re-authentication; concurrent callers share one. callback(success) runs once,
    // unless context is destroyed first.
    void reauthenticate(QObject *context, std::function<void(bool)> callback);

    int activeRequests(const QString &mailbox) const { return m_mailboxes.value(mailbox).active; }

Q_SIGNALS:
    // A request ended with SignInRequired: the session is gone and the user has to sign in again.
    void signInRequired();

private:
    friend class GraphCall;
    void acquireSlot(GraphCall *call);
    void releaseSlot(GraphCall *call);
    void forgetQueued(GraphCall *call);
    void onReauthenticationFinished(bool success);

    struct Mailbox
    {
        int active = 0;
        QList<QPointer<GraphCall>> waiting;
    };
    struct ReauthWaiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> callback;
    };

    QNetworkAccessManager *m_network;
    AccessTokenProvider *m_tokens;
    QUrl m_baseUrl;
    Clock *m_clock;
    std::chrono::milliseconds m_transferTimeout{30000};
    GraphRetryPolicy m_retryPolicy;
    int m_maxPerMailbox = 4;
    QHash<QString, Mailbox> m_mailboxes;
    bool m_reauthenticating = false;
    QList<ReauthWaiter> m_reauthWaiters;
};

} // namespace MentorDesk
