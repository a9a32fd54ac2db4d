#include "core/auth/Account.h"
#include "core/auth/AuthError.h"
#include "core/auth/IdToken.h"
#include "core/auth/OidcDiscovery.h"
#include "core/auth/Pkce.h"
#include "core/auth/SecureRandom.h"
#include "core/auth/TokenSet.h"
#include "core/common/LogRedaction.h"
#include "core/consent/ScopeCatalog.h"
#include "support/Fixtures.h"
#include "support/Jwt.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Kind = AuthError::Kind;

namespace {
const QString kClientId = u"5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b"_s;
const QString kTenant = u"0c8b2f2a-3a6e-4f4b-9a0d-6a1f2e3d4c5b"_s;
const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());

QJsonObject goodClaims()
{
    return {{"aud"_L1, kClientId},
            {"iss"_L1, u"https://login.microsoftonline.com/%1/v2.0"_s.arg(kTenant)},
            {"tid"_L1, kTenant},
            {"oid"_L1, u"7d6e5f4a-1111-2222-3333-444455556666"_s},
            {"sub"_L1, u"pairwise-subject"_s},
            {"nonce"_L1, u"nonce-123"_s},
            {"name"_L1, u"Alex Mentor"_s},
            {"preferred_username"_L1, u"alex@contoso-mentoring.example"_s},
            {"exp"_L1, double(kNow.addSecs(3600).toSecsSinceEpoch())}};
}
} // namespace

class TestAuthPrimitives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceIsS256AndFresh();
    void pkceKnownAnswer();
    void stateIs128BitsAndUrlSafe();
    void redirectErrors_data();
    void redirectErrors();
    void tokenEndpointErrors_data();
    void tokenEndpointErrors();
    void tokenEndpointAnswersWithoutEntraShape_data();
    void tokenEndpointAnswersWithoutEntraShape();
    void tokenResponses_data();
    void tokenResponses();
    void idTokenValidation_data();
    void idTokenValidation();
    void idTokenDecodeFailures_data();
    void idTokenDecodeFailures();
    void discovery_data();
    void discovery();
    void logRedaction_data();
    void logRedaction();
    void accountKeyAndStorageId();
    void tokenSetJsonNeverHoldsIdToken();
};

void TestAuthPrimitives::pkceIsS256AndFresh()
{
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QCOMPARE(a.verifier.size(), 43); // 32 octets, base64url, no padding (RFC 7636 4.1)
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(a.verifier).hasMatch());
    QVERIFY(a.verifier != b.verifier);
    const QByteArray digest = QCryptographicHash::hash(a.verifier.toLatin1(), QCryptographicHash::Sha256);
    QCOMPARE(a.challenge,
             QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
}

void TestAuthPrimitives::pkceKnownAnswer()
{
    // RFC 7636 appendix B.
    QCOMPARE(Pkce::challengeFor(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
             u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
}

void TestAuthPrimitives::stateIs128BitsAndUrlSafe()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString state = SecureRandom::urlSafeToken(16);
        QCOMPARE(state.size(), 22); // 128 bits
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]+$"_s).match(state).hasMatch());
        seen.insert(state);
    }
    QCOMPARE(seen.size(), 200);
}

