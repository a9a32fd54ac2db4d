#include "support/TestBrowser.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

TestBrowser::TestBrowser(QObject *parent)
    : QObject(parent)
{ }

bool TestBrowser::openUrl(const QUrl &url)
{
    ++m_openCount;
    m_lastAuthorizeUrl = url;
    if (m_action == Action::FailToOpen)
        return false;
    // A real browser starts asynchronously, after the app returned from openUrl().
    QTimer::singleShot(0, this, [this, url] { run(url); });
    return true;
}

TestBrowser::Page TestBrowser::fetch(const QUrl &url, const QByteArray &postBody)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply;
    if (postBody.isNull()) {
        reply = m_nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        reply = m_nam.post(request, postBody);
    }
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.connected = page.status != 0;
    page.body = reply->readAll();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        page.location = url.resolved(QUrl::fromEncoded(location));
    reply->deleteLater();
    return page;
}

QString TestBrowser::formValue(const QByteArray &html, const QString &name)
{
    const QRegularExpression field(u"name=\"%1\" value=\"([^\"]*)\""_s.arg(name));
    return field.match(QString::fromUtf8(html)).captured(1);
}

void TestBrowser::run(const QUrl &url)
{
    if (m_action == Action::DoNothing)
        return;
    Page page = fetch(url);
    if (page.location.isEmpty() && page.status == 200) {
        // A consent or admin-approval page: answer it like a person.
        m_lastIdentityPage = QString::fromUtf8(page.body);
        QString decision = u"accept"_s;
        if (m_action == Action::Decline)
            decision = u"cancel"_s;
        else if (m_action == Action::ReturnToApp || m_lastIdentityPage.contains(u"value=\"return\""_s))
            decision = u"return"_s;
        QUrlQuery form;
        form.addQueryItem(u"flow"_s, formValue(page.body, u"flow"_s));
        form.addQueryItem(u"decision"_s, decision);
        QUrl action = url;
        action.setQuery(QString());
        page = fetch(action, form.toString(QUrl::FullyEncoded).toUtf8());
    }
    if (page.location.isEmpty()) {
        m_lastIdentityPage = QString::fromUtf8(page.body);
        Q_EMIT finished();
        return;
    }
    QUrl redirect = page.location;
    m_previousRedirect = m_lastRedirect;
    m_lastRedirect = redirect;
    if (m_action == Action::TamperState) {
        QUrlQuery query(redirect);
        query.removeAllQueryItems(u"state"_s);
        query.addQueryItem(u"state"_s, u"forged-state-value"_s);
        redirect.setQuery(query);
    } else if (m_action == Action::ReplayPrevious && m_previousRedirect.isValid()) {
        // The old code and state, sent to the new listener.
        QUrl replay = m_previousRedirect;
        replay.setPort(redirect.port());
        redirect = replay;
    }
    if (m_beforeRedirect)
        m_beforeRedirect(redirect);
    deliver(redirect);
}

void TestBrowser::deliver(const QUrl &redirect)
{
    // "localhost" as the browser would resolve it; the listener is on 127.0.0.1 only.
    QUrl target = redirect;
    if (target.host() == "localhost"_L1)
        target.setHost(u"127.0.0.1"_s);
    const Page page = fetch(target);
    m_callbackDelivered = page.connected;
    m_lastCallbackStatus = page.status;
    m_lastCallbackPage = QString::fromUtf8(page.body);
    Q_EMIT finished();
}

bool TestBrowser::grantAdminConsent(const QUrl &adminConsentUrl)
{
    Page page = fetch(adminConsentUrl);
    if (page.status != 200)
        return false;
    QUrlQuery form;
    form.addQueryItem(u"flow"_s, formValue(page.body, u"flow"_s));
    form.addQueryItem(u"decision"_s, u"accept"_s);
    QUrl action = adminConsentUrl;
    action.setQuery(QString());
    page = fetch(action, form.toString(QUrl::FullyEncoded).toUtf8());
    return page.status == 302 && QUrlQuery(page.location).queryItemValue(u"admin_consent"_s) == "True"_L1;
}

} // namespace MentorDesk::Test
