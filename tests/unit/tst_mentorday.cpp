#include "core/calendar/ColleagueCalendarText.h"
#include "core/calendar/EventActions.h"
#include "core/graph/GraphClient.h"
#include "core/graph/jobs/ColleagueCalendarViewJob.h"
#include "core/graph/jobs/GetScheduleJob.h"
#include "core/graph/jobs/ReminderViewJob.h"
#include "core/graph/writes/DismissReminderWrite.h"
#include "core/graph/writes/RespondToEventWrite.h"
#include "core/graph/writes/SnoozeReminderWrite.h"
#include "core/model/GraphTime.h"
#include "core/outbox/Outbox.h"
#include "support/Fixtures.h"
#include "support/GraphFakeNetwork.h"
#include "support/GraphTestTokenProvider.h"
#include "support/RunJob.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

Q_DECLARE_METATYPE(MentorDesk::Availability)
Q_DECLARE_METATYPE(MentorDesk::OutboxState)
Q_DECLARE_METATYPE(MentorDesk::GraphRequest)
Q_DECLARE_METATYPE(MentorDesk::RespondToEventWrite::Answer)

namespace {

const QUrl kBase(u"https://graph.microsoft.com/v1.0"_s);
// An id with the characters Outlook ids carry ('/', '+', '='): they must be percent-encoded in the path.
const QString kEventId = u"AAMkAGI1/AAAt9+AHkAAA="_s;
const QString kEncodedEventId = u"AAMkAGI1%2FAAAt9%2BAHkAAA%3D"_s;

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return GraphTime::utc(QDate(y, mo, d), QTime(h, mi));
}

// 2019-12-02T18:00 Pacific Standard Time, the proposal of Microsoft's tentativelyAccept and decline examples.
QDateTime pacific(int y, int mo, int d, int h, int mi = 0)
{
    return GraphTime::toUtc(QDate(y, mo, d), QTime(h, mi), GraphTime::zoneForName(u"Pacific Standard Time"_s));
}

QJsonObject bodyOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// tests/data/graph/requests/<name>.json: the request MentorDesk must send, {id} standing for the event id.
struct ExpectedRequest
{
    QByteArray method;
    QString path;
    QJsonObject headers;
    QJsonObject body;
};

ExpectedRequest expectedRequest(const QString &name)
{
    const QJsonObject json = readJsonFixture(u"graph/requests/%1.json"_s.arg(name)).object();
    return ExpectedRequest{json.value("method"_L1).toString().toUtf8(),
                           json.value("path"_L1).toString().replace(u"{id}"_s, kEncodedEventId),
                           json.value("headers"_L1).toObject(), json.value("body"_L1).toObject()};
}

RespondToEventWrite::Answer answer(RespondToEventWrite::Response response, const QString &comment = {})
{
    RespondToEventWrite::Answer answer;
    answer.response = response;
    answer.comment = comment;
    return answer;
}

FakeReply accepted()
{
    return FakeReply{202, {{"request-id", "202-0000"}}, {}};
}

} // namespace

class TestMentorDay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GraphFakeNetwork> m_network;
    std::unique_ptr<GraphTestTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

    QString outboxPath() const { return m_dir->filePath(u"outbox.sqlite"_s); }
    std::unique_ptr<Outbox> makeOutbox(std::chrono::milliseconds backoff = std::chrono::minutes(10))
    {
        auto outbox = std::make_unique<Outbox>(m_client.get(), outboxPath());
        outbox->setRetryBackoff(backoff, backoff);
        return outbox;
    }
    // One HTTP attempt per send, so what follows an attempt is the outbox's decision, not GraphClient's.
    void oneAttemptPerSend()
    {
        GraphRetryPolicy policy;
        policy.maxAttempts = 1;
        m_client->setRetryPolicy(policy);
    }

private Q_SLOTS:
    void init();
    void cleanup();

    // model
    void reminders_data();
    void reminders();
    void availabilityView_data();
    void availabilityView();
    void schedules_data();
    void schedules();
    void scheduleAvailabilityAt();
    void eventAllowsNewTimeProposals();

    // reads
    void reminderViewUsesTheFunctionSyntax();
    void reminderViewFollowsPages();
    void getScheduleRequest();
    void getScheduleIntervalIsClamped_data();
    void getScheduleIntervalIsClamped();
    void getScheduleIsRetriedLikeARead();
    void getScheduleKeepsPerAddressErrors();
    void colleagueCalendarView_data();
    void colleagueCalendarView();

    // writes
    void writeRequests_data();
    void writeRequests();
    void acceptNeverCarriesAProposal();
    void proposalIsSentWithTheResponse();
    void parseTargetReadsStoredRequests();
    void writesSurviveARestart_data();
    void writesSurviveARestart();
    void unknownOutcomeIsResentWithoutAsking_data();
    void unknownOutcomeIsResentWithoutAsking();

    // EventActions
    void refusals_data();
    void refusals();
    void actionsAreQueuedWithLabels();
    void actionsReattachAfterARestart();
    void failureTexts();
};

void TestMentorDay::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_network = std::make_unique<GraphFakeNetwork>();
    m_tokens = std::make_unique<GraphTestTokenProvider>(u"token"_s);
    m_client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get(), kBase);
    GraphRetryPolicy policy;
    policy.initialBackoff = std::chrono::milliseconds(1);
    m_client->setRetryPolicy(policy);
}

void TestMentorDay::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
    m_dir.reset();
}

// --- model

