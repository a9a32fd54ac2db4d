#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace MentorDesk::Sandbox {

// One injected failure (POST /_sandbox/faults): which requests it hits and how they fail.
struct Fault
{
    enum class Type { Status, Drop, Delay, Truncate, Malformed, ExpiredToken };

    QString id;
    QString method; // empty: any
    QString pathPrefix; // compared with the decoded path
    int remaining = 1;
    bool after = false; // "after": the request is processed, then its response fails (the lost-response case)
    Type type = Type::Status;
    int status = 503;
    int retryAfterSeconds = -1; // -1: no Retry-After header
    // Retry-After as an HTTP-date (now + retryAfterSeconds on the real clock, which the client compares it with)
    // instead of seconds; both forms are allowed (RFC 9110, section 10.2.3).
    bool retryAfterAsDate = false;
    // A status fault answered with an HTML page (text/html), as a proxy or gateway in front of Graph sends one.
    bool htmlBody = false;
    QString code;
    // A status fault with an AADSTS code answers in Entra's token error shape instead of Graph's: "code" is then the
    // OAuth error (default invalid_grant), e.g. a refresh token revoked by a password change (50173).
    int aadsts = 0;
    int delayMs = 0;

    bool matches(const QByteArray &requestMethod, const QString &path) const;
    QJsonObject toJson() const;
    // Validates a control request; sets *error (and returns nullopt) when unusable.
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
};

} // namespace MentorDesk::Sandbox