void TestAuthPrimitives::redirectErrors_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("aadsts");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("declined, plus-encoded")
        << u"access_denied"_s << u"AADSTS65004:+User+declined+to+consent+to+access+the+app.%0d%0aTrace+ID:+x"_s
        << Kind::Declined << 65004 << u"AADSTS65004: User declined to consent to access the app.\r\nTrace ID: x"_s;
    QTest::newRow("consent required") << u"consent_required"_s << u"AADSTS65001: The user has not consented"_s
                                      << Kind::ConsentRequired << 65001 << u"AADSTS65001: The user has not consented"_s;
    QTest::newRow("admin approval") << u"access_denied"_s
                                    << u"AADSTS90094:%20The%20grant%20requires%20admin%20permission."_s
                                    << Kind::AdminApprovalRequired << 90094
                                    << u"AADSTS90094: The grant requires admin permission."_s;
    // As Entra sends them when the user leaves "Need admin approval" with "Return to the application without
    // granting consent": access_denied (error_subcode=cancel), the code says an administrator is needed.
    QTest::newRow("admin approval, returned to the app")
        << u"access_denied"_s
        << u"AADSTS90094%3a+The+grant+requires+admin+permission.%0d%0aTrace+ID%3a+0b1c%0d%0aCorrelation+ID%3a+7f2a"
           u"%0d%0aTimestamp%3a+2026-11-25+09%3a00%3a00Z"_s
        << Kind::AdminApprovalRequired << 90094
        << u"AADSTS90094: The grant requires admin permission.\r\nTrace ID: 0b1c\r\nCorrelation ID: 7f2a\r\n"
           u"Timestamp: 2026-11-25 09:00:00Z"_s;
    QTest::newRow("admin approval, principal cannot consent")
        << u"access_denied"_s << u"AADSTS90093:+Calling+principal+cannot+consent+due+to+lack+of+permissions."_s
        << Kind::AdminApprovalRequired << 90093
        << u"AADSTS90093: Calling principal cannot consent due to lack of permissions."_s;
    QTest::newRow("silent, admin approval")
        << u"consent_required"_s << u"AADSTS90094%3a+The+grant+requires+admin+permission."_s
        << Kind::AdminApprovalRequired << 90094 << u"AADSTS90094: The grant requires admin permission."_s;
    QTest::newRow("silent, consent required")
        << u"consent_required"_s << u"AADSTS65001%3a+The+user+or+administrator+has+not+consented"_s
        << Kind::ConsentRequired << 65001 << u"AADSTS65001: The user or administrator has not consented"_s;
    QTest::newRow("silent, login required")
        << u"login_required"_s << u"AADSTS50058%3a+A+silent+sign-in+request+was+sent+but+no+user+is+signed+in."_s
        << Kind::InteractionRequired << 50058
        << u"AADSTS50058: A silent sign-in request was sent but no user is signed in."_s;
    QTest::newRow("redirect mismatch") << u"invalid_request"_s << u"AADSTS50011: The redirect URI does not match"_s
                                       << Kind::Configuration << 50011
                                       << u"AADSTS50011: The redirect URI does not match"_s;
    QTest::newRow("spa") << u"invalid_request"_s << u"AADSTS9002327: Tokens issued for the SPA client-type"_s
                         << Kind::Configuration << 9002327 << u"AADSTS9002327: Tokens issued for the SPA client-type"_s;
    QTest::newRow("plain access_denied") << u"access_denied"_s << QString() << Kind::Declined << 0 << QString();
    QTest::newRow("interaction") << u"interaction_required"_s << u"AADSTS50076: MFA"_s << Kind::InteractionRequired
                                 << 50076 << u"AADSTS50076: MFA"_s;
    QTest::newRow("unknown") << u"temporarily_unavailable"_s << u"try later"_s << Kind::ServerError << 0
                             << u"try later"_s;
}

void TestAuthPrimitives::redirectErrors()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(Kind, kind);
    QFETCH(int, aadsts);
    QFETCH(QString, decoded);
    const AuthError result = AuthError::fromRedirect(error, description);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.aadsts, aadsts);
    QCOMPARE(result.description, decoded);
    QVERIFY(!result.userMessage().isEmpty());
    if (aadsts)
        QVERIFY(result.technicalDetails().contains(u"AADSTS%1"_s.arg(aadsts)));
}

void TestAuthPrimitives::tokenEndpointErrors_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("aadsts");
    QTest::addColumn<QString>("correlation");

    QTest::newRow("expired code") << u"auth/token-error-invalid-grant.json"_s << 400 << Kind::InvalidGrant << 70008
                                  << u"9e4f0f6e-1b67-4f54-a4a3-1c5d3b2a8f11"_s;
    QTest::newRow("secret presented") << u"auth/token-error-public-client-secret.json"_s << 401 << Kind::Configuration
                                      << 700025 << u"1a2b3c4d-1b67-4f54-a4a3-1c5d3b2a8f12"_s;
    QTest::newRow("mfa") << u"auth/token-error-interaction-required.json"_s << 400 << Kind::InteractionRequired << 50076
                         << u"aa2b3c4d-1b67-4f54-a4a3-1c5d3b2a8f13"_s;
    // Found by tests/fuzz (autherror): error_codes holding a negative number is no AADSTS code.
    QTest::newRow("negative code, text has the real one")
        << u"auth/token-error-negative-code.json"_s << 400 << Kind::InteractionRequired << 50076 << QString();
    QTest::newRow("code only in text") << u"auth/token-error-no-codes.json"_s << 400 << Kind::ConsentRequired << 65001
                                       << QString();
}

