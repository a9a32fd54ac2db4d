#pragma once

#include "sandbox/http/FormEncoding.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/HttpServer.h"

#include <QHash>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <functional>

namespace MentorDesk::Test {

// Another OpenID provider, written without any of the sandbox's identity code: Entra-style discovery path, but its
// own endpoint paths, issuer and token format, strict about duplicated parameters and PKCE. It answers every
// authorize request straight away (no consent page), for one user whose subject and object id stay the same from
// round to round. Shows that the flow reads everything from discovery and works with any provider that behaves like
// Entra on the wire.
class OtherProvider
{
public:
    struct Options
    {
        // name and preferred_username in the id_token (Entra sends them only for the profile scope, which MentorDesk
        // does not request: off is what Entra's id_token looks like then).
        bool profileClaims = true;
        // The access token for the scopes of a round; default: an opaque token of this provider. A test that needs
        // Graph lets the demo tenant issue it (SandboxServer::issueToken).
        std::function<QString(const QStringList &scopes)> accessToken;
    };

    OtherProvider();
    explicit OtherProvider(Options options);

    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())); }
    QUrl authority() const { return QUrl(base().toString() + u'/' + tenantId); }

    const QString tenantId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString objectId = QUuid::createUuid().toString(QUuid::WithoutBraces); // the user's, in every id_token
    Sandbox::ParameterList lastAuthorize;
    Sandbox::ParameterList lastToken;
    int discoveryRequests = 0;
    int codesIssued = 0;
    int tokensIssued = 0;

private:
    struct Grant
    {
        QString challenge;
        QString redirectUri;
        QString nonce;
        QString scope;
    };

    Sandbox::HttpResponse handle(const Sandbox::HttpRequest &request);

    Options m_options;
    Sandbox::HttpServer m_server;
    QHash<QString, Grant> m_grants;
};

} // namespace MentorDesk::Test
