#pragma once

#include "sandbox/state/SandboxState.h"

#include <QJsonObject>

namespace MentorDesk::Sandbox {

// JWT-shaped tokens (header.payload.HMAC-SHA256 with the run's key): clients may decode them like Entra's,
// the sandbox verifies them, and a token from another run (or a real one) is foreign.
class TokenIssuer
{
public:
    explicit TokenIssuer(const SandboxState &state);

    QString accessToken(const User &user, const QStringList &graphScopes, int lifetimeSeconds) const;
    QString idToken(const User &user, const QStringList &scopes, const QString &nonce, const QString &issuerBase) const;

    struct Validation
    {
        enum class Status { Valid, Missing, Malformed, Foreign, Expired, NotYetValid };
        Status status = Status::Missing;
        QJsonObject claims;
        QStringList scopes; // scp, split
    };
    Validation validate(const QByteArray &authorizationHeader) const;
    static QJsonObject decodePayload(const QString &jwt); // no verification; for tests and the state dump

    QString accessTokenIssuer() const;

private:
    QString sign(const QJsonObject &payload) const;
    QString objectId(const User &user) const;

    const SandboxState &m_state;
};

} // namespace MentorDesk::Sandbox