void TestMentorDay::reminders_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QString>("changeKey");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("webLink");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QDateTime>("fire");

    QTest::newRow("Microsoft's example") << u"docs-example"_s << 0 << u"AAMkADNsvAAA="_s
                                         << u"SuFHwDRP1EeXJUopWbSLlgAAmBvk2g=="_s << u"Plan summer company picnic"_s
                                         << u"Conf Room 3"_s
                                         << u"https://outlook.office365.com/owa/"
                                            "?itemid=AAMkADNsvAAA%3D&exvsurl=1&path=/calendar/item"_s
                                         << utc(2017, 6, 9, 18) << utc(2017, 6, 9, 19) << utc(2017, 6, 9, 17, 45);
    QTest::newRow("extra fields") << u"page1-next"_s << 0 << u"AAMkAGRem1="_s << u"SuFHwDRP1EeXJUopWbSLlgAAmBvk2g=="_s
                                  << u"Mentoring: Ana"_s << u"Room 2.14"_s
                                  << u"https://outlook.office365.com/owa/"
                                     "?itemid=AAMkAGRem1%3D&exvsurl=1&path=/calendar/item"_s
                                  << utc(2025, 3, 3, 9) << utc(2025, 3, 3, 10) << utc(2025, 3, 3, 8, 45);
    QTest::newRow("nulls, javascript link")
        << u"page2-last"_s << 0 << u"AAMkAGRem2="_s << QString() << QString() << QString() << QString()
        << utc(2025, 3, 3, 14, 30) << utc(2025, 3, 3, 15) << utc(2025, 3, 3, 14, 15);
}

void TestMentorDay::reminders()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    const QJsonArray items = readJsonFixture(u"graph/reminderView/%1.json"_s.arg(fixture))
                                 .object()
                                 .value("body"_L1)
                                 .toObject()
                                 .value("value"_L1)
                                 .toArray();
    const Reminder reminder = Reminder::fromJson(items.at(index));
    QVERIFY(reminder.isValid());
    QTEST(reminder.eventId, "eventId");
    QTEST(reminder.changeKey, "changeKey");
    QTEST(reminder.eventSubject, "subject");
    QTEST(reminder.eventLocation.displayName, "location");
    QTEST(reminder.eventWebLink.toString(QUrl::FullyEncoded), "webLink");
    QTEST(reminder.eventStart, "start");
    QTEST(reminder.eventEnd, "end");
    QTEST(reminder.reminderFireTime, "fire");
    QCOMPARE(reminder.eventStart.timeSpec(), Qt::UTC);
    QVERIFY(reminder.isDue(reminder.reminderFireTime));
    QVERIFY(!reminder.isDue(reminder.reminderFireTime.addSecs(-1)));
    QCOMPARE(Reminder::fromJson(reminder.toJson()), reminder);
}

void TestMentorDay::availabilityView_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QList<Availability>>("view");
    using A = Availability;
    QTest::newRow("empty") << QString() << QList<Availability>();
    QTest::newRow("every digit") << u"01234"_s
                                 << QList<Availability>{A::Free, A::Tentative, A::Busy, A::OutOfOffice,
                                                        A::WorkingElsewhere};
    QTest::newRow("unknown digits") << u"25x?"_s << QList<Availability>{A::Busy, A::Unknown, A::Unknown, A::Unknown};
}

void TestMentorDay::availabilityView()
{
    QFETCH(QString, digits);
    QFETCH(QList<Availability>, view);
    QCOMPARE(ScheduleInformation::parseAvailabilityView(digits), view);
    QCOMPARE(ScheduleInformation::parseAvailabilityView(ScheduleInformation::formatAvailabilityView(view)), view);
    for (const Availability availability : view)
        QCOMPARE(availabilityFromString(availabilityToString(availability)), availability);
}

void TestMentorDay::schedules_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("scheduleId");
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("items");
    QTest::addColumn<Availability>("firstStatus");
    QTest::addColumn<QDateTime>("firstStart");
    QTest::addColumn<QDateTime>("firstEnd");
    QTest::addColumn<QString>("firstSubject");
    QTest::addColumn<bool>("firstPrivate");
    QTest::addColumn<QList<Qt::DayOfWeek>>("days");
    QTest::addColumn<QTime>("workStart");
    QTest::addColumn<QTime>("workEnd");
    QTest::addColumn<QString>("zoneName");
    QTest::addColumn<QByteArray>("zoneId"); // empty: no QTimeZone
    QTest::addColumn<QString>("errorCode");

    const QList<Qt::DayOfWeek> weekdays{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
    // 12:00 Pacific on 15 March 2019 (daylight time since 10 March) is 19:00 UTC.
    QTest::newRow("docs: Windows zone") << u"docs-example"_s << u"adelev@contoso.onmicrosoft.com"_s << u"000220000"_s
                                        << 1 << Availability::Busy << utc(2019, 3, 15, 19) << utc(2019, 3, 15, 21)
                                        << u"Let's go for lunch"_s << false << weekdays << QTime(8, 0) << QTime(17, 0)
                                        << u"Pacific Standard Time"_s
                                        << QTimeZone::windowsIdToDefaultIanaId("Pacific Standard Time") << QString();
    QTest::newRow("docs: custom zone") << u"docs-example"_s << u"meganb@contoso.onmicrosoft.com"_s << u"200220010"_s
                                       << 5 << Availability::Busy << utc(2019, 3, 15, 15, 30)
                                       << utc(2019, 3, 15, 16, 30) << QString() << false << weekdays << QTime(8, 0)
                                       << QTime(17, 0) << u"Customized Time Zone"_s << QByteArray() << QString();
    QTest::newRow("Tokyo, capitalised status, item without times")
        << u"with-error"_s << u"kenji@contoso-mentoring.example"_s << u"0123400?"_s << 2 << Availability::Busy
        << utc(2025, 3, 3, 1) << utc(2025, 3, 3, 2) << QString() << true << weekdays << QTime(9, 0) << QTime(18, 0)
        << u"Tokyo Standard Time"_s << QTimeZone::windowsIdToDefaultIanaId("Tokyo Standard Time") << QString();
    QTest::newRow("IANA zone, no items") << u"with-error"_s << u"lena@contoso-mentoring.example"_s << u"0000"_s << 0
                                         << Availability::Unknown << QDateTime() << QDateTime() << QString() << false
                                         << QList<Qt::DayOfWeek>{Qt::Tuesday, Qt::Wednesday, Qt::Thursday}
                                         << QTime(7, 30) << QTime(15, 30, 0, 500) << u"Europe/Berlin"_s
                                         << QByteArray("Europe/Berlin") << QString();
    QTest::newRow("error item") << u"with-error"_s << u"nobody@contoso-mentoring.example"_s << QString() << 0
                                << Availability::Unknown << QDateTime() << QDateTime() << QString() << false
                                << QList<Qt::DayOfWeek>() << QTime() << QTime() << QString() << QByteArray()
                                << u"5009"_s;
}

