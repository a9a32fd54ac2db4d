#pragma once

#include "core/consent/ConsentState.h"

#include <QJsonObject>
#include <QString>

namespace MentorDesk {

// Who is signed in. Identified by object id + tenant id (never by the mutable username or email).
struct Account
{
    QString objectId;
    QString tenantId;
    QString username; // preferred_username: display and login_hint only
    QString displayName;
    QString email; // may be empty
    AccountKind kind = AccountKind::WorkOrSchool;

    bool isValid() const { return !objectId.isEmpty() && !tenantId.isEmpty(); }
    // Stable key for keychain entries, settings and the per-account data folder: "<oid>.<tid>".
    QString key() const;
    // A filesystem-safe, non-identifying folder name derived from key().
    QString storageId() const;

    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject &json);

    // Microsoft's fixed tenant id for personal Microsoft accounts.
    static constexpr char kConsumerTenantId[] = "9188040d-6c67-4c5b-b112-36a304b66dad";

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace MentorDesk