void TestAuthPrimitives::tokenEndpointErrors()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QFETCH(int, aadsts);
    QFETCH(QString, correlation);
    const AuthError error = AuthError::fromTokenEndpoint(
        status, Test::readFixture(fixture), QNetworkReply::ProtocolInvalidOperationError, u"Bad Request"_s);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.aadsts, aadsts);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.correlationId, correlation);
    QVERIFY(error.description.startsWith(u"AADSTS%1"_s.arg(aadsts)));
}

void TestAuthPrimitives::tokenEndpointAnswersWithoutEntraShape_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("networkError"); // QNetworkReply::NetworkError
    QTest::addColumn<QString>("qtText"); // Qt's English errorString(), never shown to the user
    QTest::addColumn<Kind>("kind");

    // Found by integration.faultmatrix_refresh: these quoted Qt's text ("Connection closed", "Error transferring …
    // server replied: Bad Gateway") in the user's sentence, or had nothing after its colon.
    QTest::newRow("reset") << 0 << QByteArray() << int(QNetworkReply::RemoteHostClosedError) << u"Connection closed"_s
                           << Kind::Network;
    QTest::newRow("transfer timeout") << 0 << QByteArray() << int(QNetworkReply::OperationCanceledError)
                                      << u"Operation canceled"_s << Kind::Network;
    QTest::newRow("refused") << 0 << QByteArray() << int(QNetworkReply::ConnectionRefusedError)
                             << u"Connection refused"_s << Kind::Network;
    QTest::newRow("proxy page") << 502 << QByteArray("<!DOCTYPE html><html><body>Bad Gateway</body></html>")
                                << int(QNetworkReply::UnknownServerError)
                                << u"Error transferring https://login.example/token - server replied: Bad Gateway"_s
                                << Kind::ServerError;
    QTest::newRow("gateway JSON, not Entra's")
        << 503 << QByteArray(R"({"error":{"code":"serviceNotAvailable","message":"Try later."}})")
        << int(QNetworkReply::ServiceUnavailableError)
        << u"Error transferring https://login.example/token - server replied: Service Unavailable"_s
        << Kind::ServerError;
    QTest::newRow("throttled, no body") << 429 << QByteArray() << int(QNetworkReply::UnknownContentError)
                                        << u"Error transferring https://login.example/token"_s << Kind::ServerError;
}

void TestAuthPrimitives::tokenEndpointAnswersWithoutEntraShape()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, networkError);
    QFETCH(QString, qtText);
    QFETCH(Kind, kind);
    const AuthError error
        = AuthError::fromTokenEndpoint(status, body, QNetworkReply::NetworkError(networkError), qtText);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    const QString message = error.userMessage();
    QVERIFY(!error.description.isEmpty());
    QVERIFY2(!message.contains(qtText), qPrintable(message));
    QVERIFY2(!message.contains(u'{') && !message.contains(u'<') && !message.trimmed().endsWith(u':'),
             qPrintable(message));
    if (status == 429 || status == 503)
        QVERIFY2(message.contains(u"busy or not available"_s), qPrintable(message));
}

