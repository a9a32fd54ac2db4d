// The fault matrix, loopback port (README "Fault matrix"): another program holds the port MentorDesk's sign-in
// listener would use. The listener takes a free port on 127.0.0.1 and the same port on [::1] (a browser may try
// either); a port held on [::1] by someone else is given up for another pair. The test runs in a private network
// namespace whose ephemeral port range is small, so it can hold all of it, and nothing outside sees it. Linux hands
// out odd ports to listen(port 0) and even ones to outgoing connections (since 4.6, "tcp/dccp: better use of
// ephemeral ports in bind()"), so the test holds the odd ports: those MentorDesk's listener is given, while its
// connections to the demo tenant still get even ones. initTestCase() checks that split first.
// Each cell asserts that nothing crashes, that the user gets a translated sentence with no raw error text, that no
// browser was opened and no code exchanged when there was no listener, and that trying again works exactly once.
#include "core/auth/AuthError.h"
#include "core/auth/SignInFlow.h"
#include "core/auth/SignInResult.h"
#include "core/common/Clock.h"
#include "core/consent/ScopeCatalog.h"
#include "sandbox/SandboxServer.h"
#include "support/FaultMatrix.h"
#include "support/SandboxFixture.h"
#include "support/TestBrowser.h"
#include "support/UserMessageCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

// The private namespace's ephemeral ports, the ones a listen on port 0 is given
// (https://docs.kernel.org/networking/ip-sysctl.html, ip_local_port_range; it applies to IPv6 too).
constexpr int kFirstPort = 40000;
constexpr int kLastPort = 40199;

#ifdef Q_OS_LINUX
bool writeFile(const char *path, const QByteArray &content)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
#endif

// Moves this process into a network namespace of its own, with only the loopback interface, up, and a small
// ephemeral port range. Runs before QCoreApplication, while the process has one thread. Returns why not, or empty.
QString enterPrivateNetwork()
{
#ifdef Q_OS_LINUX
    const uid_t uid = getuid();
    const gid_t gid = getgid();
    if (unshare(CLONE_NEWNET) != 0) {
        // Not privileged: a user namespace of our own makes us root in it (user_namespaces(7)).
        if (unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
            return u"cannot create a network namespace: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (!writeFile("/proc/self/setgroups", "deny")
            || !writeFile("/proc/self/uid_map", QByteArray::number(0) + ' ' + QByteArray::number(uid) + " 1")
            || !writeFile("/proc/self/gid_map", QByteArray::number(0) + ' ' + QByteArray::number(gid) + " 1"))
            return u"cannot map the user into its namespace"_s;
    }
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return u"no socket for the loopback interface"_s;
    ifreq request{};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    const bool up = ioctl(fd, SIOCGIFFLAGS, &request) == 0
        && (request.ifr_flags |= IFF_UP, ioctl(fd, SIOCSIFFLAGS, &request) == 0);
    close(fd);
    if (!up)
        return u"cannot bring the loopback interface up"_s;
    if (!writeFile("/proc/sys/net/ipv4/ip_local_port_range",
                   QByteArray::number(kFirstPort) + ' ' + QByteArray::number(kLastPort)))
        return u"cannot set the namespace's port range"_s;
    return {};
#else
    return u"network namespaces are Linux's"_s;
#endif
}

QString g_networkProblem; // why the private network could not be set up; empty when it was

} // namespace

class TestFaultMatrixLoopback : public QObject
{
    Q_OBJECT

private:
    UserMessageCheck m_messages;
    FaultMatrix m_matrix;
    bool m_skipped = false;

    static int codeExchanges(SandboxFixture &sandbox) { return sandbox.tokenRequests(u"authorization_code"_s); }

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void portTaken_data();
    void portTaken();
};

void TestFaultMatrixLoopback::initTestCase()
{
    QVERIFY(m_messages.install());
    if (!g_networkProblem.isEmpty())
        return;
    std::vector<std::unique_ptr<QTcpServer>> listeners;
    for (int i = 0; i < 16 && g_networkProblem.isEmpty(); ++i) {
        listeners.push_back(std::make_unique<QTcpServer>());
        if (!listeners.back()->listen(QHostAddress::LocalHost, 0) || listeners.back()->serverPort() % 2 == 0)
            g_networkProblem = u"this kernel does not give listeners odd ports"_s;
    }
}

