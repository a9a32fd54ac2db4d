#include "core/graph/GraphClient.h"
#include "core/graph/jobs/CreateOrGetOnlineMeetingJob.h"
#include "core/graph/jobs/FindMeetingTimesJob.h"
#include "core/graph/jobs/GetEventJob.h"
#include "core/graph/writes/CancelEventWrite.h"
#include "core/graph/writes/CreateEventWrite.h"
#include "core/graph/writes/UpdateEventWrite.h"
#include "support/Fixtures.h"
#include "support/GraphFakeNetwork.h"
#include "support/GraphTestTokenProvider.h"
#include "support/WriteRunner.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QUrl kBase(u"https://graph.microsoft.com/v1.0"_s);

FakeReply fixture(const QString &name)
{
    return FakeReply::fixture(u"booking/%1.json"_s.arg(name));
}

GraphResult run(GraphJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &GraphJob::finished);
    job->start();
    if (!finished.wait(5000))
        return GraphResult::failure(GraphStatus::Timeout);
    return finished.first().first().value<GraphResult>();
}

QJsonObject bodyOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

class TestBookingJobs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GraphFakeNetwork> m_network;
    std::unique_ptr<GraphTestTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

private Q_SLOTS:
    void init();
    void findMeetingTimesRequest();
    void findMeetingTimesSuggestions();
    void findMeetingTimesEmpty_data();
    void findMeetingTimesEmpty();
    void createOrGetOnlineMeeting();
    void createOrGetRejectsNonWebLinks();
    void createEventRequestCarriesTheTransactionId();
    void createEventParsesTheJoinUrl();
    void getEvent();
    void updateEventIsIdempotent();
    void cancelEventSendsTheComment();
    void occurrenceCrossingBoundaryKeepsItsCode();
};

void TestBookingJobs::init()
{
    m_network = std::make_unique<GraphFakeNetwork>();
    m_tokens = std::make_unique<GraphTestTokenProvider>(u"token"_s);
    m_client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get(), kBase);
    GraphRetryPolicy policy;
    policy.initialBackoff = std::chrono::milliseconds(1);
    m_client->setRetryPolicy(policy);
}

void TestBookingJobs::findMeetingTimesRequest()
{
    FindMeetingTimesJob::Query query;
    query.attendees = {{u"Priya Sharma"_s, u"priya.sharma@contoso.com"_s}};
    query.durationMinutes = 60;
    query.windows = {{QDateTime::fromString(u"2026-11-25T23:00:00Z"_s, Qt::ISODate),
                      QDateTime::fromString(u"2026-11-27T23:00:00Z"_s, Qt::ISODate)}};
    query.timeZoneName = u"W. Europe Standard Time"_s;
    const GraphRequest request = FindMeetingTimesJob::request(query);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, u"/me/findMeetingTimes"_s);
    QVERIFY(request.isRetrySafe()); // a query
    QCOMPARE(request.header("prefer"), QByteArray(R"(outlook.timezone="W. Europe Standard Time")"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("meetingDuration"_L1).toString(), u"PT60M"_s);
    QCOMPARE(body.value("maxCandidates"_L1).toInt(), 10);
    QCOMPARE(body.value("returnSuggestionReasons"_L1).toBool(), true);
    const QJsonObject attendee = body.value("attendees"_L1).toArray().first().toObject();
    QCOMPARE(attendee.value("type"_L1).toString(), u"required"_s);
    QCOMPARE(attendee.value("emailAddress"_L1).toObject().value("address"_L1).toString(),
             u"priya.sharma@contoso.com"_s);
    const QJsonObject slot
        = body.value("timeConstraint"_L1).toObject().value("timeSlots"_L1).toArray().first().toObject();
    QCOMPARE(slot.value("start"_L1).toObject().value("dateTime"_L1).toString(), u"2026-11-26T00:00:00.0000000"_s);
    QCOMPARE(slot.value("start"_L1).toObject().value("timeZone"_L1).toString(), u"W. Europe Standard Time"_s);
    QCOMPARE(body.value("timeConstraint"_L1).toObject().value("activityDomain"_L1).toString(), u"work"_s);
}

