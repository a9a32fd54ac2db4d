// How cheap is a sandbox per test? Time to construct + seed + listen + answer the first GET /me, against a
// baseline measured in the same run: a bare QTcpServer on loopback answering one HTTP round trip via
// QNetworkAccessManager. Prints medians and the ratio; not a pass/fail timing test.
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace MentorDesk::Sandbox;

namespace {

constexpr int kRuns = 15;

QByteArray fetch(QNetworkAccessManager &network, const QNetworkRequest &request, int *status = nullptr)
{
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class BenchSandboxStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startup();
};

void BenchSandboxStartup::startup()
{
    QList<double> baseline;
    QList<double> sandboxTimes;
    QList<double> sandboxSmall;
    for (int run = 0; run < kRuns; ++run) {
        {
            QElapsedTimer timer;
            timer.start();
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
                QTcpSocket *socket = server.nextPendingConnection();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                });
            });
            QNetworkAccessManager network;
            int status = 0;
            fetch(network, QNetworkRequest(QUrl(u"http://127.0.0.1:%1/me"_s.arg(server.serverPort()))), &status);
            QCOMPARE(status, 200);
            baseline << timer.nsecsElapsed() / 1e6;
        }
        for (int events : {120, 10}) {
            QElapsedTimer timer;
            timer.start();
            SandboxOptions options;
            options.seed = quint32(run + 1);
            options.eventsPerCalendar = events;
            SandboxServer sandbox(options);
            QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0));
            QNetworkAccessManager network;
            QNetworkRequest request(QUrl(sandbox.graphBaseUrl().toString() + u"/me"_s));
            request.setRawHeader("Authorization", "Bearer " + sandbox.issueToken({u"User.Read"_s}).toLatin1());
            int status = 0;
            const QByteArray body = fetch(network, request, &status);
            QCOMPARE(status, 200);
            QCOMPARE(QJsonDocument::fromJson(body).object().value(u"userPrincipalName"_s).toString(),
                     sandbox.mentorUpn());
            (events == 120 ? sandboxTimes : sandboxSmall) << timer.nsecsElapsed() / 1e6;
        }
    }
    const double base = median(baseline);
    const double full = median(sandboxTimes);
    const double small = median(sandboxSmall);
    std::printf("sandbox startup (construct + seed + listen + first /me), median of %d runs:\n", kRuns);
    std::printf("  baseline (bare QTcpServer + QNAM round trip): %8.2f ms\n", base);
    std::printf("  sandbox, 120 events per calendar:             %8.2f ms  (%.1fx baseline)\n", full, full / base);
    std::printf("  sandbox, 10 events per calendar:              %8.2f ms  (%.1fx baseline)\n", small, small / base);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(BenchSandboxStartup)
#include "tst_sandbox_startup.moc"
