#include "core/graph/GraphBatchJob.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphCollectionJob.h"
#include "core/graph/GraphDeltaJob.h"
#include "core/graph/jobs/GetMeJob.h"
#include "core/graph/jobs/GetPhotoJob.h"
#include "support/Fixtures.h"
#include "support/GraphFakeNetwork.h"
#include "support/GraphTestTokenProvider.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

Q_DECLARE_METATYPE(GraphDeltaJob::Removal)

namespace {

const QUrl kBase(u"https://graph.microsoft.com/v1.0"_s);

FakeReply fixture(const QString &name)
{
    return FakeReply::fixture(u"graph/%1.json"_s.arg(name));
}

QString linkIn(const QString &fixtureName, QLatin1StringView annotation)
{
    return readJsonFixture(u"graph/%1.json"_s.arg(fixtureName))
        .object()
        .value("body"_L1)
        .toObject()
        .value(annotation)
        .toString();
}

GraphRequest calendarViewRequest()
{
    GraphRequest request = GraphRequest::get(
        u"/me/calendarView"_s,
        {{u"startDateTime"_s, u"2025-03-01T00:00:00+01:00"_s}, {u"endDateTime"_s, u"2025-04-01T00:00:00+01:00"_s}});
    request.setHeader("Prefer", R"(outlook.timezone="W. Europe Standard Time")");
    return request;
}

GraphRequest deltaRequest()
{
    GraphRequest request = GraphRequest::get(
        u"/me/calendarView/delta"_s,
        {{u"startDateTime"_s, u"2025-03-01T00:00:00Z"_s}, {u"endDateTime"_s, u"2025-04-01T00:00:00Z"_s}});
    request.setHeader("Prefer", "odata.maxpagesize=2");
    return request;
}

QByteArray batchReply(int firstId, int lastId)
{
    QJsonArray responses;
    for (int id = lastId; id >= firstId; --id) // reversed: Graph answers in any order
        responses.append(QJsonObject{{"id"_L1, QString::number(id)},
                                     {"status"_L1, 200},
                                     {"headers"_L1, QJsonObject{{"Content-Type"_L1, u"application/json"_s}}},
                                     {"body"_L1, QJsonObject{{"id"_L1, u"user-%1"_s.arg(id)}}}});
    return QJsonDocument(QJsonObject{{"responses"_L1, responses}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestGraphJobs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GraphFakeNetwork> m_network;
    std::unique_ptr<GraphTestTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

    template<typename Job>
    Job *own(Job *job)
    {
        job->setParent(m_client.get());
        job->setAutoDelete(false);
        return job;
    }

    bool run(GraphJob *job)
    {
        QSignalSpy spy(job, &GraphJob::finished);
        job->start();
        return spy.wait(10000) && spy.count() == 1 && !spy.wait(20);
    }

    QJsonArray batchRequests(int index) const
    {
        QList<RecordedRequest> posts;
        for (const RecordedRequest &request : m_network->requests()) {
            if (request.url.path() == "/v1.0/$batch"_L1)
                posts << request;
        }
        if (index >= posts.size())
            return {};
        return QJsonDocument::fromJson(posts.at(index).body).object().value("requests"_L1).toArray();
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void getMe_data();
    void getMe();
    void getPhoto_data();
    void getPhoto();
    void followsNextLinksVerbatim();
    void stopsAtThePageCap();
    void firstPageOnly();
    void refusesLinksOutsideGraph();
    void collectionShapes_data();
    void collectionShapes();
    void errorOnALaterPage();
    void cancelBetweenPages();
    void unauthorizedMidPagingReauthenticatesAndResumes();
    void deltaFirstRound();
    void deltaReplayReportsChangesAndRemovals();
    void deltaRestartsWhenTheLinkExpired_data();
    void deltaRestartsWhenTheLinkExpired();
    void deltaWithoutInitialRequestAsksForResync();
    void batchDeliversPerItemResults();
    void batchRetriesThrottledItems();
    void batchReauthenticatesUnauthorizedItems();
    void batchHandlesFailedDependency();
    void batchReportsMissingItems();
    void batchOuterFailureReachesEveryJob();
    void batchSplitsAbove20();
    void batchCancel();
};

void TestGraphJobs::init()
{
    m_network = std::make_unique<GraphFakeNetwork>();
    m_tokens = std::make_unique<GraphTestTokenProvider>(u"token-one"_s);
    m_client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get(), kBase);
    GraphRetryPolicy policy;
    policy.initialBackoff = std::chrono::milliseconds(10);
    m_client->setRetryPolicy(policy);
}

void TestGraphJobs::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
}

void TestGraphJobs::getMe_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<GraphStatus>("status");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("givenName");
    QTest::addColumn<QString>("primaryAddress");

    QTest::newRow("documented shape") << u"me/full"_s << GraphStatus::Ok << u"48d31887-5fad-4d73-a9f5-3c356e68a038"_s
                                      << u"Megan Bowen"_s << u"Megan"_s << u"MeganB@M365x214355.onmicrosoft.com"_s;
    QTest::newRow("nulls, extras, annotations")
        << u"me/nulls-and-extra-fields"_s << GraphStatus::Ok << u"87d349ed-44d7-43e1-9a83-5f2406dee5bd"_s
        << u"Adele Vance"_s << QString() << u"AdeleV@contoso.onmicrosoft.com"_s;
    QTest::newRow("no id") << u"me/missing-id"_s << GraphStatus::MalformedReply << QString() << QString() << QString()
                           << QString();
    QTest::newRow("truncated JSON") << u"me/not-json"_s << GraphStatus::MalformedReply << QString() << QString()
                                    << QString() << QString();
    QTest::newRow("array") << u"me/array-instead-of-object"_s << GraphStatus::MalformedReply << QString() << QString()
                           << QString() << QString();
    QTest::newRow("403") << u"errors/403-access-denied"_s << GraphStatus::PermissionDenied << QString() << QString()
                         << QString() << QString();
}

void TestGraphJobs::getMe()
{
    QFETCH(QString, fixture);
    QFETCH(GraphStatus, status);
    QFETCH(QString, id);
    QFETCH(QString, displayName);
    QFETCH(QString, givenName);
    QFETCH(QString, primaryAddress);

    m_network->enqueue("GET", u"/v1.0/me"_s, ::fixture(fixture));
    auto *job = own(new GetMeJob(m_client.get()));
    QVERIFY(run(job));
    QCOMPARE(job->result().status, status);
    QCOMPARE(job->profile().id, id);
    if (status == GraphStatus::Ok) {
        QCOMPARE(job->profile().displayName, displayName);
        QCOMPARE(job->profile().givenName, givenName);
        QCOMPARE(job->profile().primaryAddress(), primaryAddress);
        QVERIFY(job->result().json.isObject());
        QCOMPARE(job->result().requestId.isEmpty(), false);
    } else {
        QVERIFY(!job->result().userMessage().isEmpty());
        QVERIFY(job->result().json.isNull());
    }
    QCOMPARE(m_network->requests().first().url.path(), u"/v1.0/me"_s);
}

void TestGraphJobs::getPhoto_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<GraphStatus>("status");
    QTest::addColumn<bool>("hasPhoto");
    QTest::addColumn<QString>("path");

