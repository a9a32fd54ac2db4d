#include "core/auth/AuthError.h"

#include "core/auth/LoopbackReplyHandler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

int aadstsFromDescription(const QString &description)
{
    static const QRegularExpression code(u"AADSTS(\\d+)"_s);
    const auto match = code.match(description);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

AuthError AuthError::make(Kind kind, const QString &description)
{
    AuthError error;
    error.kind = kind;
    error.description = description;
    return error;
}

QString AuthError::decodeFormValue(const QString &raw)
{
    // Qt 6.4's reply handler keeps '+' (QUrlQuery PrettyDecoded) and may leave %XX; Entra form-encodes.
    QString value = raw;
    value.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(value.toUtf8());
}

AuthError::Kind AuthError::classify(const QString &error, int aadsts)
{
    switch (aadsts) {
    case 65004:
        return Kind::Declined;
    case 65001:
        return Kind::ConsentRequired;
    // Only an administrator can grant: whatever the error says (access_denied when the user leaves "Need admin
    // approval" with its button, consent_required for prompt=none), the code decides.
    case 90093: // calling principal cannot consent due to lack of permissions
    case 90094: // the grant requires admin permission
    case 90095: // an admin consent request was sent (admin consent workflow)
    case 900941: // a tenant policy prevents the user from consenting
    case 65005: // the app needs access to a service the organisation has not subscribed to
        return Kind::AdminApprovalRequired;
    case 50011: // redirect URI mismatch
    case 700016: // unknown application
    case 700025: // public client presented a secret
    case 7000218: // registration expects a confidential client
    case 9002327: // registered as single-page application
    case 50194: // app is not multi-tenant
    case 90015: // duplicated request parameter
    case 9000411: // duplicated request parameter (current code)
        return Kind::Configuration;
    case 54005: // code already redeemed
    case 70008: // code or refresh token expired
    case 70000: // grant invalid
    case 700082: // refresh token expired due to inactivity
    case 50173: // grant expired after a password change
    case 70043: // refresh token expired by sign-in frequency policy
        return Kind::InvalidGrant;
    case 50076:
    case 50079:
    case 53003:
        return Kind::InteractionRequired;
    default:
        break;
    }
    if (error == "access_denied"_L1)
        return Kind::Declined;
    if (error == "consent_required"_L1)
        return Kind::ConsentRequired;
    if (error == "invalid_grant"_L1)
        return Kind::InvalidGrant;
    if (error == "interaction_required"_L1 || error == "login_required"_L1)
        return Kind::InteractionRequired;
    if (error == "invalid_client"_L1 || error == "unauthorized_client"_L1 || error == "invalid_request"_L1)
        return Kind::Configuration;
    return Kind::ServerError;
}

AuthError AuthError::fromRedirect(const QString &error, const QString &rawDescription)
{
    AuthError result;
    result.error = error;
    result.description = decodeFormValue(rawDescription);
    result.aadsts = aadstsFromDescription(result.description);
    result.kind = classify(error, result.aadsts);
    return result;
}

AuthError AuthError::fromTokenEndpoint(int httpStatus, const QByteArray &body, QNetworkReply::NetworkError networkError,
                                       const QString &networkErrorString)
{
    Q_UNUSED(networkErrorString) // Qt's English text: for the log, never for the user
    AuthError result;
    result.httpStatus = httpStatus;
    if (httpStatus == 0) {
        // No HTTP answer: a transport problem.
        result.kind = Kind::Network;
        result.description = describeNetworkError(networkError);
        return result;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (!json.value("error"_L1).isString()) {
        // Not Entra's error shape: a proxy's or captive portal's page, a gateway's own JSON, or nothing readable.
        result.kind = Kind::ServerError;
        result.description = tr("unexpected answer (HTTP %1)").arg(httpStatus);
        return result;
    }
    result.error = json.value("error"_L1).toString();
    result.description = json.value("error_description"_L1).toString();
    const QJsonArray codes = json.value("error_codes"_L1).toArray();
    // AADSTS codes are positive; anything else in error_codes is not one (found by tests/fuzz).
    const int firstCode = codes.isEmpty() ? 0 : codes.first().toInt();
    result.aadsts = firstCode > 0 ? firstCode : aadstsFromDescription(result.description);
    result.correlationId = json.value("correlation_id"_L1).toString();
    result.traceId = json.value("trace_id"_L1).toString();
    result.kind = classify(result.error, result.aadsts);
    return result;
}

QString AuthError::describeNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout ends in
        return tr("no answer in time");
    case QNetworkReply::ConnectionRefusedError:
        return tr("the connection was refused");
    case QNetworkReply::HostNotFoundError:
        return tr("the server was not found");
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("no secure connection could be made");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("no network");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return tr("the proxy could not be used");
    default: // reset, closed while answering, an answer cut short, ...
        return tr("the connection was interrupted");
    }
}

