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

    // What a token from this sign-in must say.
    struct Expected
    {
        QString clientId;
        QString tenant; // a tenant id the authority pins, or empty/organizations/common/consumers
        QString issuer; // the discovery document's issuer; Entra's "{tenantid}" is filled in from tid
        QString nonce;
        QDateTime nowUtc;
    };

    // Empty on a well-formed JWT; else why not.
    static IdToken decode(const QString &jwt, QString *error);
    // The checks of OpenID Connect Core 3.1.3.7: iss, aud (and azp when aud is a list), exp (required, 5 minutes
    // of clock skew), tid and nonce. Returns the failure, empty when fine.
    QString validate(const Expected &expected) const;
};

} // namespace MentorDesk