    QTest::newRow("jpeg") << QString() << u"photo/jpeg"_s << GraphStatus::Ok << true << u"/v1.0/me/photo/$value"_s;
    QTest::newRow("sized") << u"48x48"_s << u"photo/jpeg"_s << GraphStatus::Ok << true
                           << u"/v1.0/me/photos/48x48/$value"_s;
    QTest::newRow("ImageNotFound = no photo")
        << QString() << u"errors/404-image-not-found"_s << GraphStatus::Ok << false << u"/v1.0/me/photo/$value"_s;
    QTest::newRow("ErrorItemNotFound = no photo")
        << QString() << u"photo/consumer-not-supported"_s << GraphStatus::Ok << false << u"/v1.0/me/photo/$value"_s;
    QTest::newRow("403 is an error") << QString() << u"errors/403-access-denied"_s << GraphStatus::PermissionDenied
                                     << false << u"/v1.0/me/photo/$value"_s;
    QTest::newRow("JSON is not a photo") << QString() << u"me/full"_s << GraphStatus::MalformedReply << false
                                         << u"/v1.0/me/photo/$value"_s;
}

void TestGraphJobs::getPhoto()
{
    QFETCH(QString, size);
    QFETCH(QString, fixture);
    QFETCH(GraphStatus, status);
    QFETCH(bool, hasPhoto);
    QFETCH(QString, path);

    m_network->enqueue("GET", u"/v1.0/me/photo"_s, ::fixture(fixture));
    auto *job = own(new GetPhotoJob(m_client.get(), size));
    QVERIFY(run(job));
    QCOMPARE(job->result().status, status);
    QCOMPARE(job->hasPhoto(), hasPhoto);
    if (hasPhoto) {
        QCOMPARE(job->contentType(), u"image/jpeg"_s);
        QVERIFY(job->photo().startsWith("\xFF\xD8\xFF"));
    }
    QCOMPARE(m_network->requests().first().url.path(QUrl::FullyEncoded), path);
    QCOMPARE(m_network->requests().first().header("accept"), "image/*");
}