void TestMentorDay::schedules()
{
    QFETCH(QString, fixture);
    QFETCH(QString, scheduleId);
    QFETCH(QByteArray, zoneId);
    QFETCH(QString, errorCode);
    QFETCH(int, items);

    GetScheduleJob::Query query;
    query.schedules = {scheduleId};
    m_network->enqueue("POST", u"/v1.0/me/calendar/getSchedule"_s,
                       FakeReply::fixture(u"graph/getSchedule/%1.json"_s.arg(fixture)));
    auto *job = new GetScheduleJob(m_client.get(), query, this);
    QVERIFY(runJob(job));
    QVERIFY2(job->result().isOk(), qPrintable(job->result().error.technicalDetails()));
    const std::optional<ScheduleInformation> found = job->schedule(scheduleId.toUpper()); // case-insensitive
    QVERIFY(found);
    const ScheduleInformation &info = *found;
    QCOMPARE(info.scheduleId, scheduleId);
    QTEST(ScheduleInformation::formatAvailabilityView(info.availabilityView), "view");
    QCOMPARE(info.scheduleItems.size(), items);
    if (items > 0) {
        const ScheduleItem &first = info.scheduleItems.first();
        QTEST(first.status, "firstStatus");
        QTEST(first.start, "firstStart");
        QTEST(first.end, "firstEnd");
        QTEST(first.subject, "firstSubject");
        QTEST(first.isPrivate, "firstPrivate");
    }
    QTEST(info.workingHours.daysOfWeek, "days");
    QTEST(info.workingHours.startTime, "workStart");
    QTEST(info.workingHours.endTime, "workEnd");
    QTEST(info.workingHours.timeZoneName, "zoneName");
    QCOMPARE(info.workingHours.timeZone.isValid(), !zoneId.isEmpty());
    if (!zoneId.isEmpty())
        QCOMPARE(info.workingHours.timeZone.id(), zoneId);
    QCOMPARE(info.hasError(), !errorCode.isEmpty());
    QCOMPARE(info.error.responseCode, errorCode);
    if (info.hasError()) {
        QVERIFY(info.error.message.contains(scheduleId));
        const QString text = ColleagueCalendarText::scheduleFailure(info);
        QVERIFY(text.contains(scheduleId));
    } else {
        QVERIFY(ColleagueCalendarText::scheduleFailure(info).isEmpty());
    }
    QCOMPARE(ScheduleInformation::fromJson(info.toJson()), info);
}

void TestMentorDay::scheduleAvailabilityAt()
{
    ScheduleInformation info;
    info.availabilityView = ScheduleInformation::parseAvailabilityView(u"0210"_s);
    const QDateTime start = utc(2025, 3, 3, 9);
    QCOMPARE(info.availabilityAt(start, start, 30), Availability::Free);
    QCOMPARE(info.availabilityAt(start.addSecs(29 * 60 + 59), start, 30), Availability::Free);
    QCOMPARE(info.availabilityAt(start.addSecs(30 * 60), start, 30), Availability::Busy);
    QCOMPARE(info.availabilityAt(start.addSecs(60 * 60), start, 30), Availability::Tentative);
    QCOMPARE(info.availabilityAt(start.addSecs(119 * 60), start, 30), Availability::Free);
    QCOMPARE(info.availabilityAt(start.addSecs(120 * 60), start, 30), Availability::Unknown); // past the view
    QCOMPARE(info.availabilityAt(start.addSecs(-1), start, 30), Availability::Unknown);
    QCOMPARE(info.availabilityAt(start, start, 0), Availability::Unknown);
}

void TestMentorDay::eventAllowsNewTimeProposals()
{
    const Event byDefault = Event::fromJson(QJsonObject{{"id"_L1, u"e"_s}, {"allowNewTimeProposals"_L1, QJsonValue()}});
    QVERIFY(byDefault.allowNewTimeProposals); // Graph's default when absent or null
    const Event event = Event::fromJson(QJsonObject{{"id"_L1, u"e"_s},
                                                    {"start"_L1, GraphTime::toJson(utc(2025, 3, 3, 9))},
                                                    {"end"_L1, GraphTime::toJson(utc(2025, 3, 3, 10))},
                                                    {"allowNewTimeProposals"_L1, false}});
    QVERIFY(!event.allowNewTimeProposals);
    QCOMPARE(event.toJson().value("allowNewTimeProposals"_L1), QJsonValue(false));
    QCOMPARE(Event::fromJson(event.toJson()), event);
    QVERIFY(!byDefault.toJson().contains("allowNewTimeProposals"_L1));
}

// --- reads

void TestMentorDay::reminderViewUsesTheFunctionSyntax()
{
    // The request of Microsoft's example, to the character.
    m_network->enqueue("GET", u"/v1.0/me/reminderView"_s,
                       FakeReply::fixture(u"graph/reminderView/docs-example.json"_s));
    auto *job = new ReminderViewJob(m_client.get(), utc(2017, 6, 5, 10), utc(2017, 6, 11, 11), this);
    QCOMPARE(job->firstRequest().method, QByteArray("GET"));
    QCOMPARE(
        job->firstRequest().path,
        u"/me/reminderView(startDateTime='2017-06-05T10:00:00.0000000',endDateTime='2017-06-11T11:00:00.0000000')"_s);
    QVERIFY(job->firstRequest().query.isEmpty()); // a function: the window is in the path, not in a query string
    QVERIFY(runJob(job));
    QVERIFY(job->result().isOk());
    QCOMPARE(m_network->requests().size(), 1);
    const RecordedRequest &sent = m_network->requests().first();
    QCOMPARE(sent.url.toEncoded(),
             QByteArray("https://graph.microsoft.com/v1.0/me/reminderView(startDateTime='2017-06-05T10:00:00.0000000',"
                        "endDateTime='2017-06-11T11:00:00.0000000')"));
    QCOMPARE(sent.header("prefer"), QByteArray(R"(outlook.timezone="UTC")"));
    QCOMPARE(job->reminders().size(), 1);
    QCOMPARE(job->reminders().first().eventSubject, u"Plan summer company picnic"_s);
    QCOMPARE(job->skippedItems(), 0);
}

