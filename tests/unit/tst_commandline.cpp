#include "core/common/Version.h"
#include "core/config/CommandLine.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void runsWithoutDisplay_data();
    void runsWithoutDisplay();
    void badSettingsFallBackOneByOne_data();
    void badSettingsFallBackOneByOne();
    void demoConfigIsNeverSaved();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("graph");
    QTest::addColumn<bool>("sandbox");

    const QString defaultAuthority = u"https://login.microsoftonline.com/organizations"_s;
    const QString defaultGraph = u"https://graph.microsoft.com/v1.0"_s;
    QTest::newRow("nothing") << QStringList{} << CommandLine::Action::Run << QString() << defaultAuthority
                             << defaultGraph << false;
    QTest::newRow("version") << QStringList{u"--version"_s} << CommandLine::Action::ShowVersion
                             << u"MentorDesk %1"_s.arg(QLatin1StringView(kVersion)) << QString() << QString() << false;
    QTest::newRow("help") << QStringList{u"--help"_s} << CommandLine::Action::ShowHelp << u"--client-id"_s << QString()
                          << QString() << false;
    QTest::newRow("self-test") << QStringList{u"--self-test"_s} << CommandLine::Action::SelfTest << QString()
                               << QString() << QString() << false;
    QTest::newRow("sandbox") << QStringList{u"--sandbox"_s} << CommandLine::Action::Run << QString() << defaultAuthority
                             << defaultGraph << true;
    QTest::newRow("tenant") << QStringList{u"--tenant"_s, u"contoso.onmicrosoft.com"_s} << CommandLine::Action::Run
                            << QString() << u"https://login.microsoftonline.com/contoso.onmicrosoft.com"_s
                            << defaultGraph << false;
    QTest::newRow("tenant id") << QStringList{u"--tenant=72f988bf-86f1-41af-91ab-2d7cd011db47"_s}
                               << CommandLine::Action::Run << QString()
                               << u"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47"_s
                               << defaultGraph << false;
    QTest::newRow("us gov") << QStringList{u"--cloud"_s, u"usgov"_s} << CommandLine::Action::Run << QString()
                            << u"https://login.microsoftonline.us/organizations"_s
                            << u"https://graph.microsoft.us/v1.0"_s << false;
    QTest::newRow("dod") << QStringList{u"--cloud"_s, u"usgov-dod"_s} << CommandLine::Action::Run << QString()
                         << u"https://login.microsoftonline.us/organizations"_s
                         << u"https://dod-graph.microsoft.us/v1.0"_s << false;
    QTest::newRow("china") << QStringList{u"--cloud"_s, u"China"_s} << CommandLine::Action::Run << QString()
                           << u"https://login.chinacloudapi.cn/organizations"_s
                           << u"https://microsoftgraph.chinacloudapi.cn/v1.0"_s << false;
    QTest::newRow("loopback authority") << QStringList{u"--authority"_s, u"http://127.0.0.1:8080/organizations"_s,
                                                       u"--graph-url"_s, u"http://127.0.0.1:8080/v1.0/"_s}
                                        << CommandLine::Action::Run << QString()
                                        << u"http://127.0.0.1:8080/organizations"_s << u"http://127.0.0.1:8080/v1.0"_s
                                        << false;
    QTest::newRow("foreign authority needs a custom cloud")
        << QStringList{u"--authority"_s, u"https://login.example.org/tenant-x"_s} << CommandLine::Action::Error
        << u"\"login.example.org\" is not a Microsoft sign-in address"_s << QString() << QString() << false;
    QTest::newRow("documented alias of the global login host")
        << QStringList{u"--authority"_s, u"https://login.windows.net/contoso.com"_s} << CommandLine::Action::Run
        << QString() << u"https://login.windows.net/contoso.com"_s << defaultGraph << false;
    QTest::newRow("global login host for the US Gov cloud refused")
        << QStringList{u"--cloud"_s, u"usgov"_s, u"--authority"_s, u"https://login.microsoftonline.com/x.com"_s}
        << CommandLine::Action::Error << u"is not a Microsoft sign-in address of the US Government"_s << QString()
        << QString() << false;
    QTest::newRow("custom cloud with both addresses")
        << QStringList{u"--custom-cloud"_s, u"--authority"_s, u"https://login.example.org/tenant-x"_s, u"--graph-url"_s,
                       u"https://graph.example.org/v1.0"_s}
        << CommandLine::Action::Run << QString() << u"https://login.example.org/tenant-x"_s
        << u"https://graph.example.org/v1.0"_s << false;
    QTest::newRow("custom cloud needs both addresses")
        << QStringList{u"--custom-cloud"_s, u"--authority"_s, u"https://login.example.org/tenant-x"_s}
        << CommandLine::Action::Error << u"needs both a custom sign-in authority and a custom Microsoft Graph"_s
        << QString() << QString() << false;
    QTest::newRow("foreign https graph refused")
        << QStringList{u"--graph-url"_s, u"https://graph.evil.example/v1.0"_s} << CommandLine::Action::Error
        << u"never to \"graph.evil.example\""_s << QString() << QString() << false;
    QTest::newRow("graph of another cloud refused")
        << QStringList{u"--cloud"_s, u"usgov"_s, u"--graph-url"_s, u"https://graph.microsoft.com/v1.0"_s}
        << CommandLine::Action::Error << u"never to \"graph.microsoft.com\""_s << QString() << QString() << false;
    QTest::newRow("graph of the cloud, beta")
        << QStringList{u"--graph-url"_s, u"https://graph.microsoft.com/beta"_s} << CommandLine::Action::Run << QString()
        << defaultAuthority << u"https://graph.microsoft.com/beta"_s << false;
    QTest::newRow("loopback graph with Microsoft's authority refused")
        << QStringList{u"--graph-url"_s, u"http://127.0.0.1:8080/v1.0"_s} << CommandLine::Action::Error
        << u"only works with a sign-in authority on this computer"_s << QString() << QString() << false;
    QTest::newRow("script authority refused")
        << QStringList{u"--authority"_s, u"javascript:alert(1)"_s} << CommandLine::Action::Error
        << u"is not a valid URL"_s << QString() << QString() << false;
    QTest::newRow("http authority refused")
        << QStringList{u"--authority"_s, u"http://login.example.org/organizations"_s} << CommandLine::Action::Error
        << u"must use https"_s << QString() << QString() << false;
    QTest::newRow("http graph refused") << QStringList{u"--graph-url"_s, u"http://graph.example.org/v1.0"_s}
                                        << CommandLine::Action::Error << u"must use https"_s << QString() << QString()
                                        << false;
    QTest::newRow("unknown cloud") << QStringList{u"--cloud"_s, u"mars"_s} << CommandLine::Action::Error
                                   << u"Unknown cloud \"mars\""_s << QString() << QString() << false;
    QTest::newRow("bad tenant") << QStringList{u"--tenant"_s, u"not a tenant!"_s} << CommandLine::Action::Error
                                << u"The tenant must be"_s << QString() << QString() << false;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << CommandLine::Action::Error
                                    << u"Unknown option 'frobnicate'"_s << QString() << QString() << false;
    QTest::newRow("missing value") << QStringList{u"--tenant"_s} << CommandLine::Action::Error
                                   << u"Missing value after '--tenant'"_s << QString() << QString() << false;
    QTest::newRow("positional") << QStringList{u"extra"_s} << CommandLine::Action::Error
                                << u"Unexpected argument \"extra\""_s << QString() << QString() << false;
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, args);
    QFETCH(CommandLine::Action, action);
    QFETCH(QString, textContains);
    QFETCH(QString, authority);
    QFETCH(QString, graph);
    QFETCH(bool, sandbox);

    args.prepend(u"mentordesk"_s);
    const CommandLine::Result result = CommandLine::parse(args, AppConfig{});
    QCOMPARE(result.action, action);
    QVERIFY2(result.text.contains(textContains), qPrintable(result.text));
    QCOMPARE(result.exitCode() != 0, action == CommandLine::Action::Error);
    if (action == CommandLine::Action::Run) {
        QCOMPARE(result.config.authority().toString(), authority);
        QCOMPARE(result.config.graphBaseUrl().toString(), graph);
        QCOMPARE(result.config.sandbox, sandbox);
    }
}

