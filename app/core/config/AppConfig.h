#pragma once

#include "core/config/Cloud.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace MentorDesk {

// One refused setting: which one, the value as given, and why (translated). Where it came from (the settings
// file or the command line) decides what happens: a bad settings value is replaced by its default and shown in
// the window; a bad command-line value ends the program with the message on stderr.
struct ConfigProblem
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::ConfigProblem)

public:
    enum class Field {
        Tenant,
        Cloud,
        Authority,
        GraphUrl,
        CustomCloud,
        Timeout,
    };

    Field field = Field::Authority;
    QString value;
    QString reason;

    // The settings file key ("auth/authority") and the command-line option ("--authority") of a field.
    static QString settingsKey(Field field);
    static QString optionName(Field field);
    // "The setting auth/authority = "javascript:alert(1)" was refused: <reason>"
    QString settingsMessage() const;

    friend bool operator==(const ConfigProblem &, const ConfigProblem &) = default;
};

// Where to sign in and which Graph to talk to. A value type: loaded from QSettings, overridden by the
// command line, validated, then handed to the services. Holds no secret of any kind.
//
// Where tokens may go (README, "Security"): a Microsoft Graph token is sent only to the Graph host of the configured
// cloud, or to loopback when the authority is loopback too (the demo tenant). An authority must be an Entra sign-in
// host of the cloud, or loopback. Anything else needs the user's explicit choice of a custom cloud, with both a
// custom authority and a custom Graph address.
struct AppConfig
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::AppConfig)

public:
    QString clientId;
    QString tenant = QStringLiteral("organizations");
    Cloud cloud = Cloud::Global;
    QUrl authorityOverride; // full authority incl. tenant, e.g. https://login.example/contoso.com
    QUrl graphUrlOverride; // full Graph base incl. version, e.g. http://127.0.0.1:8080/v1.0
    bool customCloud = false; // the user trusts authorityOverride and graphUrlOverride outside Microsoft's clouds
    bool staySignedIn = false; // the offline_access opt-in; off unless the user turns it on
    int signInTimeoutSeconds = 300;
    bool sandbox = false; // demo tenant: set by --sandbox, never persisted

    // The authority the app signs in against: the override, else {cloud login host}/{tenant}.
    QUrl authority() const;
    QUrl graphBaseUrl() const;

    // Every refused value, in field order; empty when the configuration may be used.
    QList<ConfigProblem> problems() const;
    // The first problem's reason, or empty: for dialogs that show one message at a time.
    QString validate() const;

    // Transport rule for any identity endpoint: https, or plain http on this computer only.
    static QString validateAuthority(const QUrl &authority);
    static QString validateTenant(const QString &tenant);
    static bool isLoopback(const QUrl &url);

    // Reads the settings; a refused value is replaced by its default and reported in problems (if given).
    static AppConfig load(const QSettings &settings, QList<ConfigProblem> *problems = nullptr);
    // Persists the configuration for real use. Refuses (returns false, writes nothing) for the demo tenant: none of
    // its loopback addresses or its client id may outlive this run.
    bool save(QSettings &settings) const;

    friend bool operator==(const AppConfig &, const AppConfig &) = default;

private:
    void resetField(ConfigProblem::Field field);
};

} // namespace MentorDesk
