#pragma once

#include <QString>
#include <QStringList>

namespace MentorDesk::Sandbox {

struct StoredChannel
{
    QString id; // 19:<32 hex>@thread.tacv2
    QString teamId;
    QString displayName;
    QString description;
    QString membershipType = QStringLiteral("standard"); // standard | private | shared
    QStringList memberUpns; // only for private and shared channels
    QString createdDateTime;
};

} // namespace MentorDesk::Sandbox