void TestCommandLine::runsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutStarts");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("--version") << QStringList{u"--version"_s} << 0
                               << u"MentorDesk %1\n"_s.arg(QLatin1StringView(kVersion)) << QString();
    QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << u"Usage: "_s << QString();
    QTest::newRow("unknown option") << QStringList{u"--no-such-option"_s} << 2 << QString()
                                    << u"mentordesk: Unknown option 'no-such-option'."_s;
    QTest::newRow("bad cloud") << QStringList{u"--cloud=moon"_s} << 2 << QString() << u"Unknown cloud \"moon\""_s;
    QTest::newRow("foreign graph") << QStringList{u"--graph-url=https://graph.evil.example/v1.0"_s} << 2 << QString()
                                   << u"graph.evil.example"_s;
}

void TestCommandLine::runsWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutStarts);
    QFETCH(QString, stderrContains);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // proves no platform plugin is needed for these paths
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MENTORDESK_BINARY), args);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(out.startsWith(stdoutStarts), qPrintable(out));
    QVERIFY2(err.contains(stderrContains), qPrintable(err));
    if (exitCode != 0)
        QVERIFY2(out.isEmpty(), qPrintable(out));
}

void TestCommandLine::badSettingsFallBackOneByOne_data()
{
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QStringList>("refusedKeys");
    QTest::addColumn<QString>("authority"); // what is used instead
    QTest::addColumn<QString>("graph");
    QTest::addColumn<int>("timeout");

    const QString tenant = u"https://login.microsoftonline.com/contoso.com"_s;
    const QString graph = u"https://graph.microsoft.com/v1.0"_s;
    const QVariantMap good{{u"auth/tenant"_s, u"contoso.com"_s}, {u"auth/signInTimeoutSeconds"_s, 120}};
    const auto with = [&good](const QString &key, const QVariant &value) {
        QVariantMap map = good;
        map.insert(key, value);
        return map;
    };
    QTest::newRow("all good") << good << QStringList{} << tenant << graph << 120;
    QTest::newRow("script authority") << with(u"auth/authority"_s, u"javascript:alert(1)"_s)
                                      << QStringList{u"auth/authority"_s} << tenant << graph << 120;
    QTest::newRow("foreign graph") << with(u"graph/baseUrl"_s, u"https://graph.evil.example/v1.0"_s)
                                   << QStringList{u"graph/baseUrl"_s} << tenant << graph << 120;
    QTest::newRow("bad tenant") << with(u"auth/tenant"_s, u"no such tenant!"_s) << QStringList{u"auth/tenant"_s}
                                << u"https://login.microsoftonline.com/organizations"_s << graph << 120;
    QTest::newRow("bad cloud") << with(u"auth/cloud"_s, u"mars"_s) << QStringList{u"auth/cloud"_s} << tenant << graph
                               << 120;
    QTest::newRow("timeout not a number") << with(u"auth/signInTimeoutSeconds"_s, u"soon"_s)
                                          << QStringList{u"auth/signInTimeoutSeconds"_s} << tenant << graph << 300;
    QTest::newRow("timeout too long") << with(u"auth/signInTimeoutSeconds"_s, 99999)
                                      << QStringList{u"auth/signInTimeoutSeconds"_s} << tenant << graph << 300;
    QVariantMap customWithoutGraph = with(u"auth/customCloud"_s, true);
    customWithoutGraph.insert(u"auth/authority"_s, u"https://login.example.org/x"_s);
    // The custom cloud is refused (no Graph address), and then the foreign authority with it.
    QTest::newRow("custom cloud missing its graph")
        << customWithoutGraph << QStringList{u"auth/customCloud"_s, u"auth/authority"_s} << tenant << graph << 120;
    QVariantMap custom = customWithoutGraph;
    custom.insert(u"graph/baseUrl"_s, u"https://graph.example.org/v1.0"_s);
    QTest::newRow("custom cloud") << custom << QStringList{} << u"https://login.example.org/x"_s
                                  << u"https://graph.example.org/v1.0"_s << 120;
}