void TestMentorDay::reminderViewFollowsPages()
{
    const QString nextLink = readJsonFixture(u"graph/reminderView/page1-next.json"_s)
                                 .object()
                                 .value("body"_L1)
                                 .toObject()
                                 .value("@odata.nextLink"_L1)
                                 .toString();
    m_network->enqueue("GET", u"/v1.0/me/reminderView"_s,
                       {FakeReply::fixture(u"graph/reminderView/page1-next.json"_s),
                        FakeReply::fixture(u"graph/reminderView/page2-last.json"_s)});
    auto *job = new ReminderViewJob(m_client.get(), utc(2025, 3, 3), utc(2025, 3, 4), this);
    QSignalSpy pages(job, &GraphCollectionJob::pageReceived);
    QVERIFY(runJob(job));
    QVERIFY(job->result().isOk());
    QCOMPARE(pages.size(), 2);
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->requests().at(1).url.toEncoded(), nextLink.toUtf8()); // verbatim, quotes and all
    QCOMPARE(m_network->requests().at(1).header("prefer"), QByteArray(R"(outlook.timezone="UTC")"));
    QCOMPARE(job->reminders().size(), 2);
    QCOMPARE(job->reminders().at(0).eventId, u"AAMkAGRem1="_s);
    QCOMPARE(job->reminders().at(1).eventId, u"AAMkAGRem2="_s);
    QCOMPARE(job->skippedItems(), 1); // the one without an eventId
}

void TestMentorDay::getScheduleRequest()
{
    // Microsoft's example: two people, 09:00-18:00 Pacific on 15 March 2019, hourly slots.
    GetScheduleJob::Query query;
    query.schedules = {u"adelev@contoso.onmicrosoft.com"_s, u"meganb@contoso.onmicrosoft.com"_s};
    query.startUtc = pacific(2019, 3, 15, 9);
    query.endUtc = pacific(2019, 3, 15, 18);
    query.intervalMinutes = 60;
    query.timeZoneName = u"Pacific Standard Time"_s;
    const GraphRequest request = GetScheduleJob::request(query);
    const ExpectedRequest expected = expectedRequest(u"getSchedule"_s);
    QCOMPARE(request.method, expected.method);
    QCOMPARE(request.path, expected.path);
    QCOMPARE(request.header("Prefer"), expected.headers.value("Prefer"_L1).toString().toUtf8());
    QCOMPARE(bodyOf(request.body), expected.body);
    QVERIFY(request.isRetrySafe()); // a question: asked again without harm
    QVERIFY(request.idempotencyKey.isEmpty());

    m_network->enqueue("POST", u"/v1.0/me/calendar/getSchedule"_s,
                       FakeReply::fixture(u"graph/getSchedule/docs-example.json"_s));
    auto *job = new GetScheduleJob(m_client.get(), query, this);
    QVERIFY(runJob(job));
    QVERIFY(job->result().isOk());
    const RecordedRequest &sent = m_network->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.url.toEncoded(), QByteArray("https://graph.microsoft.com/v1.0/me/calendar/getSchedule"));
    QCOMPARE(bodyOf(sent.body), expected.body);
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QCOMPARE(job->schedules().size(), 2);
    QCOMPARE(job->schedules().at(0).scheduleId, query.schedules.at(0)); // in the order asked
    QCOMPARE(job->schedules().at(1).scheduleId, query.schedules.at(1));
}

void TestMentorDay::getScheduleIntervalIsClamped_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("sent");
    QTest::newRow("below the minimum") << 1 << 5;
    QTest::newRow("default") << 30 << 30;
    QTest::newRow("a day") << 1440 << 1440;
    QTest::newRow("above the maximum") << 2000 << 1440;
}

void TestMentorDay::getScheduleIntervalIsClamped()
{
    QFETCH(int, asked);
    GetScheduleJob::Query query;
    query.schedules = {u"a@example.com"_s};
    query.startUtc = utc(2025, 3, 3, 8);
    query.endUtc = utc(2025, 3, 3, 18);
    query.intervalMinutes = asked;
    const QJsonObject body = bodyOf(GetScheduleJob::request(query).body);
    QTEST(body.value("availabilityViewInterval"_L1).toInt(), "sent");
    QCOMPARE(body.value("startTime"_L1).toObject(),
             (QJsonObject{{"dateTime"_L1, u"2025-03-03T08:00:00.0000000"_s}, {"timeZone"_L1, u"UTC"_s}}));
    QCOMPARE(GetScheduleJob::request(query).header("Prefer"), QByteArray(R"(outlook.timezone="UTC")"));
}

void TestMentorDay::getScheduleIsRetriedLikeARead()
{
    // A 504 leaves a write's outcome unknown; getSchedule writes nothing, so GraphClient simply asks again.
    m_network->enqueue("POST", u"/v1.0/me/calendar/getSchedule"_s,
                       {FakeReply::fixture(u"graph/errors/504-gateway-timeout.json"_s),
                        FakeReply::fixture(u"graph/getSchedule/docs-example.json"_s)});
    GetScheduleJob::Query query;
    query.schedules = {u"adelev@contoso.onmicrosoft.com"_s};
    auto *job = new GetScheduleJob(m_client.get(), query, this);
    QVERIFY(runJob(job));
    QVERIFY(job->result().isOk());
    QCOMPARE(job->result().attempts, 2);
    QCOMPARE(m_network->requestCount(u"/v1.0/me/calendar/getSchedule"_s), 2);
}

