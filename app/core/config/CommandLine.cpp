#include "core/config/CommandLine.h"

#include "core/common/Version.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace MentorDesk {

CommandLine::Result CommandLine::parse(const QStringList &args, const AppConfig &base)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("MentorDesk: your Outlook calendars, Teams mentoring sessions and channel posts, with delegated "
           "Microsoft Graph permissions only."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(u"sandbox"_s,
                                           tr("Use the built-in demo tenant (a local imitation of Microsoft 365) "
                                              "instead of Microsoft's services."));
    const QCommandLineOption clientIdOption(u"client-id"_s,
                                            tr("Application (client) ID of your Entra app registration."), tr("id"));
    const QCommandLineOption tenantOption(
        u"tenant"_s, tr("Tenant to sign in to: organizations, common, a tenant ID or a domain."), tr("tenant"));
    const QCommandLineOption cloudOption(u"cloud"_s, tr("Microsoft cloud: global, usgov, usgov-dod or china."),
                                         tr("cloud"));
    const QCommandLineOption authorityOption(
        u"authority"_s, tr("Sign-in authority URL, including the tenant (https, or http on loopback)."), tr("url"));
    const QCommandLineOption graphUrlOption(u"graph-url"_s,
                                            tr("Microsoft Graph base URL, including the version, e.g. "
                                               "https://graph.microsoft.com/v1.0."),
                                            tr("url"));
    const QCommandLineOption customCloudOption(
        u"custom-cloud"_s,
        tr("Trust --authority and --graph-url although they are not Microsoft's (a custom cloud). Your sign-in and "
           "your Microsoft Graph tokens then go to those addresses."));
    const QCommandLineOption selfTestOption(
        u"self-test"_s,
        tr("Check that every part MentorDesk needs at run time is installed and works, print one line per part and "
           "exit; the exit code is not 0 when a part is missing."));
    parser.addOptions({sandboxOption, clientIdOption, tenantOption, cloudOption, authorityOption, graphUrlOption,
                       customCloudOption, selfTestOption});

    Result result;
    result.config = base;
    if (!parser.parse(args)) {
        result.action = Action::Error;
        result.text = tr("%1\nRun \"mentordesk --help\" to see the options.").arg(parser.errorText());
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::ShowVersion;
        result.text = u"%1 %2"_s.arg(QLatin1StringView(kApplicationName), QLatin1StringView(kVersion));
        return result;
    }
    if (parser.isSet(selfTestOption)) {
        result.action = Action::SelfTest;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        result.text = tr("Unexpected argument \"%1\".\nRun \"mentordesk --help\" to see the options.")
                          .arg(parser.positionalArguments().constFirst());
        return result;
    }

    AppConfig &config = result.config;
    config.sandbox = parser.isSet(sandboxOption);
    if (parser.isSet(clientIdOption))
        config.clientId = parser.value(clientIdOption).trimmed();
    if (parser.isSet(tenantOption))
        config.tenant = parser.value(tenantOption).trimmed();
    if (parser.isSet(cloudOption)) {
        const auto cloud = CloudInfo::fromKey(parser.value(cloudOption));
        if (!cloud) {
            result.action = Action::Error;
            result.text
                = tr("Unknown cloud \"%1\": use global, usgov, usgov-dod or china.").arg(parser.value(cloudOption));
            return result;
        }
        config.cloud = *cloud;
    }
    if (parser.isSet(authorityOption))
        config.authorityOverride = QUrl(parser.value(authorityOption), QUrl::StrictMode);
    if (parser.isSet(graphUrlOption))
        config.graphUrlOverride = QUrl(parser.value(graphUrlOption), QUrl::StrictMode);
    if (parser.isSet(customCloudOption))
        config.customCloud = true;

    // The base comes from AppConfig::load, which already replaced refused settings by their defaults: what is refused
    // now was given (or made refusable) on this command line, and ends the program with a message.
    if (const QList<ConfigProblem> problems = config.problems(); !problems.isEmpty()) {
        result.action = Action::Error;
        QStringList lines;
        for (const ConfigProblem &problem : problems)
            lines << problem.reason;
        result.text = lines.join(u'\n');
    }
    return result;
}

} // namespace MentorDesk