void TestBookingJobs::findMeetingTimesSuggestions()
{
    m_network->enqueue("POST", u"/v1.0/me/findMeetingTimes"_s, fixture(u"find-meeting-times-suggestions"_s));
    auto *job = new FindMeetingTimesJob(m_client.get(), {}, this);
    const GraphResult result = run(job);
    QVERIFY2(result.isOk(), qPrintable(result.error.technicalDetails()));
    const MeetingTimeSuggestions &suggestions = job->suggestions();
    QCOMPARE(suggestions.emptyReason, MeetingTimeSuggestions::EmptyReason::None);
    QCOMPARE(suggestions.suggestions.size(), 2); // the one without a slot is dropped
    const MeetingTimeSuggestion &first = suggestions.suggestions.at(0);
    QCOMPARE(first.start, QDateTime::fromString(u"2026-11-26T09:00:00Z"_s, Qt::ISODate)); // 10:00 in Berlin
    QCOMPARE(first.end, QDateTime::fromString(u"2026-11-26T10:00:00Z"_s, Qt::ISODate));
    QCOMPARE(first.confidence, 100.0);
    QCOMPARE(first.order, 1);
    QCOMPARE(first.organizerAvailability, Event::ShowAs::Free);
    QVERIFY(first.unavailableAttendees().isEmpty());
    QVERIFY(first.locations.isEmpty()); // empty display names are dropped
    const MeetingTimeSuggestion &second = suggestions.suggestions.at(1);
    QCOMPARE(second.confidence, 50.0);
    QCOMPARE(second.attendeeAvailability.size(), 3);
    QCOMPARE(second.attendeeAvailability.at(2).availability, Event::ShowAs::Unknown); // an enum member from later
    QCOMPARE(second.unavailableAttendees().size(), 2);
    QCOMPARE(second.unavailableAttendees().first().attendee.name, u"Jonas Weber"_s);
    QCOMPARE(MeetingTimeSuggestion::fromJson(second.toJson()), second);
    delete job;
}

void TestBookingJobs::findMeetingTimesEmpty_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<MeetingTimeSuggestions::EmptyReason>("reason");
    QTest::newRow("attendees unavailable")
        << u"find-meeting-times-empty"_s << MeetingTimeSuggestions::EmptyReason::AttendeesUnavailable;
    QTest::newRow("nulls") << u"find-meeting-times-empty-no-reason"_s << MeetingTimeSuggestions::EmptyReason::Unknown;
}

void TestBookingJobs::findMeetingTimesEmpty()
{
    QFETCH(QString, fixture);
    QFETCH(MeetingTimeSuggestions::EmptyReason, reason);
    m_network->enqueue("POST", u"/v1.0/me/findMeetingTimes"_s, ::fixture(fixture));
    auto *job = new FindMeetingTimesJob(m_client.get(), {}, this);
    QVERIFY(run(job).isOk());
    QVERIFY(job->suggestions().isEmpty());
    QCOMPARE(job->suggestions().emptyReason, reason);
    QCOMPARE(MeetingTimeSuggestions::fromJson(job->suggestions().toJson()), job->suggestions());
    delete job;
}

