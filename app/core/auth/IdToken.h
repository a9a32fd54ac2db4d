#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace MentorDesk {

// The id_token's claims, decoded (not verified: the token comes straight from the token endpoint over TLS, and
// MentorDesk never makes authorisation decisions on it). Used to identify and show the account.
struct IdToken
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::IdToken)

public:
    QJsonObject claims;

    QString audience() const;
    QString issuer() const;
    QString tenantId() const;
    QString objectId() const; // oid (needs the profile scope); falls back to sub
    QString name() const;
    QString preferredUsername() const;
    QString email() const;
    QString nonce() const;
    QDateTime expiresAt() const;

    // Empty on a well-formed JWT; else why not.
    static IdToken decode(const QString &jwt, QString *error);
    // Checks aud, tid, exp and nonce where present (OIDC core 3.1.3.7). Returns the failure, empty when fine.
    // expectedTenant: a tenant id the authority pins, or empty for organizations/common/consumers.
    QString validate(const QString &clientId, const QString &expectedTenant, const QString &expectedNonce,
                     const QDateTime &nowUtc) const;
};

} // namespace MentorDesk
