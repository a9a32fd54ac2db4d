#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace MentorDesk {

// One Graph request as a value: what a job builds, what the outbox persists, what a $batch item carries. The
// bearer token and client-request-id are added by GraphClient when it is sent, never stored here.
struct GraphRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    // Percent-encoded path relative to the Graph base (which includes the version), e.g. "/me/events" or
    // "/users/" + encodeSegment(upn) + "/calendar/calendarView". Ignored when absoluteUrl is set.
    QString path;
    // Query items in order; values are percent-encoded when sent ('+' and '&' included, unlike QUrlQuery).
    QList<std::pair<QString, QString>> query;
    // An @odata.nextLink or @odata.deltaLink, sent exactly as Graph gave it. Must lie under the client's base URL.
    QUrl absoluteUrl;
    // Extra headers such as Prefer: outlook.timezone="…". Content-Type is set for a body automatically.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body; // JSON, compact
    // The client-chosen key that makes a write safe to repeat: the event's transactionId, or the externalId of
    // onlineMeetings/createOrGet. A POST without one is never repeated automatically after an unknown outcome.
    QString idempotencyKey;
    // Declares a non-GET request idempotent anyway (e.g. a PATCH carrying absolute values).
    bool idempotent = false;

    static GraphRequest get(const QString &path, const QList<std::pair<QString, QString>> &query = {});
    static GraphRequest fromLink(const QUrl &link);
    static GraphRequest post(const QString &path, const QJsonObject &body, const QString &idempotencyKey = {});
    static GraphRequest patch(const QString &path, const QJsonObject &body);
    static GraphRequest deleteResource(const QString &path);

    GraphRequest &addQuery(const QString &key, const QString &value);
    GraphRequest &setHeader(const QByteArray &name, const QByteArray &value); // replaces a header of that name
    QByteArray header(const QByteArray &name) const; // case-insensitive
    GraphRequest &setJsonBody(const QJsonObject &json);

    bool isValid() const { return !method.isEmpty() && (absoluteUrl.isValid() || path.startsWith(u'/')); }
    // GET/HEAD/PUT/DELETE/OPTIONS, or a declared idempotency key, or explicitly declared idempotent.
    bool isRetrySafe() const;
    // The encoded path (and query) relative to the Graph base, e.g. "/me/calendarView?startDateTime=…"; for
    // an absolute link, call GraphClient::relativeTarget() which knows the base.
    QString relativeTarget() const;
    QString encodedQuery() const;

    // Percent-encodes one path segment (an id, a UPN with '#' or '/', a channel id with ':').
    static QString encodeSegment(const QString &segment);

    friend bool operator==(const GraphRequest &, const GraphRequest &) = default;
};

} // namespace MentorDesk
