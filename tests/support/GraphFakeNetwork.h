#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

#include <utility>

namespace MentorDesk::Test {

// A canned HTTP answer, usually a recorded Graph reply from tests/data/graph/replies.
struct FakeReply
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // a transport failure instead of a response
    bool hold = false; // not answered until GraphFakeNetwork::releaseHeld() (or the client gives up)

    static FakeReply json(int status, const QJsonDocument &body);
    static FakeReply json(int status, const QByteArray &body);
    // tests/data/<relativePath>: {"status": 200, "headers": {...}, "body": <JSON> | "bodyText": "..." |
    // "bodyBase64": "..."}. Fails the test run (qFatal) when missing or invalid.
    static FakeReply fixture(const QString &relativePath);
    static FakeReply failure(QNetworkReply::NetworkError error);
    FakeReply &withHeader(const QByteArray &name, const QByteArray &value);
    FakeReply &held();
};

struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

// A QNetworkAccessManager that answers from a script instead of the network (libkgapi's fake network, Nextcloud's
// FakeQNAM), for unit tests of the Graph client without a server: exact statuses, headers, transport failures,
// held replies for concurrency and timeout tests. Everything the client sends is recorded.
class GraphFakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit GraphFakeNetwork(QObject *parent = nullptr);
    ~GraphFakeNetwork() override;

    // Requests with this method whose URL path starts with pathPrefix (e.g. "/v1.0/me/calendarView") get these
    // replies in order; the longest matching prefix with replies left wins. Unmatched requests get a 404 with
    // code "fakeNetworkNoRoute" (and a warning), so a test notices.
    void enqueue(const QByteArray &method, const QString &pathPrefix, const FakeReply &reply);
    void enqueue(const QByteArray &method, const QString &pathPrefix, const QList<FakeReply> &replies);
    int remainingReplies() const;

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount(const QString &pathPrefix = {}) const;
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    int heldCount() const;
    void releaseHeld();
    void clear();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    struct Route
    {
        QByteArray method;
        QString prefix;
        QList<FakeReply> replies;
    };
    friend class FakeNetworkReply;
    void replyDone();

    QList<Route> m_routes;
    QList<RecordedRequest> m_requests;
    QList<QPointer<QNetworkReply>> m_held;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace MentorDesk::Test