void TestAuthPrimitives::tokenResponses_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<QStringList>("granted");
    QTest::addColumn<bool>("keepsRefreshToken");

    const QStringList outlook = ScopeCatalog::instance().signInScopes(false);
    const QStringList outlookStay = ScopeCatalog::instance().signInScopes(true);
    QTest::newRow("work, resource-qualified scopes")
        << u"auth/token-response-work.json"_s << outlook << true << qint64(4780)
        << QStringList{u"openid"_s,
                       u"email"_s,
                       u"User.Read"_s,
                       u"Calendars.Read.Shared"_s,
                       u"Calendars.ReadWrite"_s,
                       u"OnlineMeetings.ReadWrite"_s}
        << false;
    QTest::newRow("string expiry, no scope, opted in") << u"auth/token-response-string-expiry-no-scope.json"_s
                                                       << outlookStay << true << qint64(3599) << outlookStay << true;
    QTest::newRow("refresh token not asked for is dropped")
        << u"auth/token-response-string-expiry-no-scope.json"_s << outlook << true << qint64(3599) << outlook << false;
    // Found by tests/fuzz (idtoken, the same conversion): a lifetime beyond qint64 is read as the usual hour.
    QTest::newRow("absurd expiry") << u"auth/token-response-absurd-expiry.json"_s << outlook << true << qint64(3600)
                                   << outlook << false;
    QTest::newRow("not bearer") << u"auth/token-response-not-bearer.json"_s << outlook << false << qint64(0)
                                << QStringList{} << false;
    QTest::newRow("no access token") << u"auth/token-response-no-access-token.json"_s << outlook << false << qint64(0)
                                     << QStringList{} << false;
}

void TestAuthPrimitives::tokenResponses()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, requested);
    QFETCH(bool, ok);
    QFETCH(qint64, lifetime);
    QFETCH(QStringList, granted);
    QFETCH(bool, keepsRefreshToken);

    QJsonObject response = Test::readJsonFixture(fixture).object();
    if (response.contains("id_token"_L1))
        response.insert("id_token"_L1, Test::makeJwt(goodClaims()));
    TokenSet tokens;
    QString error;
    QCOMPARE(TokenSet::fromTokenResponse(response, requested, ScopeCatalog::instance(), kNow, &tokens, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QCOMPARE(kNow.secsTo(tokens.expiresAt), lifetime);
    QCOMPARE(QSet<QString>(tokens.grantedScopes.cbegin(), tokens.grantedScopes.cend()),
             QSet<QString>(granted.cbegin(), granted.cend()));
    QCOMPARE(!tokens.refreshToken.isEmpty(), keepsRefreshToken);
    QVERIFY(tokens.isValidAt(kNow));
    QVERIFY(!tokens.isValidAt(tokens.expiresAt.addSecs(-30), 60));
}

void TestAuthPrimitives::idTokenValidation_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("expectedTenant");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<QString>("problem");

    QTest::newRow("valid") << QJsonObject{} << QString() << u"nonce-123"_s << QString();
    QTest::newRow("valid with pinned tenant") << QJsonObject{} << kTenant << u"nonce-123"_s << QString();
    QTest::newRow("organizations authority") << QJsonObject{} << u"organizations"_s << u"nonce-123"_s << QString();
    QTest::newRow("missing email tolerated")
        << QJsonObject{{"email"_L1, QJsonValue()}} << QString() << u"nonce-123"_s << QString();
    QTest::newRow("other audience") << QJsonObject{{"aud"_L1, u"someone-else"_s}} << QString() << u"nonce-123"_s
                                    << u"another application"_s;
    QTest::newRow("audience array with azp")
        << QJsonObject{{"aud"_L1, QJsonArray{u"x"_s, kClientId}}, {"azp"_L1, kClientId}} << QString() << u"nonce-123"_s
        << QString();
    QTest::newRow("audience array without azp") << QJsonObject{{"aud"_L1, QJsonArray{u"x"_s, kClientId}}} << QString()
                                                << u"nonce-123"_s << u"another application"_s;
    QTest::newRow("audience array, azp of another client")
        << QJsonObject{{"aud"_L1, QJsonArray{kClientId}}, {"azp"_L1, u"x"_s}} << QString() << u"nonce-123"_s
        << u"another application"_s;
    QTest::newRow("azp of another client")
        << QJsonObject{{"azp"_L1, u"x"_s}} << QString() << u"nonce-123"_s << u"another application"_s;
    QTest::newRow("issuer of another tenant")
        << QJsonObject{{"iss"_L1, u"https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0"_s}}
        << QString() << u"nonce-123"_s << u"not by the sign-in service"_s;
    QTest::newRow("issuer of another host")
        << QJsonObject{{"iss"_L1, u"https://login.evil.example/%1/v2.0"_s.arg(kTenant)}} << QString() << u"nonce-123"_s
        << u"not by the sign-in service"_s;
    QTest::newRow("issuer of the v1 endpoint") << QJsonObject{{"iss"_L1, u"https://sts.windows.net/%1/"_s.arg(kTenant)}}
                                               << QString() << u"nonce-123"_s << u"not by the sign-in service"_s;
    QTest::newRow("no issuer") << QJsonObject{{"iss"_L1, QJsonValue()}} << QString() << u"nonce-123"_s
                               << u"not by the sign-in service"_s;
    QTest::newRow("no expiry") << QJsonObject{{"exp"_L1, QJsonValue()}} << QString() << u"nonce-123"_s
                               << u"no expiry"_s;
    QTest::newRow("expiry not a number") << QJsonObject{{"exp"_L1, u"tomorrow"_s}} << QString() << u"nonce-123"_s
                                         << u"no expiry"_s;
    QTest::newRow("other tenant") << QJsonObject{} << u"11111111-2222-3333-4444-555555555555"_s << u"nonce-123"_s
                                  << u"another tenant"_s;
    QTest::newRow("no tenant") << QJsonObject{{"tid"_L1, QJsonValue()}} << QString() << u"nonce-123"_s
                               << u"names no tenant"_s;
    QTest::newRow("expired") << QJsonObject{{"exp"_L1, double(kNow.addSecs(-3600).toSecsSinceEpoch())}} << QString()
                             << u"nonce-123"_s << u"expired"_s;
    // Found by tests/fuzz (idtoken): a NumericDate beyond any date, which used to overflow its conversion.
    QTest::newRow("expiry beyond any date")
        << QJsonObject{{"exp"_L1, 1.796e39}} << QString() << u"nonce-123"_s << u"no expiry"_s;
    QTest::newRow("negative expiry") << QJsonObject{{"exp"_L1, -5.0}} << QString() << u"nonce-123"_s << u"no expiry"_s;
    QTest::newRow("within clock skew") << QJsonObject{{"exp"_L1, double(kNow.addSecs(-120).toSecsSinceEpoch())}}
                                       << QString() << u"nonce-123"_s << QString();
    QTest::newRow("nonce mismatch") << QJsonObject{{"nonce"_L1, u"replayed"_s}} << QString() << u"nonce-123"_s
                                    << u"nonce"_s;
    QTest::newRow("nonce missing") << QJsonObject{{"nonce"_L1, QJsonValue()}} << QString() << u"nonce-123"_s
                                   << u"nonce"_s;
    QTest::newRow("oid missing, sub used")
        << QJsonObject{{"oid"_L1, QJsonValue()}} << QString() << u"nonce-123"_s << QString();
}

