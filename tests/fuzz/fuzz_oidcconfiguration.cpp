// OidcConfiguration::parse: the discovery document. Whatever it says, an accepted configuration only sends the
// user (and later the code and tokens) to https on the authority's own host or a Microsoft sign-in host, or to
// http on loopback.
#include "FuzzInput.h"
#include "core/auth/OidcDiscovery.h"

#include <QHostAddress>
#include <QUrl>

using namespace MentorDesk;

namespace {

bool isSafe(const QUrl &url, const QUrl &authority)
{
    const bool sameOrigin = url.host().compare(authority.host(), Qt::CaseInsensitive) == 0
        && url.scheme() == authority.scheme() && url.port(0) == authority.port(0);
    if (url.scheme() == QLatin1String("http"))
        return sameOrigin && QHostAddress(url.host()).isLoopback();
    return url.scheme() == QLatin1String("https")
        && (sameOrigin || url.host().startsWith(QLatin1String("login."), Qt::CaseInsensitive));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::FuzzInput input(data, size);
    const QByteArray json = input.next();
    const int choice = input.nextChoice(3);
    const QUrl authorities[] = {QUrl(QStringLiteral("https://login.microsoftonline.com/organizations")),
                                QUrl(QStringLiteral("http://127.0.0.1:8400/contoso")),
                                QUrl(QStringLiteral("https://login.microsoftonline.us/common"))};
    const QUrl &authority = authorities[choice];

    OidcConfiguration configuration;
    const QString error = OidcConfiguration::parse(json, authority, &configuration);
    if (error.isEmpty()) {
        MD_FUZZ_CHECK(configuration.isValid());
        MD_FUZZ_CHECK(isSafe(configuration.authorizationEndpoint, authority));
        MD_FUZZ_CHECK(isSafe(configuration.tokenEndpoint, authority));
    }
    (void)OidcConfiguration::discoveryUrl(QUrl(QString::fromUtf8(input.next())));
    return 0;
}
