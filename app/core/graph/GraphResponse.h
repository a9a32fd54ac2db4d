#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QString>

namespace MentorDesk {

// What came back for one logical request after GraphClient's retries: the transport outcome, the HTTP status,
// headers (names lower-cased) and body. Jobs parse it; GraphResult::fromResponse() classifies it.
struct GraphResponse
{
    // How far the request got. Only NotSent and (for HTTP statuses) the status itself say for sure that the
    // server did not act on it; Lost/TimedOut leave the outcome of a write unknown.
    enum class Transport {
        Completed, // an HTTP response arrived in full (any status)
        NotSent, // never connected: refused, host not found, no network
        NoToken, // no access token and re-authentication failed, so nothing was sent
        Lost, // the connection broke after the request may have been sent (reset, truncated body)
        TimedOut, // no progress within the transfer timeout
        Cancelled, // cancelled by the caller
        Refused, // the request could not even be built (URL outside the Graph base, ...)
    };

    Transport transport = Transport::Completed;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString; // Qt's English description, for technical details only
    int httpStatus = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonDocument json; // filled by parseJson() (GraphJob does this for 2xx JSON replies)
    QString clientRequestId; // the GUID we sent
    int attempts = 0; // HTTP attempts made (retries and the re-authenticated resend included)
    QList<int> retryDelaysMs; // the waits chosen between attempts, in order (Retry-After or backoff)

    bool isSuccess() const { return transport == Transport::Completed && httpStatus >= 200 && httpStatus < 300; }
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QString requestId() const; // request-id response header
    QString contentType() const; // media type without parameters, lower-case, e.g. "application/json"
    bool isJsonContent() const;
    // Retry-After in seconds (integer or HTTP-date relative to now), -1 when absent or unreadable.
    int retryAfterSeconds(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc()) const;
    // The same for a Retry-After header value from any HTTP answer (the token endpoint's too).
    static int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
    // Parses body into json; an empty body is valid (204, 202). Returns false for anything unparseable.
    bool parseJson(QString *errorString = nullptr);
};

} // namespace MentorDesk