void TestAuthPrimitives::idTokenValidation()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, expectedTenant);
    QFETCH(QString, nonce);
    QFETCH(QString, problem);

    QJsonObject claims = goodClaims();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            claims.remove(it.key());
        else
            claims.insert(it.key(), it.value());
    }
    QString error;
    const IdToken token = IdToken::decode(Test::makeJwt(claims), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString result = token.validate({.clientId = kClientId,
                                           .tenant = expectedTenant,
                                           .issuer = u"https://login.microsoftonline.com/{tenantid}/v2.0"_s,
                                           .nonce = nonce,
                                           .nowUtc = kNow});
    if (problem.isEmpty())
        QVERIFY2(result.isEmpty(), qPrintable(result));
    else
        QVERIFY2(result.contains(problem), qPrintable(result));
    if (!changes.contains("oid"_L1))
        QCOMPARE(token.objectId(), u"7d6e5f4a-1111-2222-3333-444455556666"_s);
    else
        QCOMPARE(token.objectId(), u"pairwise-subject"_s);
}

void TestAuthPrimitives::idTokenDecodeFailures_data()
{
    QTest::addColumn<QString>("jwt");
    QTest::newRow("empty") << QString();
    QTest::newRow("two parts") << u"a.b"_s;
    QTest::newRow("bad base64") << u"a.!!!.c"_s;
    QTest::newRow("not json") << u"a.%1.c"_s.arg(
        QString::fromLatin1(QByteArray("nope").toBase64(QByteArray::Base64UrlEncoding)));
}

void TestAuthPrimitives::idTokenDecodeFailures()
{
    QFETCH(QString, jwt);
    QString error;
    IdToken::decode(jwt, &error);
    QVERIFY(!error.isEmpty());
}