void TestFaultMatrixLoopback::cleanup()
{
    if (!std::exchange(m_skipped, false))
        m_matrix.recordTag(QString::fromUtf8(QTest::currentDataTag()), !QTest::currentTestFailed());
}

void TestFaultMatrixLoopback::cleanupTestCase()
{
    qInfo().noquote() << m_matrix.table(u"Fault matrix, loopback port (fault kind × operation)"_s);
    QVERIFY2(m_matrix.failedCells().isEmpty(), qPrintable(m_matrix.failedCells().join(u", "_s)));
}

void TestFaultMatrixLoopback::portTaken_data()
{
    QTest::addColumn<int>("everyFourth"); // hold 1 in N of the namespace's odd ports on [::1]; 1: all of them
    // Every port MentorDesk's listener could be given is held on [::1]: no listener, so no browser; the user is told.
    QTest::newRow("loopback port taken/sign-in") << 1;
    // A quarter are held: the listener gives up a held port for another pair, and sign-in works at once (eight
    // tries fail together with a chance of 4^-8).
    QTest::newRow("loopback port partly taken/sign-in") << 4;
}

void TestFaultMatrixLoopback::portTaken()
{
    QFETCH(int, everyFourth);
    if (!g_networkProblem.isEmpty()) {
        m_skipped = true;
        QSKIP(qPrintable(g_networkProblem));
    }
    QVERIFY(QTcpServer().listen(QHostAddress::LocalHostIPv6, 0)); // the namespace has [::1]

    Sandbox::SandboxOptions options; // the real clock: the id_token is checked against it
    options.autoConsent = true;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.isListening());
    TestBrowser browser;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SignInFlow flow(&sandbox.network(), &browser, &clock);
    SignInRequest request;
    request.authority = sandbox.authority();
    request.clientId = sandbox.server().clientId();
    request.scopes = ScopeCatalog::instance().signInScopes(false);
    request.timeoutSeconds = 10;
    const auto run = [&]() -> SignInResult {
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start(request);
        if (!finished.wait(20000) || finished.size() != 1)
            return {};
        return finished.first().first().value<SignInResult>();
    };

    // Another program listens on [::1] at the ports; only those on 127.0.0.1 stay free for MentorDesk.
    std::vector<std::unique_ptr<QTcpServer>> squatters;
    QList<quint16> held;
    for (int port = kFirstPort | 1; port <= kLastPort; port += 2 * everyFourth) {
        auto squatter = std::make_unique<QTcpServer>();
        if (squatter->listen(QHostAddress::LocalHostIPv6, quint16(port))) {
            held << quint16(port);
            squatters.push_back(std::move(squatter));
        }
    }
    QVERIFY(held.size() >= (kLastPort - kFirstPort) / (2 * everyFourth));

    const SignInResult result = run();
    if (everyFourth == 1) {
        QCOMPARE(result.error.kind, AuthError::Kind::Network);
        QCOMPARE(sandbox.server().stateSnapshot().value("tokenRequests"_L1).toArray().size(), 0);
        // The discovery document came (its connection had an even port); it was the listener that failed.
        QCOMPARE(result.error.description,
                 QCoreApplication::translate("MentorDesk::SignInFlow",
                                             "MentorDesk could not open a local port for the browser's answer"));
        const QString message = result.error.userMessage();
        QVERIFY2(m_messages.problem(message).isEmpty(), qPrintable(m_messages.problem(message)));
        QCOMPARE(browser.openCount(), 0); // nothing to come back to, so no browser
        QCOMPARE(codeExchanges(sandbox), 0);
        squatters.clear(); // the other program quits; the user tries again
        const SignInResult again = run();
        QVERIFY2(again.succeeded(), qPrintable(again.error.description));
    } else {
        QVERIFY2(result.succeeded(), qPrintable(result.error.description));
        const QUrl redirect(
            QUrlQuery(browser.lastAuthorizeUrl()).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QVERIFY2(!held.contains(quint16(redirect.port())), qPrintable(redirect.toString()));
    }
    QCOMPARE(codeExchanges(sandbox), 1); // exactly one sign-in, however many listeners were tried
    QTRY_COMPARE(flow.listeningPort(), quint16(0));
}

int main(int argc, char **argv)
{
    g_networkProblem = enterPrivateNetwork();
    QCoreApplication app(argc, argv);
    TestFaultMatrixLoopback test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faultmatrix_loopback.moc"