void TestMentorDay::getScheduleKeepsPerAddressErrors()
{
    // An address Graph cannot look up is one item with an error, inside a 200: the call itself succeeded.
    m_network->enqueue("POST", u"/v1.0/me/calendar/getSchedule"_s,
                       FakeReply::fixture(u"graph/getSchedule/with-error.json"_s));
    GetScheduleJob::Query query;
    query.schedules = {u"kenji@contoso-mentoring.example"_s, u"lena@contoso-mentoring.example"_s,
                       u"nobody@contoso-mentoring.example"_s};
    auto *job = new GetScheduleJob(m_client.get(), query, this);
    QVERIFY(runJob(job));
    QVERIFY(job->result().isOk());
    QCOMPARE(job->schedules().size(), 3);
    QCOMPARE(job->schedules().at(2).scheduleId, u"nobody@contoso-mentoring.example"_s);
    QVERIFY(job->schedules().at(2).hasError());
    QVERIFY(job->schedules().at(2).availabilityView.isEmpty());
    QVERIFY(!job->schedules().at(0).hasError());
    QVERIFY(!job->schedule(u"someone-else@example.com"_s));
}

void TestMentorDay::colleagueCalendarView_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<GraphStatus>("status");
    QTest::addColumn<ColleagueCalendarViewJob::Access>("access");
    QTest::addColumn<int>("events");
    using Access = ColleagueCalendarViewJob::Access;
    QTest::newRow("shared") << u"calendarView/page3-last"_s << GraphStatus::Ok << Access::Readable << 1;
    QTest::newRow("not shared: 403") << u"errors/403-access-denied"_s << GraphStatus::PermissionDenied
                                     << Access::NotShared << 0;
    QTest::newRow("unknown address: 404")
        << u"errors/404-invalid-user"_s << GraphStatus::NotFound << Access::NoCalendar << 0;
    QTest::newRow("no Exchange Online mailbox")
        << u"errors/404-mailbox-not-enabled"_s << GraphStatus::NotFound << Access::NoCalendar << 0;
    QTest::newRow("something else") << u"errors/409-conflict"_s << GraphStatus::Conflict << Access::Failed << 0;
}

void TestMentorDay::colleagueCalendarView()
{
    QFETCH(QString, fixture);
    QFETCH(GraphStatus, status);
    QFETCH(ColleagueCalendarViewJob::Access, access);
    const EmailAddress colleague{u"Ana Souza"_s, u"ana@contoso-mentoring.example"_s};
    m_network->enqueue("GET", u"/v1.0/users/ana@contoso-mentoring.example/calendar/calendarView"_s,
                       FakeReply::fixture(u"graph/%1.json"_s.arg(fixture)));
    auto *job = new ColleagueCalendarViewJob(m_client.get(), colleague, utc(2025, 3, 3), utc(2025, 3, 10), 50, this);
    QCOMPARE(job->firstRequest(),
             CalendarViewJob::request(ColleagueCalendarViewJob::calendarOf(colleague), utc(2025, 3, 3),
                                      utc(2025, 3, 10), 50));
    QCOMPARE(job->firstRequest().path, u"/users/ana@contoso-mentoring.example/calendar/calendarView"_s);
    QVERIFY(runJob(job));
    QCOMPARE(job->result().status, status); // a status of its own, not a generic failure
    QCOMPARE(job->access(), access);
    QTEST(int(job->events().size()), "events");
    for (const Event &event : job->events())
        QVERIFY(event.calendarId.isEmpty());
    const QString text = ColleagueCalendarText::calendarFailure(job->result(), colleague);
    if (access == ColleagueCalendarViewJob::Access::Readable) {
        QVERIFY(text.isEmpty());
    } else if (access == ColleagueCalendarViewJob::Access::Failed) {
        QCOMPARE(text, job->result().userMessage());
    } else {
        QVERIFY(text.contains(u"Ana Souza"_s));
        QVERIFY(text != job->result().userMessage()); // not "a permission is missing" or "no longer exists"
    }
}

// --- writes

void TestMentorDay::writeRequests_data()
{
    QTest::addColumn<GraphRequest>("request");
    QTest::addColumn<QString>("expected"); // tests/data/graph/requests/<expected>.json; empty: no body
    QTest::addColumn<QString>("path");

    RespondToEventWrite::Answer accept;
    accept.response = RespondToEventWrite::Response::Accept;
    accept.comment = u"comment-value"_s;
    QTest::newRow("accept (Microsoft's example)")
        << RespondToEventWrite::request(kEventId, accept) << u"accept"_s << QString();

    const std::pair<QDateTime, QDateTime> proposal{pacific(2019, 12, 2, 18), pacific(2019, 12, 2, 19)};
    RespondToEventWrite::Answer tentative;
    tentative.response = RespondToEventWrite::Response::TentativelyAccept;
    tentative.comment = u"I may not be able to make this week. How about next week?"_s;
    tentative.proposedNewTime = proposal;
    tentative.proposalTimeZone = u"Pacific Standard Time"_s;
    QTest::newRow("tentativelyAccept with a new time (Microsoft's example)")
        << RespondToEventWrite::request(kEventId, tentative) << u"tentativelyAccept"_s << QString();

    RespondToEventWrite::Answer decline = tentative;
    decline.response = RespondToEventWrite::Response::Decline;
    decline.comment = u"I won't be able to make this week. How about next week?"_s;
    QTest::newRow("decline with a new time (Microsoft's example)")
        << RespondToEventWrite::request(kEventId, decline) << u"decline"_s << QString();

    QTest::newRow("snoozeReminder") << SnoozeReminderWrite::request(kEventId, utc(2025, 3, 3, 7, 55),
                                                                    u"W. Europe Standard Time"_s)
                                    << u"snoozeReminder"_s << QString();
    QTest::newRow("dismissReminder") << DismissReminderWrite::request(kEventId) << QString()
                                     << u"/me/events/%1/dismissReminder"_s.arg(kEncodedEventId);
}

