#include "common/Version.h"
#include "config/CommandLine.h"

#include <QProcess>
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
    QTest::newRow("custom https authority")
        << QStringList{u"--authority"_s, u"https://login.example.org/tenant-x"_s} << CommandLine::Action::Run
        << QString() << u"https://login.example.org/tenant-x"_s << defaultGraph << false;
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