void TestCommandLine::badSettingsFallBackOneByOne()
{
    QFETCH(QVariantMap, settings);
    QFETCH(QStringList, refusedKeys);
    QFETCH(QString, authority);
    QFETCH(QString, graph);
    QFETCH(int, timeout);

    QTemporaryDir dir;
    QSettings file(dir.filePath(u"MentorDesk.conf"_s), QSettings::IniFormat);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        file.setValue(it.key(), it.value());
    file.sync();

    QList<ConfigProblem> problems;
    const AppConfig config = AppConfig::load(file, &problems);
    QStringList keys;
    for (const ConfigProblem &problem : std::as_const(problems)) {
        keys << ConfigProblem::settingsKey(problem.field);
        // The message names the setting, its value and the reason.
        const QString message = problem.settingsMessage();
        QVERIFY2(message.contains(ConfigProblem::settingsKey(problem.field)), qPrintable(message));
        QVERIFY2(message.contains(u'"' + problem.value + u'"'), qPrintable(message));
        QVERIFY2(!problem.reason.isEmpty() && message.contains(problem.reason), qPrintable(message));
    }
    QCOMPARE(keys, refusedKeys);
    QVERIFY(config.problems().isEmpty()); // what is used is valid
    QCOMPARE(config.authority().toString(), authority);
    QCOMPARE(config.graphBaseUrl().toString(), graph);
    QCOMPARE(config.signInTimeoutSeconds, timeout);
    // The command line on top of a repaired base runs; a bad option given there still ends it.
    QCOMPARE(CommandLine::parse({u"mentordesk"_s}, config).action, CommandLine::Action::Run);
    QCOMPARE(CommandLine::parse({u"mentordesk"_s, u"--cloud=mars"_s}, config).action, CommandLine::Action::Error);
}

void TestCommandLine::demoConfigIsNeverSaved()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"MentorDesk.conf"_s), QSettings::IniFormat);
    AppConfig demo;
    demo.sandbox = true;
    demo.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    demo.authorityOverride = QUrl(u"http://127.0.0.1:4567/organizations"_s);
    demo.graphUrlOverride = QUrl(u"http://127.0.0.1:4567/v1.0"_s);
    QVERIFY(!demo.save(file));
    file.sync();
    QVERIFY2(file.allKeys().isEmpty(), qPrintable(file.allKeys().join(u", "_s)));

    AppConfig real = demo;
    real.sandbox = false;
    QVERIFY(real.save(file));
    QCOMPARE(file.value(u"auth/authority"_s).toString(), demo.authorityOverride.toString());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