void TestMentorDay::writeRequests()
{
    QFETCH(GraphRequest, request);
    QFETCH(QString, expected);
    QFETCH(QString, path);
    if (expected.isEmpty()) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, path);
        QCOMPARE(bodyOf(request.body), QJsonObject()); // no parameters
    } else {
        const ExpectedRequest want = expectedRequest(expected);
        QCOMPARE(request.method, want.method);
        QCOMPARE(request.path, want.path);
        QCOMPARE(bodyOf(request.body), want.body);
    }
    QVERIFY(request.query.isEmpty());
    QVERIFY(request.absoluteUrl.isEmpty());
    // Idempotent by nature: the Outbox may send it again after an unknown outcome, without a key.
    QVERIFY(request.isRetrySafe());
    QVERIFY(request.idempotent);
    QVERIFY(request.idempotencyKey.isEmpty());
}

void TestMentorDay::acceptNeverCarriesAProposal()
{
    RespondToEventWrite::Answer answer;
    answer.response = RespondToEventWrite::Response::Accept;
    answer.sendResponse = false;
    answer.proposedNewTime = std::pair{utc(2025, 3, 4, 9), utc(2025, 3, 4, 10)};
    const QJsonObject body = bodyOf(RespondToEventWrite::request(u"e"_s, answer).body);
    QCOMPARE(body, (QJsonObject{{"sendResponse"_L1, false}})); // no comment, no proposal
}

void TestMentorDay::proposalIsSentWithTheResponse()
{
    RespondToEventWrite::Answer answer;
    answer.response = RespondToEventWrite::Response::Decline;
    answer.sendResponse = false; // a proposal only travels with the response (Graph: 400 otherwise)
    answer.proposedNewTime = std::pair{utc(2025, 3, 4, 9), utc(2025, 3, 4, 10)};
    const QJsonObject body = bodyOf(RespondToEventWrite::request(u"e"_s, answer).body);
    QCOMPARE(body.value("sendResponse"_L1), QJsonValue(true));
    QCOMPARE(GraphTime::fromJson(body.value("proposedNewTime"_L1).toObject().value("start"_L1)), utc(2025, 3, 4, 9));
    QCOMPARE(body.value("proposedNewTime"_L1).toObject().value("end"_L1).toObject().value("timeZone"_L1),
             QJsonValue(u"UTC"_s));
}

void TestMentorDay::parseTargetReadsStoredRequests()
{
    QString id;
    QVERIFY(DismissReminderWrite::parseTarget(DismissReminderWrite::request(kEventId), &id));
    QCOMPARE(id, kEventId);

    QDateTime until;
    QVERIFY(SnoozeReminderWrite::parseTarget(
        SnoozeReminderWrite::request(kEventId, utc(2025, 3, 3, 8, 55), u"Tokyo Standard Time"_s), &id, &until));
    QCOMPARE(id, kEventId);
    QCOMPARE(until, utc(2025, 3, 3, 8, 55));

    for (const auto response : {RespondToEventWrite::Response::Accept, RespondToEventWrite::Response::TentativelyAccept,
                                RespondToEventWrite::Response::Decline}) {
        RespondToEventWrite::Answer answer;
        answer.response = response;
        RespondToEventWrite::Response parsed = RespondToEventWrite::Response::Accept;
        QVERIFY(RespondToEventWrite::parseTarget(RespondToEventWrite::request(kEventId, answer), &id, &parsed));
        QCOMPARE(id, kEventId);
        QCOMPARE(parsed, response);
    }
    // Another write's request is not mistaken for one of these.
    QVERIFY(!DismissReminderWrite::parseTarget(SnoozeReminderWrite::request(kEventId, utc(2025, 3, 3)), &id));
    QVERIFY(!RespondToEventWrite::parseTarget(DismissReminderWrite::request(kEventId), &id));
    QVERIFY(!RespondToEventWrite::parseTarget(GraphRequest::post(u"/me/events/x/cancel"_s, {}), &id));
    QVERIFY(!DismissReminderWrite::parseTarget(GraphRequest::post(u"/me/events//dismissReminder"_s, {}), &id));
}

void TestMentorDay::writesSurviveARestart_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<GraphRequest>("request");
    QTest::addColumn<int>("replyStatus");
    RespondToEventWrite::Answer decline;
    decline.response = RespondToEventWrite::Response::Decline;
    decline.comment = u"Clashes with a session"_s;
    decline.proposedNewTime = std::pair{utc(2025, 3, 4, 9), utc(2025, 3, 4, 10)};
    QTest::newRow("dismissReminder") << QString(DismissReminderWrite::kind) << DismissReminderWrite::request(kEventId)
                                     << 200;
    QTest::newRow("snoozeReminder") << QString(SnoozeReminderWrite::kind)
                                    << SnoozeReminderWrite::request(kEventId, utc(2025, 3, 3, 8, 55)) << 200;
    QTest::newRow("decline") << QString(RespondToEventWrite::kind) << RespondToEventWrite::request(kEventId, decline)
                             << 202;
}

