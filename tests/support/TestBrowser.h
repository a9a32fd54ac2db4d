#pragma once

#include "core/auth/BrowserOpener.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace MentorDesk::Test {

// Plays the user's browser over real HTTP: fetches the authorize URL from the (sandbox) identity provider, answers
// its consent page like a person would, and follows the redirect to MentorDesk's loopback listener. Each step is
// recorded so tests can assert what a browser saw.
class TestBrowser
    : public QObject
    , public BrowserOpener
{
    Q_OBJECT

public:
    enum class Action {
        Accept, // click Accept on the consent page (or follow an automatic redirect)
        Decline, // click Cancel on the consent page
        ReturnToApp, // "Return to the application" on the admin-approval page
        DoNothing, // the user never finishes (timeouts, Cancel in the app)
        FailToOpen, // no browser can be started
        TamperState, // deliver the redirect with a different state (CSRF / stale tab)
        ReplayPrevious // deliver the previous attempt's redirect (old code and state) to the new listener
    };
    Q_ENUM(Action)

    explicit TestBrowser(QObject *parent = nullptr);

    void setAction(Action action) { m_action = action; }
    // Runs between receiving the identity provider's redirect and delivering it to MentorDesk.
    void setBeforeRedirect(std::function<void(const QUrl &redirect)> hook) { m_beforeRedirect = std::move(hook); }

    bool openUrl(const QUrl &url) override;

    int openCount() const { return m_openCount; }
    QUrl lastAuthorizeUrl() const { return m_lastAuthorizeUrl; }
    QUrl lastRedirect() const { return m_lastRedirect; }
    QString lastCallbackPage() const { return m_lastCallbackPage; }
    int lastCallbackStatus() const { return m_lastCallbackStatus; }
    bool callbackDelivered() const { return m_callbackDelivered; }
    QString lastIdentityPage() const { return m_lastIdentityPage; }

    struct Page
    {
        int status = 0;
        QByteArray body;
        QUrl location;
        bool connected = false;
    };
    // Fetches a URL the way a browser tab would (following nothing), synchronously.
    Page fetch(const QUrl &url, const QByteArray &postBody = {});
    // Opens an admin-consent URL and approves as the administrator.
    bool grantAdminConsent(const QUrl &adminConsentUrl);

Q_SIGNALS:
    void finished();

private:
    void run(const QUrl &url);
    void deliver(const QUrl &redirect);
    static QString formValue(const QByteArray &html, const QString &name);

    QNetworkAccessManager m_nam;
    Action m_action = Action::Accept;
    std::function<void(const QUrl &)> m_beforeRedirect;
    int m_openCount = 0;
    QUrl m_lastAuthorizeUrl;
    QUrl m_lastRedirect;
    QUrl m_previousRedirect;
    QString m_lastCallbackPage;
    QString m_lastIdentityPage;
    int m_lastCallbackStatus = 0;
    bool m_callbackDelivered = false;
};

} // namespace MentorDesk::Test
