#pragma once

#include "core/common/AccessTokenProvider.h"

#include <functional>

namespace MentorDesk::Test {

// An AccessTokenProvider for Graph tests: holds a token (e.g. one the sandbox issued) and re-authenticates by
// calling a refresher (e.g. "ask the sandbox for a fresh token"), asynchronously like a real session, exactly
// once for however many requests asked meanwhile.
class GraphTestTokenProvider : public AccessTokenProvider
{
    Q_OBJECT

public:
    explicit GraphTestTokenProvider(const QString &token = {}, QObject *parent = nullptr);

    QString accessToken() const override { return m_token; }
    void setAccessToken(const QString &token) { m_token = token; }
    void requestReauthentication() override;

    // What re-authentication yields: the refresher's token; an empty one means the user did not sign in again.
    void setRefresher(std::function<QString()> refresher) { m_refresher = std::move(refresher); }
    void setNextToken(const QString &token);
    int reauthenticationCount() const { return m_count; }
    // A failed re-authentication is a passing one (the network or the sign-in service), as Session reports it.
    void setRenewalProblemIsPassing(bool passing) { m_passing = passing; }
    bool renewalProblemIsPassing() const override { return m_passing; }

private:
    QString m_token;
    std::function<QString()> m_refresher;
    bool m_running = false;
    bool m_passing = false;
    int m_count = 0;
};

} // namespace MentorDesk::Test