void TestBookingJobs::createOrGetOnlineMeeting()
{
    m_network->enqueue("POST", u"/v1.0/me/onlineMeetings/createOrGet"_s,
                       {fixture(u"create-or-get-created"_s), fixture(u"create-or-get-existing"_s)});
    const QString externalId = u"7eb8263f-d0e0-4149-bb1c-1f0476083c56"_s;
    const QDateTime start = QDateTime::fromString(u"2026-11-27T09:00:00Z"_s, Qt::ISODate);
    auto *first = new CreateOrGetOnlineMeetingJob(m_client.get(), externalId, u"Mentoring: Priya Sharma"_s, start,
                                                  start.addSecs(3600), this);
    QVERIFY(run(first).isOk());
    QVERIFY(first->created());
    QVERIFY(first->meeting().isValid());
    QCOMPARE(first->meeting().joinMeetingId, u"1234567890123"_s);
    QCOMPARE(first->meeting().passcode, u"Ab3dEf"_s);
    QCOMPARE(first->meeting().start, start);
    QCOMPARE(OnlineMeeting::fromJson(first->meeting().toJson()), first->meeting());
    const QJsonObject body = bodyOf(m_network->requests().first());
    QCOMPARE(body.value("externalId"_L1).toString(), externalId);
    QCOMPARE(body.value("startDateTime"_L1).toString(), u"2026-11-27T09:00:00.0000000Z"_s);
    QCOMPARE(body.value("endDateTime"_L1).toString(), u"2026-11-27T10:00:00.0000000Z"_s);
    QVERIFY(CreateOrGetOnlineMeetingJob::request(externalId, {}, {}, {}).isRetrySafe()); // keyed by externalId

    auto *second = new CreateOrGetOnlineMeetingJob(m_client.get(), externalId, {}, {}, start, this);
    QVERIFY(run(second).isOk());
    QVERIFY(!second->created());
    QCOMPARE(second->meeting().id, first->meeting().id);
    QVERIFY(second->meeting().joinWebUrl.isValid()); // from the older joinUrl name
    // No start: no end either (Graph refuses an end without a start).
    const QJsonObject noStart = bodyOf(m_network->requests().at(1));
    QVERIFY(!noStart.contains("startDateTime"_L1) && !noStart.contains("endDateTime"_L1));
    delete first;
    delete second;
}

void TestBookingJobs::createOrGetRejectsNonWebLinks()
{
    m_network->enqueue("POST", u"/v1.0/me/onlineMeetings/createOrGet"_s, fixture(u"create-or-get-javascript-url"_s));
    auto *job = new CreateOrGetOnlineMeetingJob(m_client.get(), u"x"_s, {}, {}, {}, this);
    QCOMPARE(run(job).status, GraphStatus::MalformedReply);
    delete job;
}

void TestBookingJobs::createEventRequestCarriesTheTransactionId()
{
    const QJsonObject event{{"subject"_L1, u"S"_s}, {"transactionId"_L1, u"tx-1"_s}};
    const GraphRequest own = CreateEventWrite::request(u"AAMk/cal=="_s, event);
    QCOMPARE(own.path, u"/me/calendars/AAMk%2Fcal%3D%3D/events"_s);
    QCOMPARE(own.idempotencyKey, u"tx-1"_s);
    QVERIFY(own.isRetrySafe());
    QCOMPARE(QJsonDocument::fromJson(own.body).object(), event);
    QCOMPARE(CreateEventWrite::request({}, event).path, u"/me/events"_s);
    QVERIFY(!CreateEventWrite::request({}, QJsonObject{{"subject"_L1, u"S"_s}}).isRetrySafe());
}

void TestBookingJobs::createEventParsesTheJoinUrl()
{
    m_network->enqueue("POST", u"/v1.0/me/calendars/cal-1/events"_s, fixture(u"create-event-teams"_s));
    m_network->enqueue("POST", u"/v1.0/me/events"_s, fixture(u"create-event-no-join-url"_s));
    WriteRunner runner(m_client.get());
    const GraphResult teams = runner.run<CreateEventWrite>(
        CreateEventWrite::request(u"cal-1"_s, QJsonObject{{"transactionId"_L1, u"t"_s}}));
    QVERIFY(teams.isOk());
    const Event event = CreateEventWrite::parseReply(teams.json, u"cal-1"_s);
    QCOMPARE(event.calendarId, u"cal-1"_s);
    QVERIFY(event.hasJoinUrl());
    QCOMPARE(event.joinUrl.host(), u"teams.microsoft.com"_s);
    QCOMPARE(event.transactionId, u"7eb8263f-d0e0-4149-bb1c-1f0476083c56"_s);
    QCOMPARE(event.originalStartTimeZone, u"W. Europe Standard Time"_s);
    const GraphResult plain = runner.run<CreateEventWrite>(CreateEventWrite::request({}, QJsonObject{}));
    QVERIFY(plain.isOk());
    const Event plainEvent = CreateEventWrite::parseReply(plain.json);
    QVERIFY(plainEvent.isValid());
    QVERIFY(!plainEvent.hasJoinUrl());
    QVERIFY(!plainEvent.isOnlineMeeting);
    QVERIFY(!CreateEventWrite::parseReply(QJsonDocument(QJsonArray{})).isValid());
}