QString AuthError::technicalDetails() const
{
    QStringList parts;
    if (!error.isEmpty())
        parts << error;
    if (aadsts)
        parts << u"AADSTS%1"_s.arg(aadsts);
    if (httpStatus)
        parts << u"HTTP %1"_s.arg(httpStatus);
    if (!correlationId.isEmpty())
        parts << u"correlation id %1"_s.arg(correlationId);
    if (!traceId.isEmpty())
        parts << u"trace id %1"_s.arg(traceId);
    return parts.join(u" · "_s);
}

QString AuthError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("Sign-in was cancelled.");
    case Kind::TimedOut:
        return tr("Sign-in timed out: MentorDesk did not hear back from the browser. Try again, and finish signing "
                  "in in the browser tab that opens.");
    case Kind::Declined:
        return tr("You declined the permissions MentorDesk asked for, so nothing was granted. You can review them "
                  "and try again at any time.");
    case Kind::ConsentRequired:
        return tr("MentorDesk does not have your consent for some permissions yet. Sign in again and accept them, "
                  "or ask your administrator if your organisation does not allow you to consent.");
    case Kind::AdminApprovalRequired:
        return tr("An administrator of your organisation has to approve some of these permissions before you can "
                  "use them. MentorDesk has prepared a request you can send them.");
    case Kind::StateMismatch:
        return tr("The browser answered for a different sign-in attempt, so MentorDesk ignored it for your "
                  "safety. Start signing in again.");
    case Kind::StrayRequests:
        return tr("Programs or web pages on this computer sent MentorDesk's sign-in %1 requests that did not belong "
                  "to it, so MentorDesk stopped waiting for the browser, for your safety. Start signing in again; "
                  "if this happens again, close other browser tabs and programs first.")
            .arg(LoopbackReplyHandler::kMaxStrayRequests);
    case Kind::InvalidGrant:
        return tr("Your sign-in is no longer valid (it expired, was revoked or was already used). Sign in again.");
    case Kind::InteractionRequired:
        return tr("Your organisation needs you to sign in again interactively (for example for multi-factor "
                  "authentication).");
    case Kind::Configuration:
        if (aadsts == 50011)
            return tr("The app registration does not accept MentorDesk's redirect address. Register "
                      "http://localhost/callback under \"Mobile and desktop applications\" (see README).");
        if (aadsts == 700025 || aadsts == 7000218 || aadsts == 9002327)
            return tr("The app registration is not set up as a public desktop client. Register the redirect under "
                      "\"Mobile and desktop applications\" (not Web or Single-page application); MentorDesk never "
                      "uses a client secret.");
        if (aadsts == 700016)
            return tr("The application (client) ID is not known to this tenant. Check the client ID in MentorDesk's "
                      "settings.");
        return tr("The sign-in request was refused because of the app's configuration: %1").arg(description);
    case Kind::ServerError:
        if (error.isEmpty() && (httpStatus == 429 || httpStatus == 503 || httpStatus == 504))
            return tr("The sign-in service is busy or not available right now (HTTP %1). Try again in a few minutes.")
                .arg(httpStatus);
        return tr("The sign-in service reported a problem: %1").arg(description.isEmpty() ? error : description);
    case Kind::Network:
        return tr("MentorDesk could not reach the sign-in service (%1). Check your connection and try again.")
            .arg(description);
    case Kind::Discovery:
        return tr("MentorDesk could not read the sign-in configuration of this authority: %1").arg(description);
    case Kind::InvalidIdToken:
        return tr("The sign-in answer could not be trusted (%1), so MentorDesk did not sign you in.").arg(description);
    case Kind::Keychain:
        return tr("Your system keychain could not be used: %1").arg(description);
    }
    return description;
}

} // namespace MentorDesk
