#pragma once

#include <QObject>
#include <QString>

namespace MentorDesk {

// What the Graph layer needs from the signed-in session, and nothing more. auth/Session implements it; tests
// use a provider holding a sandbox-issued token. The token never leaves this interface into logs or storage.
class AccessTokenProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AccessTokenProvider() override;

    // The current access token, or an empty string when none is valid right now.
    virtual QString accessToken() const = 0;

    // A request was answered 401 (or no token is valid): get a new token, by refresh when the user opted in,
    // else by asking the user to sign in again. Idempotent while one re-authentication is running; ends with
    // exactly one reauthenticationFinished() for all waiting callers.
    virtual void requestReauthentication() = 0;

    // The last re-authentication failed only for now: the network or the sign-in service let it down, and the
    // provider still holds what it needs to renew without the user (a refresh token). Callers then say that
    // Microsoft 365 could not be reached, not "sign in again"; the next request renews.
    virtual bool renewalProblemIsPassing() const { return false; }

Q_SIGNALS:
    void reauthenticationFinished(bool success);
};

} // namespace MentorDesk