void TestBookingJobs::getEvent()
{
    m_network->enqueue("GET", u"/v1.0/me/events/AAMkAGI1AAAt9AHkAAA%3D"_s, fixture(u"create-event-teams"_s));
    auto *job = new GetEventJob(m_client.get(), Calendar(), u"AAMkAGI1AAAt9AHkAAA="_s, this);
    QVERIFY(run(job).isOk());
    QVERIFY(job->event().hasJoinUrl());
    delete job;
}

void TestBookingJobs::updateEventIsIdempotent()
{
    const GraphRequest request = UpdateEventWrite::request(u"e1"_s, QJsonObject{{"start"_L1, QJsonObject{}}});
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.path, u"/me/events/e1"_s);
    QVERIFY(request.isRetrySafe());
    m_network->enqueue("PATCH", u"/v1.0/me/events/e1"_s, fixture(u"create-event-teams"_s));
    WriteRunner runner(m_client.get());
    const GraphResult result
        = runner.run<UpdateEventWrite>(UpdateEventWrite::request(u"e1"_s, QJsonObject{{"subject"_L1, u"x"_s}}));
    QVERIFY(result.isOk());
    QVERIFY(UpdateEventWrite::parseReply(result.json).isValid());
}

void TestBookingJobs::cancelEventSendsTheComment()
{
    const GraphRequest request = CancelEventWrite::request(u"e1"_s, u"Sorry, I am ill."_s);
    QCOMPARE(request.path, u"/me/events/e1/cancel"_s);
    QVERIFY(!request.isRetrySafe()); // a second cancel would find nothing: ask the user instead
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), (QJsonObject{{"Comment"_L1, u"Sorry, I am ill."_s}}));
    QCOMPARE(QJsonDocument::fromJson(CancelEventWrite::request(u"e1"_s, {}).body).object(), QJsonObject());
    m_network->enqueue("POST", u"/v1.0/me/events/e1/cancel"_s, FakeReply{202, {}, {}});
    WriteRunner runner(m_client.get());
    const GraphResult result = runner.run<CancelEventWrite>(CancelEventWrite::request(u"e1"_s, u"Bye"_s));
    QVERIFY(result.isOk());
    QCOMPARE(result.httpStatus, 202);
}

void TestBookingJobs::occurrenceCrossingBoundaryKeepsItsCode()
{
    m_network->enqueue("PATCH", u"/v1.0/me/events/occ"_s,
                       FakeReply::fixture(u"graph/errors/400-occurrence-crossing-boundary.json"_s));
    WriteRunner runner(m_client.get());
    const GraphResult result = runner.run<UpdateEventWrite>(UpdateEventWrite::request(u"occ"_s, QJsonObject{}));
    QCOMPARE(result.status, GraphStatus::BadRequest);
    QVERIFY(result.error.hasCode(u"ErrorOccurrenceCrossingBoundary"));
    QCOMPARE(runner.outbox()->entries().first().state, OutboxState::Failed); // kept for the user's choice
}

QTEST_GUILESS_MAIN(TestBookingJobs)
#include "tst_bookingjobs.moc"