void TestAuthPrimitives::discovery_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("tokenEndpoint");
    const QString entra = u"auth/openid-configuration-entra.json"_s;
    const QString organizations = u"https://login.microsoftonline.com/organizations"_s;
    QTest::newRow("entra") << entra << organizations << QJsonObject{} << QString()
                           << u"https://login.microsoftonline.com/organizations/oauth2/v2.0/token"_s;
    QTest::newRow("documented alias authority, endpoints on the cloud's login host")
        << entra << u"https://login.windows.net/organizations"_s << QJsonObject{} << QString()
        << u"https://login.microsoftonline.com/organizations/oauth2/v2.0/token"_s;
    const QString example = u"https://login.example.org/tenant"_s; // the host these two fixtures use
    QTest::newRow("http token endpoint refused") << u"auth/openid-configuration-http-token-endpoint.json"_s << example
                                                 << QJsonObject{} << u"must use https"_s << QString();
    QTest::newRow("missing token endpoint") << u"auth/openid-configuration-missing-token-endpoint.json"_s << example
                                            << QJsonObject{} << u"lacks"_s << QString();
    QTest::newRow("token endpoint on another host")
        << entra << organizations
        << QJsonObject{{"token_endpoint"_L1, u"https://login.evil.example/organizations/oauth2/v2.0/token"_s}}
        << u"points to another server (login.evil.example)"_s << QString();
    QTest::newRow("authorize endpoint of another cloud")
        << entra << organizations
        << QJsonObject{{"authorization_endpoint"_L1, u"https://login.microsoftonline.us/organizations/authorize"_s}}
        << u"points to another server"_s << QString();
    QTest::newRow("issuer on another host")
        << entra << organizations << QJsonObject{{"issuer"_L1, u"https://login.evil.example/{tenantid}/v2.0"_s}}
        << u"names another issuer"_s << QString();
    QTest::newRow("no issuer") << entra << organizations << QJsonObject{{"issuer"_L1, QJsonValue()}}
                               << u"names another issuer"_s << QString();
    QTest::newRow("loopback provider on its own port")
        << entra << u"http://127.0.0.1:4000/tenant"_s
        << QJsonObject{{"issuer"_L1, u"http://127.0.0.1:4000/tenant/v2.0"_s},
                       {"authorization_endpoint"_L1, u"http://127.0.0.1:4000/tenant/authorize"_s},
                       {"token_endpoint"_L1, u"http://127.0.0.1:4000/tenant/token"_s}}
        << QString() << u"http://127.0.0.1:4000/tenant/token"_s;
    QTest::newRow("loopback provider pointing to another local port")
        << entra << u"http://127.0.0.1:4000/tenant"_s
        << QJsonObject{{"issuer"_L1, u"http://127.0.0.1:4000/tenant/v2.0"_s},
                       {"authorization_endpoint"_L1, u"http://127.0.0.1:4000/tenant/authorize"_s},
                       {"token_endpoint"_L1, u"http://127.0.0.1:4001/tenant/token"_s}}
        << u"points to another server"_s << QString();
}

void TestAuthPrimitives::discovery()
{
    QFETCH(QString, fixture);
    QFETCH(QString, authority);
    QFETCH(QJsonObject, changes);
    QFETCH(QString, problem);
    QFETCH(QString, tokenEndpoint);
    QJsonObject document = QJsonDocument::fromJson(Test::readFixture(fixture)).object();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            document.remove(it.key());
        else
            document.insert(it.key(), it.value());
    }
    OidcConfiguration configuration;
    const QString result = OidcConfiguration::parse(QJsonDocument(document).toJson(), QUrl(authority), &configuration);
    if (problem.isEmpty()) {
        QVERIFY2(result.isEmpty(), qPrintable(result));
        QCOMPARE(configuration.tokenEndpoint.toString(), tokenEndpoint);
        QCOMPARE(configuration.issuer, document.value("issuer"_L1).toString());
    } else {
        QVERIFY2(result.contains(problem), qPrintable(result));
    }
    QCOMPARE(OidcConfiguration::discoveryUrl(QUrl(u"https://login.microsoftonline.com/organizations/"_s)).toString(),
             u"https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration"_s);
}