void TestMentorDay::writesSurviveARestart()
{
    QFETCH(QString, kind);
    QFETCH(GraphRequest, request);
    QFETCH(int, replyStatus);
    oneAttemptPerSend();
    const QString route = u"/v1.0"_s + request.path;
    m_network->enqueue("POST", route, FakeReply::failure(QNetworkReply::ConnectionRefusedError));
    qint64 id = 0;
    {
        auto outbox = makeOutbox();
        QSignalSpy changed(outbox.get(), &Outbox::entryStateChanged);
        OutboxWrite *write = kind == DismissReminderWrite::kind
            ? outbox->enqueue<DismissReminderWrite>(u"label"_s, request)
            : kind == SnoozeReminderWrite::kind ? outbox->enqueue<SnoozeReminderWrite>(u"label"_s, request)
                                                : outbox->enqueue<RespondToEventWrite>(u"label"_s, request);
        QVERIFY(write);
        id = write->id();
        QVERIFY(changed.wait());
        QCOMPARE(outbox->entry(id)->state, OutboxState::Pending); // never sent: kept for later
    } // the app quits

    auto restarted = makeOutbox();
    QCOMPARE(restarted->size(), 1);
    const OutboxEntry stored = *restarted->entry(id);
    QCOMPARE(stored.kind, kind);
    QCOMPARE(stored.request, request); // method, path, headers, body, idempotent: read back identical
    QVERIFY(stored.request.isRetrySafe());

    m_network->enqueue("POST", route, FakeReply{replyStatus, {}, {}});
    QSignalSpy finished(restarted.get(), &Outbox::entryFinished);
    restarted->sendPendingNow();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    QCOMPARE(finished.first().at(1).toString(), kind);
    QVERIFY(finished.first().at(2).value<GraphResult>().isOk());
    const RecordedRequest &sent = m_network->requests().last();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.url.toEncoded(), QByteArray("https://graph.microsoft.com/v1.0") + request.path.toUtf8());
    QCOMPARE(sent.body, request.body);
}

void TestMentorDay::unknownOutcomeIsResentWithoutAsking_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<GraphRequest>("request");
    RespondToEventWrite::Answer accept;
    QTest::newRow("dismissReminder") << QString(DismissReminderWrite::kind) << DismissReminderWrite::request(kEventId);
    QTest::newRow("snoozeReminder") << QString(SnoozeReminderWrite::kind)
                                    << SnoozeReminderWrite::request(kEventId, utc(2025, 3, 3, 8, 55));
    QTest::newRow("accept") << QString(RespondToEventWrite::kind) << RespondToEventWrite::request(kEventId, accept);
}

void TestMentorDay::unknownOutcomeIsResentWithoutAsking()
{
    QFETCH(QString, kind);
    QFETCH(GraphRequest, request);
    oneAttemptPerSend();
    const QString route = u"/v1.0"_s + request.path;
    // 504: Graph may or may not have acted. A write without a key would wait for the user (NeedsAttention).
    m_network->enqueue("POST", route,
                       {FakeReply::fixture(u"graph/errors/504-gateway-timeout.json"_s), FakeReply{202, {}, {}}});
    auto outbox = makeOutbox(std::chrono::milliseconds(20));
    QList<OutboxState> states;
    connect(outbox.get(), &Outbox::entryStateChanged, this,
            [&](qint64, const QString &, OutboxState state, const GraphResult &) { states << state; });
    QSignalSpy finished(outbox.get(), &Outbox::entryFinished);
    OutboxWrite *write = kind == DismissReminderWrite::kind ? outbox->enqueue<DismissReminderWrite>(u"label"_s, request)
        : kind == SnoozeReminderWrite::kind                 ? outbox->enqueue<SnoozeReminderWrite>(u"label"_s, request)
                                                            : outbox->enqueue<RespondToEventWrite>(u"label"_s, request);
    QVERIFY(write);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(2).value<GraphResult>().isOk());
    QCOMPARE(m_network->requests().size(), 2);
    QVERIFY(!states.contains(OutboxState::NeedsAttention));
    QVERIFY(!states.contains(OutboxState::Failed));
    QCOMPARE(m_network->requests().at(0).body, m_network->requests().at(1).body);
}

// --- EventActions

void TestMentorDay::refusals_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<RespondToEventWrite::Answer>("answer");
    QTest::addColumn<bool>("refused");

    Event invitation;
    invitation.id = kEventId;
    invitation.subject = u"Mentoring: Ana"_s;
    invitation.start = utc(2025, 3, 3, 9);
    invitation.end = utc(2025, 3, 3, 10);
    invitation.isOrganizer = false;
    RespondToEventWrite::Answer plain;
    RespondToEventWrite::Answer proposal;
    proposal.response = RespondToEventWrite::Response::TentativelyAccept;
    proposal.proposedNewTime = std::pair{utc(2025, 3, 4, 9), utc(2025, 3, 4, 10)};

    QTest::newRow("an invitation") << invitation << plain << false;
    QTest::newRow("a proposal") << invitation << proposal << false;
    Event own = invitation;
    own.isOrganizer = true;
    QTest::newRow("own meeting") << own << plain << true;
    Event cancelled = invitation;
    cancelled.isCancelled = true;
    QTest::newRow("cancelled") << cancelled << plain << true;
    RespondToEventWrite::Answer acceptWithTime = proposal;
    acceptWithTime.response = RespondToEventWrite::Response::Accept;
    QTest::newRow("a new time with an accept") << invitation << acceptWithTime << true;
    Event noProposals = invitation;
    noProposals.allowNewTimeProposals = false;
    QTest::newRow("proposals not allowed") << noProposals << proposal << true;
    QTest::newRow("no proposal, proposals not allowed") << noProposals << plain << false;
    RespondToEventWrite::Answer backwards = proposal;
    backwards.proposedNewTime = std::pair{utc(2025, 3, 4, 10), utc(2025, 3, 4, 9)};
    QTest::newRow("ends before it starts") << invitation << backwards << true;
}

void TestMentorDay::refusals()
{
    QFETCH(Event, event);
    QFETCH(RespondToEventWrite::Answer, answer);
    QFETCH(bool, refused);
    QCOMPARE(!EventActions::refusal(event, answer).isEmpty(), refused);
    oneAttemptPerSend();
    m_network->enqueue("POST", u"/v1.0/me/events/"_s, FakeReply::failure(QNetworkReply::ConnectionRefusedError));
    auto outbox = makeOutbox();
    EventActions actions(outbox.get());
    OutboxWrite *write = actions.respond(event, answer);
    QCOMPARE(write == nullptr, refused); // a refused answer never reaches the outbox
    QCOMPARE(outbox->size(), refused ? 0 : 1);
}

