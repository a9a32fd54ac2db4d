#pragma once

#include "sandbox/SandboxServer.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <memory>

namespace MentorDesk::Test {

// Starts an in-process sandbox (Entra + Graph imitation) on 127.0.0.1:0 and talks to it over real HTTP.
// Every call is synchronous (QEventLoop with a timeout) so tests read top to bottom:
//   SandboxFixture sandbox;                                     // seed 1, clock at kDefaultNow
//   const QString token = sandbox.issueToken({"User.Read"});    // no browser flow needed
//   const auto me = sandbox.get(sandbox.graphUrl("/me"), token);
//   QCOMPARE(me.status, 200);
//   sandbox.addFault({{"path", "/v1.0/me"}, {"type", "status"}, {"status", 503}});
// Redirects are never followed, so authorize responses can be inspected.
class SandboxFixture
{
public:
    static constexpr char kDefaultNow[] = "2026-11-25T09:00:00Z"; // a Wednesday

    struct Reply
    {
        int status = 0; // 0 when the transport failed (dropped, timed out)
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;

        QJsonObject json() const; // empty when the body is not a JSON object
        QByteArray header(QByteArrayView name) const;
    };

    static Sandbox::SandboxOptions defaultOptions();
    explicit SandboxFixture(const Sandbox::SandboxOptions &options = defaultOptions());
    ~SandboxFixture();

    bool isListening() const;
    Sandbox::SandboxServer &server();
    QNetworkAccessManager &network();
    QUrl baseUrl() const;
    QUrl authority(const QString &tenant = QStringLiteral("organizations")) const;
    QUrl graphUrl(const QString &pathAndQuery) const; // graphUrl("/me/calendars") -> .../v1.0/me/calendars
    QUrl url(const QString &pathAndQuery) const; // relative to the base URL

    // Plain HTTP. headers are added as given; a non-empty token becomes "Authorization: Bearer <token>".
    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QList<QNetworkReply::RawHeaderPair> &headers = {}, const QString &token = {},
                  int timeoutMs = 15000);
    Reply get(const QUrl &url, const QString &token = {}, const QList<QNetworkReply::RawHeaderPair> &headers = {});
    Reply postJson(const QUrl &url, const QJsonObject &body, const QString &token = {},
                   const QList<QNetworkReply::RawHeaderPair> &headers = {});
    Reply postForm(const QUrl &url, const QByteArray &formEncoded);

    // The /_sandbox control endpoints (see the README's sandbox section for the contract).
    QString addFault(const QJsonObject &fault); // returns the fault id
    void clearFaults();
    QJsonObject state();
    // Token requests the demo tenant received with this grant_type ("authorization_code", "refresh_token").
    int tokenRequests(const QString &grantType);
    QJsonObject setConfig(const QJsonObject &config);
    void advanceClock(int seconds);
    QString issueToken(const QStringList &scopes, int lifetimeSeconds = -1);
    QJsonObject mutate(const QJsonObject &mutation);

private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    bool m_listening = false;
};

} // namespace MentorDesk::Test