void TestAuthPrimitives::logRedaction_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("kept");
    QTest::newRow("Qt's authorize URL")
        << u"Generated URL: http://127.0.0.1:1/o/authorize?client_id=abc&state=St4te&nonce=N0nce&code_challenge=Ch4l"
           "&redirect_uri=http%3A%2F%2Flocalhost&scope=openid&login_hint=alex%40contoso.com"_s
        << QStringList{u"St4te"_s, u"N0nce"_s, u"Ch4l"_s, u"alex%40contoso.com"_s}
        << QStringList{u"client_id=abc"_s, u"scope=openid"_s, u"redirect_uri=http%3A%2F%2Flocalhost"_s};
    QTest::newRow("token request form")
        << u"code=C0de&grant_type=authorization_code&code_verifier=V3rifier&refresh_token=R3fresh"_s
        << QStringList{u"C0de"_s, u"V3rifier"_s, u"R3fresh"_s} << QStringList{u"grant_type=authorization_code"_s};
    QTest::newRow("token response JSON")
        << uR"({"token_type":"Bearer","access_token":"Acc3ss","refresh_token":"R3fresh","id_token":"Id","expires_in":3599})"_s
        << QStringList{u"Acc3ss"_s, u"R3fresh"_s, uR"("Id")"_s} << QStringList{uR"("expires_in":3599)"_s};
    QTest::newRow("QDebug of a QVariantMap")
        << uR"(QMap(("access_token", QVariant(QString, "Acc3ss"))("expires_in", QVariant(int, 3599))))"_s
        << QStringList{u"Acc3ss"_s} << QStringList{u"expires_in"_s};
    QTest::newRow("a JWT anywhere") << u"token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl end"_s
                                    << QStringList{u"eyJzdWIiOiJ4In0"_s, u"c2lnbmF0dXJl"_s} << QStringList{u"end"_s};
    QTest::newRow("bearer header") << u"Authorization: Bearer abc.def-ghi"_s << QStringList{u"abc.def-ghi"_s}
                                   << QStringList{u"Authorization"_s};
    QTest::newRow("harmless words") << u"statement=1 encode=2 listening on port 443"_s << QStringList{}
                                    << QStringList{u"statement=1 encode=2 listening on port 443"_s};
}

void TestAuthPrimitives::logRedaction()
{
    QFETCH(QString, message);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);
    const QString redacted = LogRedaction::redact(message);
    for (const QString &secret : secrets)
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    for (const QString &part : kept)
        QVERIFY2(redacted.contains(part), qPrintable(redacted));
    QCOMPARE(redacted.contains(u"[redacted]"_s), !secrets.isEmpty());
}

void TestAuthPrimitives::accountKeyAndStorageId()
{
    Account account;
    account.objectId = u"oid"_s;
    account.tenantId = u"tid"_s;
    QCOMPARE(account.key(), u"oid.tid"_s);
    QCOMPARE(account.storageId().size(), 24);
    QVERIFY(!account.storageId().contains(u"oid"_s));
    QCOMPARE(Account::fromJson(account.toJson()), account);
}

void TestAuthPrimitives::tokenSetJsonNeverHoldsIdToken()
{
    TokenSet tokens;
    tokens.accessToken = u"at"_s;
    tokens.refreshToken = u"rt"_s;
    tokens.idToken = u"idt"_s;
    tokens.expiresAt = kNow;
    tokens.grantedScopes = {u"User.Read"_s};
    const QJsonObject withRefresh = tokens.toJson(true);
    QVERIFY(!withRefresh.contains("idToken"_L1));
    QCOMPARE(withRefresh.value("refreshToken"_L1).toString(), u"rt"_s);
    QVERIFY(!tokens.toJson(false).contains("refreshToken"_L1));
    TokenSet back = TokenSet::fromJson(withRefresh);
    QCOMPARE(back.accessToken, tokens.accessToken);
    QCOMPARE(back.expiresAt, tokens.expiresAt);
    QCOMPARE(back.grantedScopes, tokens.grantedScopes);
}

QTEST_GUILESS_MAIN(TestAuthPrimitives)
#include "tst_authprimitives.moc"
