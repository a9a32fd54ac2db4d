#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

namespace MentorDesk {

// Why a sign-in, refresh or consent round did not succeed; carries Entra's codes for support and a translated
// message that says what to do. A default-constructed AuthError means "no error".
struct AuthError
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::AuthError)

public:
    enum class Kind {
        None,
        Cancelled, // the user cancelled in MentorDesk
        TimedOut, // no answer from the browser within the sign-in timeout
        Declined, // the user declined consent (access_denied / AADSTS65004)
        ConsentRequired, // no consent for a requested permission yet (AADSTS65001)
        AdminApprovalRequired, // only an administrator can grant a requested permission (AADSTS90094 and kin)
        StateMismatch, // the redirect did not belong to this sign-in attempt; nothing was exchanged
        StrayRequests, // the loopback listener got too many requests that were not this sign-in's, and closed
        InvalidGrant, // code expired/used, refresh token expired or revoked: sign in interactively
        InteractionRequired, // Entra needs the user (MFA, conditional access, new consent)
        Configuration, // app registration / redirect URI / client type problems (AADSTS50011, 700025, ...)
        ServerError, // any other error answer from the identity provider
        Network, // no connection, TLS, timeout talking to the identity provider
        Discovery, // the OpenID configuration could not be read or is unusable
        InvalidIdToken, // the id_token failed our checks (aud, tid, exp, nonce)
        Keychain, // tokens could not be stored or read
    };

    Kind kind = Kind::None;
    QString error; // OAuth error code, e.g. "invalid_grant"
    QString description; // error_description, decoded
    int aadsts = 0; // AADSTS code when present (first of error_codes or parsed from the description)
    QString correlationId;
    QString traceId;
    int httpStatus = 0;

    bool isError() const { return kind != Kind::None; }
    QString userMessage() const; // translated: what happened and what to do
    QString technicalDetails() const; // codes and ids for support; never contains tokens

    static AuthError make(Kind kind, const QString &description = {});
    // From the redirect's error and error_description query values (decodes '+' and %XX as Entra sends them).
    static AuthError fromRedirect(const QString &error, const QString &rawDescription);
    // From a token endpoint answer: HTTP status (0: no answer), body (Entra's JSON error shape), and the network
    // error. An answer without Entra's shape (a proxy's page, a gateway's JSON) is a ServerError.
    static AuthError fromTokenEndpoint(int httpStatus, const QByteArray &body, QNetworkReply::NetworkError networkError,
                                       const QString &networkErrorString);
    static QString decodeFormValue(const QString &raw);
    // What went wrong on the way, translated, for the user's sentence (Qt's own error text is English and
    // technical; it goes to the log only).
    static QString describeNetworkError(QNetworkReply::NetworkError error);

    friend bool operator==(const AuthError &, const AuthError &) = default;

private:
    static Kind classify(const QString &error, int aadsts);
};

} // namespace MentorDesk
