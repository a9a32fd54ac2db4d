#pragma once

#include <QDateTime>
#include <QStringList>

namespace MentorDesk::Sandbox {

struct RefreshToken
{
    QString clientId;
    QStringList scopes;
    QString userUpn;
    QDateTime lastUsed; // refresh tokens expire after 90 days of inactivity
    bool revoked = false;
};

} // namespace MentorDesk::Sandbox
