#include "core/auth/OAuthCompat.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QtGlobal>

namespace MentorDesk::OAuthCompat {

bool qtAddsPkce()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return true;
#else
    return false;
#endif
}

void configureFlow(QOAuth2AuthorizationCodeFlow &flow, const QUrl &tokenEndpoint, const QStringList &scopes)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Built in since 6.8 (QTBUG-124327) and S256 by default; set explicitly so a changed default cannot weaken it.
    flow.setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256);
#endif
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    // 6.9 would add its own nonce and fail refreshes that lack an id_token; MentorDesk handles OIDC itself.
    flow.setNonceMode(QAbstractOAuth2::NonceMode::Disabled);
    flow.setTokenUrl(tokenEndpoint);
    QSet<QByteArray> tokens;
    for (const QString &scope : scopes)
        tokens.insert(scope.toUtf8());
    flow.setRequestedScopeTokens(tokens);
#else
    flow.setAccessTokenUrl(tokenEndpoint);
    flow.setScope(scopes.join(QLatin1Char(' ')));
#endif
}

} // namespace MentorDesk::OAuthCompat
