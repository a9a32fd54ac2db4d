#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace MentorDesk::Test {

// What a test client sends to the demo tenant's identity endpoints, written independently of the sandbox's own
// FormEncoding (which encodes redirects the way Entra does).
// application/x-www-form-urlencoded, every name and value percent-encoded.
QByteArray formBody(const QList<QPair<QString, QString>> &parameters);
// The PKCE S256 code_challenge of a verifier (RFC 7636, section 4.2).
QString pkceChallenge(const QString &verifier);

} // namespace MentorDesk::Test
