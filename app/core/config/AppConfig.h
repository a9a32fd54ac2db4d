#pragma once

#include "config/Cloud.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QSettings;

namespace MentorDesk {

// Where to sign in and which Graph to talk to. A value type: loaded from QSettings, overridden by the
// command line, validated, then handed to the services. Holds no secret of any kind.
struct AppConfig
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::AppConfig)

public:
    QString clientId;
    QString tenant = QStringLiteral("organizations");
    Cloud cloud = Cloud::Global;
    QUrl authorityOverride; // full authority incl. tenant, e.g. https://login.example/contoso.com
    QUrl graphUrlOverride; // full Graph base incl. version, e.g. http://127.0.0.1:8080/v1.0
    bool staySignedIn = false; // the offline_access opt-in; off unless the user turns it on
    int signInTimeoutSeconds = 300;
    bool sandbox = false; // demo tenant: set by --sandbox, never persisted

    // The authority the app signs in against: the override, else {cloud login host}/{tenant}.
    QUrl authority() const;
    QUrl graphBaseUrl() const;

    // Empty when fine, else a translated reason (https required except on loopback; tenant syntax; ...).
    QString validate() const;
    static QString validateAuthority(const QUrl &authority);
    static QString validateGraphUrl(const QUrl &graphUrl);
    static QString validateTenant(const QString &tenant);
    static bool isLoopback(const QUrl &url);

    static AppConfig load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const AppConfig &, const AppConfig &) = default;
};

} // namespace MentorDesk