void TestGraphJobs::followsNextLinksVerbatim()
{
    m_network->enqueue("GET", u"/v1.0/me/calendarView"_s,
                       QList<FakeReply>{fixture(u"calendarView/page1"_s), fixture(u"calendarView/page2"_s),
                                        fixture(u"calendarView/page3-last"_s)});
    auto *job = own(new GraphCollectionJob(m_client.get(), calendarViewRequest()));
    QSignalSpy pages(job, &GraphCollectionJob::pageReceived);
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QCOMPARE(job->pageCount(), 3);
    QCOMPARE(pages.count(), 3);
    QCOMPARE(pages.at(0).at(1).toInt(), 2);
    QCOMPARE(job->items().size(), 4);
    QCOMPARE(job->items().at(1).value("subject"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(job->items().at(3).value("id"_L1).toString(), u"AAMkAE4="_s);
    QVERIFY(job->nextLink().isEmpty());
    QVERIFY(!job->pageCapReached());
    QCOMPARE(job->result().attempts, 3);

    const QList<RecordedRequest> &requests = m_network->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).url.toEncoded(),
             "https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=2025-03-01T00:00:00%2B01:00"
             "&endDateTime=2025-04-01T00:00:00%2B01:00");
    // The links are sent byte for byte as Graph wrote them, never rebuilt from their parts.
    QCOMPARE(QString::fromUtf8(requests.at(1).url.toEncoded()), linkIn(u"calendarView/page1"_s, "@odata.nextLink"_L1));
    QCOMPARE(QString::fromUtf8(requests.at(2).url.toEncoded()), linkIn(u"calendarView/page2"_s, "@odata.nextLink"_L1));
    for (const RecordedRequest &request : requests) // Prefer applies per request, so every page repeats it
        QCOMPARE(request.header("prefer"), R"(outlook.timezone="W. Europe Standard Time")");
}

void TestGraphJobs::stopsAtThePageCap()
{
    m_network->enqueue("GET", u"/v1.0/me/calendarView"_s,
                       QList<FakeReply>{fixture(u"calendarView/page1"_s), fixture(u"calendarView/page2"_s),
                                        fixture(u"calendarView/page3-last"_s)});
    auto *job = own(new GraphCollectionJob(m_client.get(), calendarViewRequest()));
    job->setMaxPages(2);
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QVERIFY(job->pageCapReached());
    QCOMPARE(job->pageCount(), 2);
    QCOMPARE(job->items().size(), 3);
    QCOMPARE(QString::fromUtf8(job->nextLink().toEncoded()), linkIn(u"calendarView/page2"_s, "@odata.nextLink"_L1));
    QCOMPARE(m_network->requests().size(), 2);
}

void TestGraphJobs::firstPageOnly()
{
    m_network->enqueue("GET", u"/v1.0/me/calendarView"_s, fixture(u"calendarView/page1"_s));
    auto *job = own(new GraphCollectionJob(m_client.get(), calendarViewRequest()));
    job->setFollowNextLinks(false);
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QCOMPARE(job->items().size(), 2);
    QVERIFY(!job->pageCapReached());
    QCOMPARE(QString::fromUtf8(job->nextLink().toEncoded()), linkIn(u"calendarView/page1"_s, "@odata.nextLink"_L1));
    QCOMPARE(m_network->requests().size(), 1);
}

