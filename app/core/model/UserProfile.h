#pragma once

#include <QJsonObject>
#include <QString>

namespace MentorDesk {

// GET /me (default properties; any of them may be null).
struct UserProfile
{
    QString id;
    QString displayName;
    QString givenName;
    QString surname;
    QString mail;
    QString userPrincipalName;
    QString jobTitle;
    QString officeLocation;
    QString preferredLanguage;

    // The address to show and to put on invitations: mail when set, else the UPN.
    QString primaryAddress() const { return mail.isEmpty() ? userPrincipalName : mail; }
    bool isValid() const { return !id.isEmpty(); }

    static UserProfile fromJson(const QJsonObject &json);
    friend bool operator==(const UserProfile &, const UserProfile &) = default;
};

} // namespace MentorDesk