void TestMentorDay::actionsAreQueuedWithLabels()
{
    oneAttemptPerSend();
    m_network->enqueue("POST", u"/v1.0/me/events/"_s,
                       QList<FakeReply>(3, FakeReply::failure(QNetworkReply::ConnectionRefusedError)));
    auto outbox = makeOutbox();
    EventActions actions(outbox.get());
    Reminder reminder;
    reminder.eventId = kEventId;
    reminder.eventSubject = u"Mentoring: Ana"_s;
    reminder.reminderFireTime = utc(2025, 3, 3, 8, 45);
    Event event;
    event.id = u"other"_s;
    event.subject = u"Team sync"_s;

    QVERIFY(actions.dismiss(reminder));
    QVERIFY(actions.snooze(reminder, utc(2025, 3, 3, 8, 55)));
    QVERIFY(actions.respond(event, answer(RespondToEventWrite::Response::Decline, u"Sorry"_s)));
    QVERIFY(!actions.dismiss(Reminder())); // nothing to dismiss
    QVERIFY(!actions.snooze(reminder, QDateTime()));

    const QList<OutboxEntry> entries = outbox->entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).kind, QString(DismissReminderWrite::kind));
    QCOMPARE(entries.at(0).label, EventActions::label(EventActions::Action::DismissReminder, u"Mentoring: Ana"_s));
    QVERIFY(entries.at(0).label.contains(u"Mentoring: Ana"_s));
    QCOMPARE(entries.at(1).kind, QString(SnoozeReminderWrite::kind));
    QCOMPARE(entries.at(2).kind, QString(RespondToEventWrite::kind));
    QCOMPARE(entries.at(2).label, EventActions::label(EventActions::Action::Decline, u"Team sync"_s));
    QCOMPARE(entries.at(2).request.path, u"/me/events/other/decline"_s);

    const QList<EventActions::Pending> pending = actions.pending();
    QCOMPARE(pending.size(), 3);
    QCOMPARE(pending.at(0).action, EventActions::Action::DismissReminder);
    QCOMPARE(pending.at(1).action, EventActions::Action::SnoozeReminder);
    QCOMPARE(pending.at(2).action, EventActions::Action::Decline);
    QCOMPARE(actions.pendingFor(kEventId).size(), 2);
    QVERIFY(actions.hasPending(u"other"_s));
    QVERIFY(!actions.hasPending(u"nothing"_s));
}

void TestMentorDay::actionsReattachAfterARestart()
{
    oneAttemptPerSend();
    m_network->enqueue("POST", u"/v1.0/me/events/"_s, FakeReply::failure(QNetworkReply::ConnectionRefusedError));
    Event event;
    event.id = kEventId;
    event.subject = u"Mentoring: Ana"_s;
    qint64 id = 0;
    {
        auto outbox = makeOutbox();
        EventActions actions(outbox.get());
        QSignalSpy changed(&actions, &EventActions::actionStateChanged);
        OutboxWrite *write = actions.respond(event, answer(RespondToEventWrite::Response::TentativelyAccept));
        QVERIFY(write);
        id = write->id();
        QTRY_VERIFY(!changed.isEmpty() && changed.last().at(3).value<OutboxState>() == OutboxState::Pending);
        QCOMPARE(changed.last().at(1).value<EventActions::Action>(), EventActions::Action::TentativelyAccept);
        QCOMPARE(changed.last().at(2).toString(), kEventId);
    } // the app quits with the answer still queued

    m_network->enqueue("POST", u"/v1.0/me/events/"_s, accepted());
    auto restarted = makeOutbox();
    EventActions actions(restarted.get()); // registers its kinds: the stored answer is its own again
    QCOMPARE(actions.pending().size(), 1);
    QCOMPARE(actions.pending().first().outboxId, id);
    QCOMPARE(actions.pending().first().action, EventActions::Action::TentativelyAccept);
    QCOMPARE(actions.pending().first().eventId, kEventId);
    QSignalSpy finished(&actions, &EventActions::actionFinished);
    QSignalSpy calendarChanged(&actions, &EventActions::calendarChanged);
    restarted->sendPendingNow();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    QCOMPARE(finished.first().at(1).value<EventActions::Action>(), EventActions::Action::TentativelyAccept);
    QCOMPARE(finished.first().at(2).toString(), kEventId);
    QVERIFY(finished.first().at(3).value<GraphResult>().isOk());
    QCOMPARE(calendarChanged.size(), 1);
    QVERIFY(actions.pending().isEmpty());
    QCOMPARE(m_network->requests().last().url.path(QUrl::FullyEncoded),
             u"/v1.0/me/events/%1/tentativelyAccept"_s.arg(kEncodedEventId));
}

void TestMentorDay::failureTexts()
{
    using Action = EventActions::Action;
    const GraphResult gone = GraphResult::failure(GraphStatus::NotFound);
    const GraphResult refused = GraphResult::failure(GraphStatus::BadRequest);
    const GraphResult offline = GraphResult::failure(GraphStatus::Offline);
    QVERIFY(EventActions::failureText(Action::Accept, gone) != gone.userMessage());
    QVERIFY(EventActions::failureText(Action::DismissReminder, gone)
            != EventActions::failureText(Action::Accept, gone));
    QVERIFY(EventActions::failureText(Action::Decline, refused).contains(u"propos"_s));
    QCOMPARE(EventActions::failureText(Action::SnoozeReminder, offline), offline.userMessage());
    for (const Action action : {Action::DismissReminder, Action::SnoozeReminder, Action::Accept,
                                Action::TentativelyAccept, Action::Decline}) {
        QVERIFY(EventActions::label(action, u"X"_s).contains(u"X"_s));
        QVERIFY(!EventActions::label(action, {}).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestMentorDay)
#include "tst_mentorday.moc"
