#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
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
    // Entra's sign-in hosts of a cloud: its login host and the aliases Microsoft documents for it (MSAL's list of
    // known authority hosts). Compared case-insensitively.
    static QStringList loginHosts(Cloud cloud);
    // The cloud whose sign-in host this is, if any.
    static std::optional<Cloud> cloudOfLoginHost(const QString &host);
    // True only for the Graph host of exactly this cloud: a token for one cloud's Graph never goes to another.
    static bool isGraphHost(Cloud cloud, const QString &host);
    static QList<Cloud> all();
};

} // namespace MentorDesk
