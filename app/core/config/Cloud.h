#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace MentorDesk {

// Microsoft national clouds: each has its own sign-in host and Graph host; tokens never cross clouds.
enum class Cloud {
    Global,
    UsGovL4, // GCC High
    UsGovL5, // DoD
    China, // operated by 21Vianet
};

class CloudInfo
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::CloudInfo)

public:
    static QString key(Cloud cloud); // stable id used in settings and on the command line
    static std::optional<Cloud> fromKey(const QString &key); // accepts the keys above, case-insensitive
    static QString displayName(Cloud cloud); // translated
    static QUrl loginHost(Cloud cloud); // e.g. https://login.microsoftonline.com
    static QUrl graphBase(Cloud cloud); // e.g. https://graph.microsoft.com/v1.0
    static bool supportsOnlineMeetings(Cloud cloud); // onlineMeetings is documented for global and US Gov only
    static QList<Cloud> all();
};

} // namespace MentorDesk
