// mentordesk-sandbox: the local Microsoft 365 imitation as a program, for the demo, curl and other tools.
#include "sandbox/SandboxServer.h"
#include "sandbox/seed/DemoOrganisation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace MentorDesk::Sandbox;

namespace {

int fail(const QString &message)
{
    std::fputs(qPrintable(u"mentordesk-sandbox: "_s + message + u'\n'), stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mentordesk-sandbox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local imitation of Microsoft Entra ID and Microsoft Graph for MentorDesk."));
    parser.addHelpOption();
    const QCommandLineOption listen(
        u"listen"_s, QCoreApplication::translate("main", "Loopback address and port (port 0: any free port)."),
        u"host:port"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption seed(u"seed"_s, QCoreApplication::translate("main", "Seed of the generated tenant."),
                                  u"n"_s, u"1"_s);
    const QCommandLineOption tenant(u"tenant"_s,
                                    QCoreApplication::translate("main", "Demo organisation to seed: %1.")
                                        .arg(DemoOrganisation::keys().join(u", "_s)),
                                    u"name"_s, u"contoso"_s);
    const QCommandLineOption events(u"events"_s, QCoreApplication::translate("main", "Events per calendar."), u"n"_s,
                                    u"120"_s);
    const QCommandLineOption autoConsent(
        u"auto-consent"_s, QCoreApplication::translate("main", "Authorize redirects straight back with a code."));
    const QCommandLineOption personal(u"personal"_s,
                                      QCoreApplication::translate("main", "Personal Microsoft account tenant."));
    const QCommandLineOption adminConsent(
        u"admin-consent-required"_s, QCoreApplication::translate("main", "Group.Read.All is not yet admin-consented."));
    const QCommandLineOption userConsentDisabled(
        u"user-consent-disabled"_s,
        QCoreApplication::translate("main",
                                    "Users can't consent to apps: every permission needs an administrator's grant "
                                    "(/{tenant}/v2.0/adminconsent, signed in as admin@<domain>)."));
    const QCommandLineOption interactionRequired(
        u"interaction-required"_s,
        QCoreApplication::translate("main",
                                    "The tenant demands interaction (as MFA or conditional access would): prompt=none "
                                    "gets interaction_required."));
    const QCommandLineOption lifetime(u"token-lifetime"_s,
                                      QCoreApplication::translate("main", "Access token lifetime in seconds."),
                                      u"seconds"_s, u"3600"_s);
    const QCommandLineOption now(
        u"now"_s, QCoreApplication::translate("main", "Anchor of the seed and start of the clock (ISO 8601)."),
        u"iso"_s);
    const QCommandLineOption stateFile(
        u"state"_s, QCoreApplication::translate("main", "Keep created items in this file between runs."), u"file"_s);
    const QCommandLineOption randomFaults(
        u"random-faults"_s,
        QCoreApplication::translate("main", "Fail this share (0 to 1) of Graph requests with random faults."),
        u"probability"_s, u"0"_s);
    const QCommandLineOption randomFaultsSeed(
        u"random-faults-seed"_s, QCoreApplication::translate("main", "Seed of the random faults."), u"n"_s, u"1"_s);
    parser.addOptions({listen, seed, tenant, events, autoConsent, personal, adminConsent, userConsentDisabled,
                       interactionRequired, lifetime, now, stateFile, randomFaults, randomFaultsSeed});
    parser.process(app);

    SandboxOptions options;
    bool ok = true;
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(u"--seed needs a non-negative number."_s);
    options.tenant = parser.value(tenant);
    if (!DemoOrganisation::find(options.tenant))
        return fail(u"--tenant needs one of: %1."_s.arg(DemoOrganisation::keys().join(u", "_s)));
    options.eventsPerCalendar = parser.value(events).toInt(&ok);
    if (!ok || options.eventsPerCalendar < 0)
        return fail(u"--events needs a non-negative number."_s);
    options.tokenLifetimeSeconds = parser.value(lifetime).toInt(&ok);
    if (!ok || options.tokenLifetimeSeconds < 1)
        return fail(u"--token-lifetime needs a positive number of seconds."_s);
    options.autoConsent = parser.isSet(autoConsent);
    options.personalAccounts = parser.isSet(personal);
    options.adminConsentRequired = parser.isSet(adminConsent);
    options.userConsentDisabled = parser.isSet(userConsentDisabled);
    options.interactionRequired = parser.isSet(interactionRequired);
    options.stateFile = parser.value(stateFile);
    options.randomFaultProbability = parser.value(randomFaults).toDouble(&ok);
    if (!ok || !(options.randomFaultProbability >= 0 && options.randomFaultProbability <= 1))
        return fail(u"--random-faults needs a probability from 0 to 1, e.g. 0.1."_s);
    options.randomFaultSeed = parser.value(randomFaultsSeed).toUInt(&ok);
    if (!ok)
        return fail(u"--random-faults-seed needs a non-negative number."_s);
    if (parser.isSet(now)) {
        options.now = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!options.now.isValid())
            return fail(u"--now needs an ISO 8601 date and time, e.g. 2026-11-28T09:00:00Z."_s);
    }
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(u':');
    const QHostAddress address(listenValue.left(colon).remove(u'[').remove(u']'));
    const uint port = listenValue.mid(colon + 1).toUInt(&ok);
    if (colon < 0 || address.isNull() || !ok || port > 65535)
        return fail(u"--listen needs host:port, e.g. 127.0.0.1:0."_s);
    if (!address.isLoopback())
        return fail(u"refusing to listen on %1: the sandbox binds loopback only (127.0.0.1 or [::1])."_s.arg(
            address.toString()));

    SandboxServer sandbox(options);
    if (!sandbox.listen(address, quint16(port)))
        return fail(sandbox.errorString());
    std::printf("MentorDesk sandbox listening on %s\n", qPrintable(sandbox.baseUrl().toString()));
    std::printf("Client id: %s\n", qPrintable(sandbox.clientId()));
    std::printf("Signed-in mentor: %s\n", qPrintable(sandbox.mentorUpn()));
    std::printf("Authority: %s\nGraph: %s\n", qPrintable(sandbox.authority().toString()),
                qPrintable(sandbox.graphBaseUrl().toString()));
    // Last, so the lines tools already read (address, client id, ...) keep their places.
    std::printf("Tenant: %s (%s, %s)\n", qPrintable(sandbox.tenantName()), qPrintable(sandbox.tenantId()),
                qPrintable(sandbox.tenantDomain()));
    std::printf("Administrator: %s\nNative client redirect URI: %s\n", qPrintable(sandbox.adminUpn()),
                qPrintable(sandbox.nativeClientRedirectUri().toString()));
    std::fflush(stdout);
    return app.exec();
}