void TestGraphJobs::refusesLinksOutsideGraph()
{
    m_network->enqueue("GET", u"/v1.0/me/calendarView"_s, fixture(u"calendarView/next-link-elsewhere"_s));
    auto *job = own(new GraphCollectionJob(m_client.get(), calendarViewRequest()));
    QVERIFY(run(job));
    QCOMPARE(job->result().status, GraphStatus::MalformedReply);
    QVERIFY(job->result().error.message.contains(u"outside"_s));
    QCOMPARE(m_network->requests().size(), 1); // the token never went to attacker.example
}

void TestGraphJobs::collectionShapes_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<GraphStatus>("status");
    QTest::addColumn<int>("items");
    QTest::newRow("calendars: own and shared, extra fields") << u"calendars/own-and-shared"_s << GraphStatus::Ok << 2;
    QTest::newRow("empty") << u"calendarView/empty"_s << GraphStatus::Ok << 0;
    QTest::newRow("no value") << u"calendarView/no-value"_s << GraphStatus::MalformedReply << 0;
    QTest::newRow("object, not a collection") << u"me/full"_s << GraphStatus::MalformedReply << 0;
    QTest::newRow("404") << u"errors/404-item-not-found"_s << GraphStatus::NotFound << 0;
}

void TestGraphJobs::collectionShapes()
{
    QFETCH(QString, fixture);
    QFETCH(GraphStatus, status);
    QFETCH(int, items);
    m_network->enqueue("GET", u"/v1.0/me/calendars"_s, ::fixture(fixture));
    auto *job = own(new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars"_s)));
    QVERIFY(run(job));
    QCOMPARE(job->result().status, status);
    QCOMPARE(job->items().size(), status == GraphStatus::Ok ? items : job->items().size());
    if (status == GraphStatus::Ok && items == 2) {
        QCOMPARE(job->items().at(1).value("owner"_L1).toObject().value("address"_L1).toString(),
                 u"AdeleV@M365x214355.onmicrosoft.com"_s);
        QCOMPARE(job->items().at(1).value("canShare"_L1).toBool(true), false);
    }
}

void TestGraphJobs::errorOnALaterPage()
{
    m_network->enqueue("GET", u"/v1.0/me/calendarView"_s,
                       QList<FakeReply>{fixture(u"calendarView/page1"_s), fixture(u"errors/403-access-denied"_s)});
    auto *job = own(new GraphCollectionJob(m_client.get(), calendarViewRequest()));
    QVERIFY(run(job));
    QCOMPARE(job->result().status, GraphStatus::PermissionDenied);
    QCOMPARE(job->result().error.code, u"ErrorAccessDenied"_s);
    QCOMPARE(job->pageCount(), 1);
}

void TestGraphJobs::cancelBetweenPages()
{
    m_network->enqueue("GET", u"/v1.0/me/calendarView"_s,
                       QList<FakeReply>{fixture(u"calendarView/page1"_s), fixture(u"calendarView/page2"_s)});
    auto *job = own(new GraphCollectionJob(m_client.get(), calendarViewRequest()));
    connect(job, &GraphCollectionJob::pageReceived, job, &GraphJob::cancel);
    QVERIFY(run(job));
    QCOMPARE(job->result().status, GraphStatus::Cancelled);
    QTest::qWait(20);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestGraphJobs::unauthorizedMidPagingReauthenticatesAndResumes()
{
    m_tokens->setNextToken(u"token-two"_s);
    m_network->enqueue("GET", u"/v1.0/me/calendarView"_s,
                       QList<FakeReply>{fixture(u"calendarView/page1"_s), fixture(u"errors/401-expired-token"_s),
                                        fixture(u"calendarView/page2"_s), fixture(u"calendarView/page3-last"_s)});
    auto *job = own(new GraphCollectionJob(m_client.get(), calendarViewRequest()));
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QCOMPARE(job->items().size(), 4);
    QCOMPARE(m_tokens->reauthenticationCount(), 1);
    const QList<RecordedRequest> &requests = m_network->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(1).url, requests.at(2).url); // page 2 resumed, not restarted
    QCOMPARE(requests.at(2).header("authorization"), "Bearer token-two");
}

void TestGraphJobs::deltaFirstRound()
{
    m_network->enqueue("GET", u"/v1.0/me/calendarView/delta"_s,
                       QList<FakeReply>{fixture(u"delta/round1-page1"_s), fixture(u"delta/round1-page2"_s)});
    auto *job = own(new GraphDeltaJob(m_client.get(), deltaRequest()));
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QVERIFY(job->isFullSync());
    QCOMPARE(job->items().size(), 3);
    QVERIFY(job->removed().isEmpty());
    QCOMPARE(QString::fromUtf8(job->deltaLink().toEncoded()), linkIn(u"delta/round1-page2"_s, "@odata.deltaLink"_L1));
    QCOMPARE(m_network->requests().at(1).header("prefer"), "odata.maxpagesize=2");
}

void TestGraphJobs::deltaReplayReportsChangesAndRemovals()
{
    const QUrl stored = QUrl::fromEncoded(linkIn(u"delta/round1-page2"_s, "@odata.deltaLink"_L1).toUtf8());
    m_network->enqueue("GET", u"/v1.0/me/calendarView/delta"_s, fixture(u"delta/round2-changes"_s));
    auto *job = own(new GraphDeltaJob(m_client.get(), deltaRequest(), stored));
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QVERIFY(!job->isFullSync());
    QCOMPARE(m_network->requests().first().url.toEncoded(), stored.toEncoded());
    QCOMPARE(m_network->requests().first().header("prefer"), "odata.maxpagesize=2");
    QCOMPARE(job->items().size(), 1);
    QCOMPARE(job->items().first().value("subject"_L1).toString(), u"Lunch (moved)"_s);
    const QList<GraphDeltaJob::Removal> expected{{u"AAMkAD1="_s, u"deleted"_s}, {u"AAMkAD3="_s, u"changed"_s}};
    QCOMPARE(job->removed(), expected);
    QCOMPARE(QString::fromUtf8(job->deltaLink().toEncoded()), linkIn(u"delta/round2-changes"_s, "@odata.deltaLink"_L1));
}

void TestGraphJobs::deltaRestartsWhenTheLinkExpired_data()
{
    QTest::addColumn<QString>("expiry");
    QTest::newRow("syncStateNotFound") << u"errors/410-sync-state-not-found"_s;
    QTest::newRow("resyncRequired") << u"errors/410-resync-required"_s;
}

void TestGraphJobs::deltaRestartsWhenTheLinkExpired()
{
    QFETCH(QString, expiry);
    const QUrl stored = QUrl::fromEncoded(linkIn(u"delta/round1-page2"_s, "@odata.deltaLink"_L1).toUtf8());
    m_network->enqueue(
        "GET", u"/v1.0/me/calendarView/delta"_s,
        QList<FakeReply>{fixture(expiry), fixture(u"delta/round1-page1"_s), fixture(u"delta/round1-page2"_s)});
    auto *job = own(new GraphDeltaJob(m_client.get(), deltaRequest(), stored));
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QVERIFY(job->restartedAfterExpiry());
    QVERIFY(job->isFullSync()); // replace, do not merge
    QCOMPARE(job->items().size(), 3);
    QVERIFY(!job->deltaLink().isEmpty());
    QCOMPARE(m_network->requests().size(), 3);
    QVERIFY(m_network->requests().at(1).url.query().contains(u"startDateTime"_s));

    // Expiring again right away is not looped on: the caller is told to resync.
    m_network->clear();
    m_network->enqueue("GET", u"/v1.0/me/calendarView/delta"_s, QList<FakeReply>{fixture(expiry), fixture(expiry)});
    auto *again = own(new GraphDeltaJob(m_client.get(), deltaRequest(), stored));
    QVERIFY(run(again));
    QCOMPARE(again->result().status, GraphStatus::ResyncRequired);
}

void TestGraphJobs::deltaWithoutInitialRequestAsksForResync()
{
    const QUrl stored = QUrl::fromEncoded(linkIn(u"delta/round1-page2"_s, "@odata.deltaLink"_L1).toUtf8());
    m_network->enqueue("GET", u"/v1.0/me/calendarView/delta"_s, fixture(u"errors/410-sync-state-not-found"_s));
    auto *job = own(new GraphDeltaJob(m_client.get(), GraphRequest{}, stored));
    QVERIFY(run(job));
    QCOMPARE(job->result().status, GraphStatus::ResyncRequired);
    QCOMPARE(job->result().error.code, u"syncStateNotFound"_s);
}

void TestGraphJobs::batchDeliversPerItemResults()
{
    m_network->enqueue("POST", u"/v1.0/$batch"_s, fixture(u"batch/startup-mixed"_s));
    m_network->enqueue("GET", u"/v1.0/me/calendarView"_s, fixture(u"calendarView/page3-last"_s));
    auto *batch = new GraphBatchJob(m_client.get(), m_client.get());
    batch->setAutoDelete(false);
    auto *me = own(new GetMeJob(m_client.get()));
    auto *view = own(new GraphCollectionJob(m_client.get(), calendarViewRequest()));
    auto *calendars = own(new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars"_s)));
    auto *photo = own(new GetPhotoJob(m_client.get()));
    auto *smallPhoto = own(new GetPhotoJob(m_client.get(), u"48x48"_s));
    QCOMPARE(batch->addJob(me), u"1"_s);
    QCOMPARE(batch->addJob(view), u"2"_s);
    QCOMPARE(batch->addJob(calendars), u"3"_s);
    QCOMPARE(batch->addJob(photo), u"4"_s);
    QCOMPARE(batch->addJob(smallPhoto), u"5"_s);
    QVERIFY(batch->addJob(me).isEmpty()); // already in

    QSignalSpy meSpy(me, &GraphJob::finished);
    QSignalSpy batchSpy(batch, &GraphBatchJob::finished);
    batch->start();
    QVERIFY(batchSpy.wait());
    QCOMPARE(batchSpy.count(), 1);
    QCOMPARE(meSpy.count(), 1);
    QVERIFY(batch->result().isOk());
    QCOMPARE(batch->batchRequestsSent(), 1);
    for (GraphJob *job : std::initializer_list<GraphJob *>{me, view, calendars, photo, smallPhoto})
        QVERIFY(job->isFinished());

    QVERIFY(me->result().isOk());
    QCOMPARE(me->profile().displayName, u"Megan Bowen"_s);
    QVERIFY(view->result().isOk());
    QCOMPARE(view->items().size(), 2); // first page from the batch, the rest followed on its own
    QCOMPARE(view->pageCount(), 2);
    QCOMPARE(calendars->result().status, GraphStatus::PermissionDenied);
    QCOMPARE(calendars->result().error.code, u"ErrorAccessDenied"_s);
    QCOMPARE(calendars->result().requestId, u"ba7c0000-0000-4000-8000-000000000033"_s);
    QVERIFY(photo->result().isOk());
    QVERIFY(photo->hasPhoto());
    QCOMPARE(photo->contentType(), u"image/jpeg"_s);
    QVERIFY(photo->photo().startsWith("\xFF\xD8\xFF"));
    QVERIFY(smallPhoto->result().isOk());
    QVERIFY(!smallPhoto->hasPhoto());

    const QJsonArray requests = batchRequests(0);
    QCOMPARE(requests.size(), 5);
    QCOMPARE(requests.at(0).toObject().value("url"_L1).toString(), u"/me"_s);
    QCOMPARE(requests.at(0).toObject().value("method"_L1).toString(), u"GET"_s);
    QCOMPARE(requests.at(1).toObject().value("url"_L1).toString(),
             u"/me/calendarView?startDateTime=2025-03-01T00:00:00%2B01:00&endDateTime=2025-04-01T00:00:00%2B01:00"_s);
    QCOMPARE(requests.at(1).toObject().value("headers"_L1).toObject().value("Prefer"_L1).toString(),
             uR"(outlook.timezone="W. Europe Standard Time")"_s);
    QCOMPARE(requests.at(4).toObject().value("url"_L1).toString(), u"/me/photos/48x48/$value"_s);
    // The follow-up page left the batch: it went to the nextLink from the batch item, verbatim, with Prefer.
    const RecordedRequest &followUp = m_network->requests().last();
    QCOMPARE(followUp.method, "GET");
    QVERIFY(followUp.url.toEncoded().endsWith("%24skiptoken=cGFnZTI%3D"));
    QCOMPARE(followUp.header("prefer"), R"(outlook.timezone="W. Europe Standard Time")");
}

void TestGraphJobs::batchRetriesThrottledItems()
{
    m_network->enqueue("POST", u"/v1.0/$batch"_s,
                       QList<FakeReply>{fixture(u"batch/throttled-item"_s), fixture(u"batch/throttled-item-retry"_s)});
    auto *batch = new GraphBatchJob(m_client.get(), m_client.get());
    batch->setAutoDelete(false);
    auto *me = own(new GetMeJob(m_client.get()));
    auto *calendars = own(new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars"_s)));
    batch->addJob(me);
    batch->addJob(calendars);
    QSignalSpy batchSpy(batch, &GraphBatchJob::finished);
    batch->start();
    QVERIFY(batchSpy.wait(5000));
    QVERIFY(me->result().isOk());
    QVERIFY(calendars->result().isOk());
    QCOMPARE(calendars->items().size(), 1);
    QCOMPARE(batch->batchRequestsSent(), 2);
    QCOMPARE(batchRequests(0).size(), 2);
    QCOMPARE(batchRequests(1).size(), 1); // only the throttled item went again
    QCOMPARE(batchRequests(1).at(0).toObject().value("id"_L1).toString(), u"2"_s);
}

void TestGraphJobs::batchReauthenticatesUnauthorizedItems()
{
    m_tokens->setNextToken(u"token-two"_s);
    m_network->enqueue(
        "POST", u"/v1.0/$batch"_s,
        QList<FakeReply>{fixture(u"batch/unauthorized-item"_s), fixture(u"batch/throttled-item-retry"_s)});
    auto *batch = new GraphBatchJob(m_client.get(), m_client.get());
    batch->setAutoDelete(false);
    auto *me = own(new GetMeJob(m_client.get()));
    auto *calendars = own(new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars"_s)));
    batch->addJob(me);
    batch->addJob(calendars);
    QSignalSpy batchSpy(batch, &GraphBatchJob::finished);
    batch->start();
    QVERIFY(batchSpy.wait());
    QVERIFY(me->result().isOk());
    QVERIFY(calendars->result().isOk());
    QCOMPARE(m_tokens->reauthenticationCount(), 1);
    QCOMPARE(batch->batchRequestsSent(), 2);
    QCOMPARE(batchRequests(1).size(), 1);
    QCOMPARE(m_network->requests().last().header("authorization"), "Bearer token-two");

    // Re-authentication fails: the item ends in SignInRequired, the others are unaffected.
    m_network->clear();
    m_tokens->setNextToken(QString());
    m_network->enqueue("POST", u"/v1.0/$batch"_s, fixture(u"batch/unauthorized-item"_s));
    auto *again = new GraphBatchJob(m_client.get(), m_client.get());
    again->setAutoDelete(false);
    auto *me2 = own(new GetMeJob(m_client.get()));
    auto *calendars2 = own(new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars"_s)));
    again->addJob(me2);
    again->addJob(calendars2);
    QSignalSpy againSpy(again, &GraphBatchJob::finished);
    again->start();
    QVERIFY(againSpy.wait());
    QVERIFY(me2->result().isOk());
    QCOMPARE(calendars2->result().status, GraphStatus::SignInRequired);
}

void TestGraphJobs::batchHandlesFailedDependency()
{
    m_network->enqueue("POST", u"/v1.0/$batch"_s, fixture(u"batch/dependency-failed"_s));
    auto *batch = new GraphBatchJob(m_client.get(), m_client.get());
    batch->setAutoDelete(false);
    auto *first = own(new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars/x/events"_s)));
    auto *second = own(new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars/x/calendarView"_s)));
    const QString firstId = batch->addJob(first);
    batch->addJob(second, {firstId});
    QSignalSpy batchSpy(batch, &GraphBatchJob::finished);
    batch->start();
    QVERIFY(batchSpy.wait());
    QCOMPARE(first->result().status, GraphStatus::NotFound);
    QCOMPARE(second->result().status, GraphStatus::FailedDependency);
    QVERIFY(!second->result().userMessage().isEmpty());
    QCOMPARE(batchRequests(0).at(1).toObject().value("dependsOn"_L1).toArray(), QJsonArray{u"1"_s});
}

void TestGraphJobs::batchReportsMissingItems()
{
    m_network->enqueue("POST", u"/v1.0/$batch"_s, fixture(u"batch/missing-item"_s));
    auto *batch = new GraphBatchJob(m_client.get(), m_client.get());
    batch->setAutoDelete(false);
    auto *me = own(new GetMeJob(m_client.get()));
    auto *other = own(new GetMeJob(m_client.get()));
    batch->addJob(me);
    batch->addJob(other);
    QSignalSpy batchSpy(batch, &GraphBatchJob::finished);
    batch->start();
    QVERIFY(batchSpy.wait());
    QVERIFY(me->result().isOk());
    QCOMPARE(other->result().status, GraphStatus::MalformedReply);
}

void TestGraphJobs::batchOuterFailureReachesEveryJob()
{
    m_network->enqueue("POST", u"/v1.0/$batch"_s, FakeReply::failure(QNetworkReply::ConnectionRefusedError));
    auto *batch = new GraphBatchJob(m_client.get(), m_client.get());
    batch->setAutoDelete(false);
    auto *me = own(new GetMeJob(m_client.get()));
    auto *photo = own(new GetPhotoJob(m_client.get()));
    batch->addJob(me);
    batch->addJob(photo);
    QSignalSpy batchSpy(batch, &GraphBatchJob::finished);
    batch->start();
    QVERIFY(batchSpy.wait());
    QCOMPARE(batch->result().status, GraphStatus::Offline);
    QCOMPARE(me->result().status, GraphStatus::Offline);
    QCOMPARE(photo->result().status, GraphStatus::Offline);

    // Unreadable batch reply: every job learns it, nobody hangs.
    m_network->enqueue("POST", u"/v1.0/$batch"_s, FakeReply::json(200, QByteArrayLiteral(R"({"responses":)")));
    auto *batch2 = new GraphBatchJob(m_client.get(), m_client.get());
    batch2->setAutoDelete(false);
    auto *me2 = own(new GetMeJob(m_client.get()));
    batch2->addJob(me2);
    QSignalSpy batch2Spy(batch2, &GraphBatchJob::finished);
    batch2->start();
    QVERIFY(batch2Spy.wait());
    QCOMPARE(me2->result().status, GraphStatus::MalformedReply);
}

void TestGraphJobs::batchSplitsAbove20()
{
    m_network->enqueue("POST", u"/v1.0/$batch"_s,
                       QList<FakeReply>{FakeReply::json(200, batchReply(1, 20)),
                                        FakeReply::json(200, batchReply(21, 40)),
                                        FakeReply::json(200, batchReply(41, 45))});
    auto *batch = new GraphBatchJob(m_client.get(), m_client.get());
    batch->setAutoDelete(false);
    QList<GetMeJob *> jobs;
    for (int i = 0; i < 45; ++i) {
        jobs << own(new GetMeJob(m_client.get()));
        batch->addJob(jobs.last());
    }
    QSignalSpy batchSpy(batch, &GraphBatchJob::finished);
    batch->start();
    QVERIFY(batchSpy.wait());
    QCOMPARE(batch->batchRequestsSent(), 3);
    QCOMPARE(batchRequests(0).size(), 20);
    QCOMPARE(batchRequests(1).size(), 20);
    QCOMPARE(batchRequests(2).size(), 5);
    for (int i = 0; i < 45; ++i) {
        QVERIFY(jobs.at(i)->result().isOk());
        QCOMPARE(jobs.at(i)->profile().id, u"user-%1"_s.arg(i + 1));
    }
}

void TestGraphJobs::batchCancel()
{
    m_network->enqueue("POST", u"/v1.0/$batch"_s, fixture(u"batch/missing-item"_s).held());
    auto *batch = new GraphBatchJob(m_client.get(), m_client.get());
    batch->setAutoDelete(false);
    auto *me = own(new GetMeJob(m_client.get()));
    auto *other = own(new GetMeJob(m_client.get()));
    batch->addJob(me);
    batch->addJob(other);
    QSignalSpy batchSpy(batch, &GraphBatchJob::finished);
    QSignalSpy meSpy(me, &GraphJob::finished);
    batch->start();
    QTRY_COMPARE(m_network->inFlight(), 1);
    batch->cancel();
    QCOMPARE(batchSpy.count(), 1);
    QCOMPARE(batch->result().status, GraphStatus::Cancelled);
    QCOMPARE(meSpy.count(), 1);
    QCOMPARE(me->result().status, GraphStatus::Cancelled);
    QCOMPARE(other->result().status, GraphStatus::Cancelled);
    m_network->releaseHeld();
    QTest::qWait(20);
    QCOMPARE(batchSpy.count(), 1);
    QCOMPARE(meSpy.count(), 1);
}

QTEST_GUILESS_MAIN(TestGraphJobs)
#include "tst_graphjobs.moc"
