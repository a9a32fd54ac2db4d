#include "core/booking/BookingService.h"
#include "core/booking/BookingText.h"
#include "core/booking/DraftStore.h"
#include "core/calendar/CalendarChangeSet.h"
#include "core/calendar/CalendarStore.h"
#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "core/model/GraphTime.h"
#include "core/outbox/Outbox.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxCalendarCache.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;
using Status = BookingResult::Status;
using Scope = BookingService::ChangeScope;

namespace {

const QStringList kWorkScopes{u"openid"_s,
                              u"User.Read"_s,
                              u"email"_s,
                              u"Calendars.Read.Shared"_s,
                              u"Calendars.ReadWrite"_s,
                              u"OnlineMeetings.ReadWrite"_s};
const QStringList kPersonalScopes{u"openid"_s, u"User.Read"_s, u"email"_s, u"Calendars.ReadWrite"_s};
const QDateTime kNow = QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);
const QTimeZone kBerlin("Europe/Berlin");

BookingResult waitFor(BookingOperation *operation, int timeoutMs = 20000)
{
    QSignalSpy finished(operation, &BookingOperation::finished);
    if (!finished.wait(timeoutMs)) {
        BookingResult timedOut;
        timedOut.status = Status::Failed;
        timedOut.message = u"test: no result in time"_s;
        return timedOut;
    }
    return finished.first().first().value<BookingResult>();
}

QString describe(const BookingResult &result)
{
    return u"status %1: %2 [%3]"_s.arg(int(result.status)).arg(result.message, result.details);
}

// A mentor's booking set-up against one sandbox: Graph client, outbox, drafts, calendar cache, service.
struct Harness
{
    explicit Harness(const Sandbox::SandboxOptions &options = SandboxFixture::defaultOptions(),
                     QStringList scopes = kWorkScopes)
        : sandbox(options)
        , scopes(std::move(scopes))
        , clock(kNow)
    {
        personal = options.personalAccounts;
        token = sandbox.issueToken(this->scopes);
        tokens.setAccessToken(token);
        tokens.setRefresher([this] { return sandbox.server().issueToken(this->scopes); });
        client = std::make_unique<GraphClient>(&network, &tokens, sandbox.server().graphBaseUrl());
        GraphRetryPolicy policy;
        policy.initialBackoff = std::chrono::milliseconds(20);
        client->setRetryPolicy(policy);
        mentor = sandbox.state().value("mentor"_L1).toString();
        start();
    }

    void start()
    {
        outbox = std::make_unique<Outbox>(client.get(), dir.filePath(u"outbox.sqlite"_s));
        outbox->setRetryBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        drafts = std::make_unique<DraftStore>(dir.filePath(u"booking-drafts.json"_s), &clock);
        drafts->load();
        calendar = std::make_unique<CalendarStore>(dir.filePath(u"calendar.sqlite"_s), &clock);
        calendar->open();
        service = std::make_unique<BookingService>(client.get(), outbox.get(), drafts.get(), &clock);
        service->setCalendarStore(calendar.get());
        service->setOrganizerAddress(mentor);
        service->setConsentStateProvider([this] {
            ConsentState state;
            state.signedIn = true;
            state.accountKind = personal ? AccountKind::Personal : AccountKind::WorkOrSchool;
            state.grantedScopes = consented.isEmpty() ? scopes : consented;
            return state;
        });
    }

    // The app quits (everything but the files goes away) and starts again.
    void restart()
    {
        service.reset();
        calendar.reset();
        drafts.reset();
        outbox.reset();
        start();
    }

    // What the calendar feature would have cached: the calendars and a window of events around now.
    void loadCalendarCache()
    {
        QVERIFY(loadSandboxCalendarCache(sandbox, token, *calendar, kNow.addDays(-60), kNow.addDays(60)));
    }

    QJsonObject get(const QString &pathAndQuery) { return sandbox.get(sandbox.graphUrl(pathAndQuery), token).json(); }

    QString calendarId(const QString &name)
    {
        for (const QJsonValue &value : get(u"/me/calendars"_s).value("value"_L1).toArray()) {
            if (value.toObject().value("name"_L1).toString() == name)
                return value.toObject().value("id"_L1).toString();
        }
        return {};
    }

    SessionDraft draft(const QString &subject)
    {
        SessionDraft d = SessionDraft::create(kNow, kBerlin);
        d.mentees = {{u"Priya Sharma"_s, u"priya.sharma@contoso-mentoring.example"_s},
                     {QString(), u"jonas.weber@contoso-mentoring.example"_s}};
        d.subject = subject;
        d.date = QDate(2026, 11, 27); // Friday
        d.time = QTime(10, 0);
        d.durationMinutes = 60;
        return d;
    }

    // Events in the sandbox with this transactionId (active ones unless all).
    QList<QJsonObject> stateEvents(const QString &transactionId, bool all = false)
    {
        QList<QJsonObject> events;
        for (const QJsonValue &value : sandbox.state().value("events"_L1).toArray()) {
            const QJsonObject event = value.toObject();
            if (event.value("transactionId"_L1).toString() == transactionId
                && (all || event.value("sandboxStatus"_L1).toString() == "active"_L1))
                events << event;
        }
        return events;
    }

    int requests(const QString &method, const QString &pathPrefix)
    {
        int count = 0;
        for (const QJsonValue &value : sandbox.state().value("graphRequests"_L1).toArray()) {
            const QJsonObject request = value.toObject();
            if (request.value("method"_L1).toString() == method
                && request.value("path"_L1).toString().startsWith(pathPrefix))
                ++count;
        }
        return count;
    }

    // calendarView instances of a series, by start.
    QList<Event> occurrences(const QString &seriesMasterId, const QDate &from, const QDate &to)
    {
        QList<Event> result;
        const QJsonObject page = get(u"/me/calendarView?startDateTime=%1&endDateTime=%2&$top=500"_s.arg(
            GraphTime::formatQueryParameter(GraphTime::utc(from)),
            GraphTime::formatQueryParameter(GraphTime::utc(to))));
        for (const QJsonValue &value : page.value("value"_L1).toArray()) {
            const Event event = Event::fromJson(value);
            if (event.seriesMasterId == seriesMasterId)
                result << event;
        }
        std::sort(result.begin(), result.end(), [](const Event &a, const Event &b) { return a.start < b.start; });
        return result;
    }

    Event bookSeries(const QString &subject, int count)
    {
        SessionDraft d = draft(subject);
        d.repeat = {SessionDraft::RepeatKind::Weekly, SessionDraft::RepeatEnd::Count, {}, count};
        const BookingResult result = waitFor(service->book(d));
        if (result.status != Status::Succeeded)
            qWarning() << "series booking failed:" << result.message;
        return result.event;
    }

    SandboxFixture sandbox;
    QStringList scopes;
    QStringList consented; // what the consent state claims, when it differs from the token's scopes
    bool personal = false;
    ManualClock clock;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    QString token;
    QString mentor;
    std::unique_ptr<GraphClient> client;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<DraftStore> drafts;
    std::unique_ptr<CalendarStore> calendar;
    std::unique_ptr<BookingService> service;
};

} // namespace

class TestBooking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bookingCreatesOneTeamsMeeting();
    void retriedBookingCreatesOne_data();
    void retriedBookingCreatesOne();
    void secondClickWhileQueuedCreatesOne();
    void missingJoinUrlIsFetchedAgainFirst();
    void weeklySeriesAppearsInTheCalendar();
    void rescheduleSingle();
    void rescheduleOccurrence();
    void occurrenceCrossingBoundaryIsExplained();
    void rescheduleWholeSeries();
    void cancelOccurrenceThenSeries();
    void onlyTheOrganizerCanChange();
    void suggestions();
    void suggestionsAvoidAnotherAccountsBusyTime();
    void noSuggestionsSaysWhy();
    void standaloneLinkIsIdempotent();
    void personalAccountIsExplained();
    void calendarWithoutTeamsBooksAPlainEvent();
    void missingScopesAreExplained();
    void draftSurvivesAnOutageAndARestart();
    void draftSurvivesAnExpiredSignIn();
    void refusedBookingKeepsTheDraft();
    void editedWhileQueuedReplacesTheWaitingBooking();
    void discardingAQueuedDraftWithdrawsIt();
    void completionFromPeopleMetBefore();
};

void TestBooking::initTestCase()
{
    qRegisterMetaType<BookingResult>();
}

void TestBooking::bookingCreatesOneTeamsMeeting()
{
    Harness h;
    h.loadCalendarCache();
    const QString mentoring = h.calendarId(u"Mentoring"_s);
    QVERIFY(!mentoring.isEmpty());
    SessionDraft draft = h.draft(u"Career conversation"_s);
    draft.calendarId = mentoring;
    draft.agenda = u"1. Goals <b>& blockers</b>\n\n2. <script>alert(1)</script>"_s;
    draft.reminderMinutes = 30;
    QVERIFY(h.service->meetingPlan(draft).teams);
    QSignalSpy calendarChanged(h.service.get(), &BookingService::calendarChanged);

    BookingOperation *op = h.service->book(draft);
    QVERIFY(!op->progressText().isEmpty());
    QVERIFY(h.service->isQueued(draft)); // the draft knows its outbox entry while it is sent
    const BookingResult result = waitFor(op);
    QVERIFY2(result.status == Status::Succeeded, qPrintable(describe(result)));
    QVERIFY(result.teamsMeeting);
    QVERIFY(!result.joinUrlMissing);
    QVERIFY(result.event.hasJoinUrl());
    QCOMPARE(result.event.joinUrl.host(), u"teams.microsoft.com"_s);
    QVERIFY(result.message.contains(u"Priya Sharma"_s));
    QVERIFY(result.message.contains(u"jonas.weber@contoso-mentoring.example"_s));
    QCOMPARE(result.event.calendarId, mentoring);
    QCOMPARE(result.draftId, draft.id);
    QCOMPARE(calendarChanged.count(), 1);

    // Exactly one event, with the right attendees, escaped body, zone, calendar and reminder.
    const QList<QJsonObject> events = h.stateEvents(draft.transactionId);
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first();
    QCOMPARE(event.value("calendarId"_L1).toString(), mentoring);
    QCOMPARE(event.value("subject"_L1).toString(), u"Career conversation"_s);
    QCOMPARE(event.value("isOnlineMeeting"_L1).toBool(), true);
    QCOMPARE(event.value("originalStartTimeZone"_L1).toString(), u"W. Europe Standard Time"_s);
    QCOMPARE(Event::fromJson(event).start, QDateTime::fromString(u"2026-11-27T09:00:00Z"_s, Qt::ISODate));
    QCOMPARE(Event::fromJson(event).end, QDateTime::fromString(u"2026-11-27T10:00:00Z"_s, Qt::ISODate));
    QCOMPARE(event.value("reminderMinutesBeforeStart"_L1).toInt(), 30);
    QStringList attendees;
    for (const QJsonValue &attendee : event.value("attendees"_L1).toArray())
        attendees << attendee.toObject().value("emailAddress"_L1).toObject().value("address"_L1).toString();
    QCOMPARE(attendees,
             (QStringList{u"priya.sharma@contoso-mentoring.example"_s, u"jonas.weber@contoso-mentoring.example"_s}));
    const QString body = event.value("body"_L1).toObject().value("content"_L1).toString();
    QVERIFY2(body.contains(u"<p>1. Goals &lt;b&gt;&amp; blockers&lt;/b&gt;</p>"_s), qPrintable(body));
    QVERIFY(body.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    QVERIFY(!body.contains(u"<script>"_s) && !body.contains(u"<b>"_s));
    QVERIFY(body.contains(u"Microsoft Teams meeting"_s)); // Graph's join blob after the agenda

    // The booking is done: the draft is gone, nothing waits in the outbox.
    QVERIFY(!h.drafts->draft(draft.id));
    QCOMPARE(h.outbox->size(), 0);
    QCOMPARE(h.requests(u"POST"_s, u"/v1.0/me/calendars/"_s), 1);
}

void TestBooking::retriedBookingCreatesOne_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("posts");
    QTest::newRow("503 after processing")
        << QJsonObject{{"type"_L1, u"status"_s}, {"status"_L1, 503}, {"when"_L1, u"after"_s}, {"count"_L1, 2}} << 3;
    QTest::newRow("504 after processing")
        << QJsonObject{{"type"_L1, u"status"_s}, {"status"_L1, 504}, {"when"_L1, u"after"_s}} << 2;
    QTest::newRow("reply dropped after processing")
        << QJsonObject{{"type"_L1, u"drop"_s}, {"when"_L1, u"after"_s}, {"count"_L1, 2}} << 3;
    QTest::newRow("timeout after processing")
        << QJsonObject{{"type"_L1, u"delay"_s}, {"delayMs"_L1, 3000}, {"when"_L1, u"after"_s}} << 2;
    QTest::newRow("503 before processing") << QJsonObject{{"type"_L1, u"status"_s}, {"status"_L1, 503}} << 2;
    // Every attempt of the client fails: the outbox keeps it and sends it again, with the same transactionId.
    QTest::newRow("all attempts lost, outbox resends")
        << QJsonObject{{"type"_L1, u"drop"_s}, {"when"_L1, u"after"_s}, {"count"_L1, 4}} << 5;
}

void TestBooking::retriedBookingCreatesOne()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, posts);
    Harness h;
    h.client->setTransferTimeout(std::chrono::milliseconds(800));
    fault.insert("method"_L1, u"POST"_s);
    fault.insert("path"_L1, u"/v1.0/me/events"_s);
    h.sandbox.addFault(fault);
    const SessionDraft draft = h.draft(u"Retried booking"_s); // default calendar: POST /me/events
    const BookingResult result = waitFor(h.service->book(draft));
    QVERIFY2(result.status == Status::Succeeded, qPrintable(describe(result)));
    QVERIFY(result.event.hasJoinUrl());
    QTest::qWait(100);
    QCOMPARE(h.stateEvents(draft.transactionId).size(), 1);
    QCOMPARE(h.requests(u"POST"_s, u"/v1.0/me/events"_s), posts);
    QVERIFY(!h.drafts->draft(draft.id));
}

void TestBooking::secondClickWhileQueuedCreatesOne()
{
    Harness h;
    // The first attempt hangs a little: the user clicks "Book" again meanwhile.
    h.sandbox.addFault(QJsonObject{
        {"method"_L1, u"POST"_s}, {"path"_L1, u"/v1.0/me/events"_s}, {"type"_L1, u"delay"_s}, {"delayMs"_L1, 500}});
    const SessionDraft draft = h.draft(u"Impatient mentor"_s);
    BookingOperation *first = h.service->book(draft);
    QSignalSpy firstFinished(first, &BookingOperation::finished);
    const BookingResult second = waitFor(h.service->book(draft));
    QVERIFY2(second.status == Status::Succeeded, qPrintable(describe(second)));
    QTRY_COMPARE(firstFinished.count(), 1);
    QCOMPARE(firstFinished.first().first().value<BookingResult>().status, Status::Queued); // handed over
    QCOMPARE(h.stateEvents(draft.transactionId).size(), 1);
    QCOMPARE(h.requests(u"POST"_s, u"/v1.0/me/events"_s), 1);
}

void TestBooking::missingJoinUrlIsFetchedAgainFirst()
{
    Harness h;
    h.sandbox.setConfig(QJsonObject{{"onlineMeetingFailure"_L1, true}});
    const SessionDraft draft = h.draft(u"No link today"_s);
    const BookingResult result = waitFor(h.service->book(draft));
    QVERIFY2(result.status == Status::Succeeded, qPrintable(describe(result)));
    QVERIFY(result.teamsMeeting);
    QVERIFY(result.joinUrlMissing);
    QVERIFY(result.message.contains(u"did not return a Teams join link"_s));
    QVERIFY(result.event.isValid());
    // Asked once more before saying so.
    QCOMPARE(h.requests(u"GET"_s, u"/v1.0/me/events/"_s), 1);
    QCOMPARE(h.stateEvents(draft.transactionId).size(), 1);
}

void TestBooking::weeklySeriesAppearsInTheCalendar()
{
    Harness h;
    SessionDraft draft = h.draft(u"Weekly mentoring"_s);
    draft.repeat = {SessionDraft::RepeatKind::Weekly, SessionDraft::RepeatEnd::Count, {}, 4};
    const BookingResult result = waitFor(h.service->book(draft));
    QVERIFY2(result.status == Status::Succeeded, qPrintable(describe(result)));
    QCOMPARE(result.event.type, Event::Type::SeriesMaster);
    QVERIFY(result.event.recurrence);
    QCOMPARE(result.event.recurrence->patternType, Recurrence::PatternType::Weekly);
    QCOMPARE(result.event.recurrence->daysOfWeek, QList<Qt::DayOfWeek>{Qt::Friday});
    QVERIFY(result.event.hasJoinUrl());
    const QList<Event> occurrences = h.occurrences(result.event.id, QDate(2026, 11, 26), QDate(2027, 1, 31));
    QCOMPARE(occurrences.size(), 4);
    QStringList starts;
    for (const Event &occurrence : occurrences) {
        QCOMPARE(occurrence.type, Event::Type::Occurrence);
        starts << occurrence.start.toTimeZone(kBerlin).toString(u"yyyy-MM-dd HH:mm"_s);
    }
    QCOMPARE(starts,
             (QStringList{u"2026-11-27 10:00"_s, u"2026-12-04 10:00"_s, u"2026-12-11 10:00"_s, u"2026-12-18 10:00"_s}));

    SessionDraft until = h.draft(u"Fortnightly until January"_s);
    until.repeat = {SessionDraft::RepeatKind::EveryTwoWeeks, SessionDraft::RepeatEnd::UntilDate, QDate(2027, 1, 8), 0};
    const BookingResult fortnightly = waitFor(h.service->book(until));
    QVERIFY2(fortnightly.status == Status::Succeeded, qPrintable(describe(fortnightly)));
    QCOMPARE(h.occurrences(fortnightly.event.id, QDate(2026, 11, 26), QDate(2027, 3, 1)).size(), 4); // 27/11..8/1
}

void TestBooking::rescheduleSingle()
{
    Harness h;
    const BookingResult booked = waitFor(h.service->book(h.draft(u"To be moved"_s)));
    QVERIFY2(booked.isSuccess(), qPrintable(describe(booked)));
    const QDateTime newStart = booked.event.start.addDays(1).addSecs(3600);
    QSignalSpy global(h.service.get(), &BookingService::bookingFinished);
    const BookingResult moved
        = waitFor(h.service->reschedule(booked.event, newStart, newStart.addSecs(45 * 60), Scope::ThisOccurrence));
    QVERIFY2(moved.isSuccess(), qPrintable(describe(moved)));
    QCOMPARE(moved.event.start, newStart);
    QCOMPARE(moved.event.durationSeconds(), 45 * 60);
    QVERIFY(moved.message.startsWith(u"Moved to"_s));
    QCOMPARE(global.count(), 1);
    const QJsonObject stored = h.get(u"/me/events/%1"_s.arg(GraphRequest::encodeSegment(booked.event.id)));
    QCOMPARE(Event::fromJson(stored).start, newStart);
    QVERIFY(Event::fromJson(stored).hasJoinUrl()); // still a Teams meeting
    // The zone the event was created in is kept.
    QCOMPARE(stored.value("originalStartTimeZone"_L1).toString(), u"W. Europe Standard Time"_s);

    // Into the past: refused before anything is sent.
    const BookingResult past
        = waitFor(h.service->reschedule(booked.event, kNow.addSecs(-3600), kNow, Scope::ThisOccurrence));
    QCOMPARE(past.status, Status::Invalid);
    QVERIFY(past.message.contains(u"past"_s));
}

void TestBooking::rescheduleOccurrence()
{
    Harness h;
    const Event master = h.bookSeries(u"Series, one moved"_s, 4);
    QVERIFY(master.isValid());
    QList<Event> occurrences = h.occurrences(master.id, QDate(2026, 11, 26), QDate(2027, 1, 31));
    QCOMPARE(occurrences.size(), 4);
    const Event second = occurrences.at(1);
    const QDateTime newStart = second.start.addSecs(4 * 3600); // same day, 14:00
    const BookingResult moved
        = waitFor(h.service->reschedule(second, newStart, newStart.addSecs(3600), Scope::ThisOccurrence));
    QVERIFY2(moved.isSuccess(), qPrintable(describe(moved)));
    QCOMPARE(moved.event.type, Event::Type::Exception);
    occurrences = h.occurrences(master.id, QDate(2026, 11, 26), QDate(2027, 1, 31));
    QCOMPARE(occurrences.size(), 4);
    QCOMPARE(occurrences.at(1).start, newStart);
    QCOMPARE(occurrences.at(0).start.toTimeZone(kBerlin).time(), QTime(10, 0)); // the others stay
    QCOMPARE(occurrences.at(2).start.toTimeZone(kBerlin).time(), QTime(10, 0));
}

void TestBooking::occurrenceCrossingBoundaryIsExplained()
{
    Harness h;
    const Event master = h.bookSeries(u"Series, crossing"_s, 4);
    const QList<Event> occurrences = h.occurrences(master.id, QDate(2026, 11, 26), QDate(2027, 1, 31));
    QCOMPARE(occurrences.size(), 4);
    // The second session onto the day of the third.
    const QDateTime onto = occurrences.at(2).start.addSecs(3 * 3600);
    const BookingResult result
        = waitFor(h.service->reschedule(occurrences.at(1), onto, onto.addSecs(3600), Scope::ThisOccurrence));
    QCOMPARE(result.status, Status::Failed);
    QCOMPARE(result.errorCode, u"ErrorOccurrenceCrossingBoundary"_s);
    QVERIFY2(result.message.contains(u"cannot be moved onto or past the day"_s), qPrintable(result.message));
    QVERIFY(result.message.contains(u"move the whole series"_s));
    QVERIFY(!result.details.isEmpty());
    QCOMPARE(h.outbox->size(), 0); // the refused change does not linger
    // Nothing moved.
    QCOMPARE(h.occurrences(master.id, QDate(2026, 11, 26), QDate(2027, 1, 31)).at(1).start, occurrences.at(1).start);
}

void TestBooking::rescheduleWholeSeries()
{
    Harness h;
    const Event master = h.bookSeries(u"Series, all moved"_s, 4);
    const QList<Event> before = h.occurrences(master.id, QDate(2026, 11, 26), QDate(2027, 1, 31));
    QCOMPARE(before.size(), 4);
    // Drag the third session (Fri 11 Dec 10:00) to Monday 14 Dec 09:00, for the whole series.
    const QDateTime target = GraphTime::toUtc(QDate(2026, 12, 14), QTime(9, 0), kBerlin);
    const BookingResult moved
        = waitFor(h.service->reschedule(before.at(2), target, target.addSecs(90 * 60), Scope::WholeSeries));
    QVERIFY2(moved.isSuccess(), qPrintable(describe(moved)));
    QCOMPARE(moved.event.type, Event::Type::SeriesMaster);
    QVERIFY(moved.event.recurrence);
    QCOMPARE(moved.event.recurrence->daysOfWeek, QList<Qt::DayOfWeek>{Qt::Monday});
    const QList<Event> after = h.occurrences(master.id, QDate(2026, 11, 26), QDate(2027, 1, 31));
    QCOMPARE(after.size(), 4);
    QStringList starts;
    for (const Event &occurrence : after) {
        starts << occurrence.start.toTimeZone(kBerlin).toString(u"ddd yyyy-MM-dd HH:mm"_s);
        QCOMPARE(occurrence.durationSeconds(), 90 * 60);
    }
    QCOMPARE(starts,
             (QStringList{u"Mon 2026-11-30 09:00"_s, u"Mon 2026-12-07 09:00"_s, u"Mon 2026-12-14 09:00"_s,
                          u"Mon 2026-12-21 09:00"_s}));
}

void TestBooking::cancelOccurrenceThenSeries()
{
    Harness h;
    const Event master = h.bookSeries(u"Series to cancel"_s, 3);
    QList<Event> occurrences = h.occurrences(master.id, QDate(2026, 11, 26), QDate(2027, 1, 31));
    QCOMPARE(occurrences.size(), 3);

    const BookingResult one
        = waitFor(h.service->cancel(occurrences.at(1), u"I am travelling that week, sorry!"_s, Scope::ThisOccurrence));
    QVERIFY2(one.isSuccess(), qPrintable(describe(one)));
    QVERIFY(one.message.contains(u"cancellation"_s));
    occurrences = h.occurrences(master.id, QDate(2026, 11, 26), QDate(2027, 1, 31));
    QCOMPARE(occurrences.size(), 2);
    QCOMPARE(occurrences.at(1).start.toTimeZone(kBerlin).date(), QDate(2026, 12, 11));
    QCOMPARE(h.requests(u"POST"_s, u"/v1.0/me/events/"_s), 1);

    const BookingResult all = waitFor(h.service->cancel(occurrences.at(0), {}, Scope::WholeSeries));
    QVERIFY2(all.isSuccess(), qPrintable(describe(all)));
    QVERIFY(h.occurrences(master.id, QDate(2026, 11, 26), QDate(2027, 1, 31)).isEmpty());
    const QList<QJsonObject> stored = h.stateEvents(master.transactionId, true);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().value("sandboxStatus"_L1).toString(), u"cancelled"_s);

    // A single session.
    const BookingResult single = waitFor(h.service->book(h.draft(u"Single to cancel"_s)));
    QVERIFY(single.isSuccess());
    QVERIFY(waitFor(h.service->cancel(single.event, u"Bye"_s, Scope::WholeSeries)).isSuccess());
    QCOMPARE(h.stateEvents(single.event.transactionId).size(), 0);
}

void TestBooking::onlyTheOrganizerCanChange()
{
    Harness h;
    Event invited;
    invited.id = u"someone-elses"_s;
    invited.subject = u"Team sync"_s;
    invited.start = kNow.addDays(1);
    invited.end = invited.start.addSecs(1800);
    invited.isOrganizer = false;
    invited.organizer = {u"Jonas Weber"_s, u"jonas.weber@contoso-mentoring.example"_s};
    const BookingResult moved = waitFor(
        h.service->reschedule(invited, invited.start.addSecs(3600), invited.end.addSecs(3600), Scope::ThisOccurrence));
    QCOMPARE(moved.status, Status::NotAllowed);
    QVERIFY(moved.message.contains(u"Only the organizer"_s));
    QVERIFY(moved.message.contains(u"Jonas Weber"_s));
    QCOMPARE(waitFor(h.service->cancel(invited, {}, Scope::ThisOccurrence)).status, Status::NotAllowed);
    QCOMPARE(h.requests(u"PATCH"_s, u"/"_s) + h.requests(u"POST"_s, u"/v1.0/me/events"_s), 0);
}

void TestBooking::suggestions()
{
    Harness h;
    const SessionDraft draft = h.draft(u"Find a time"_s);
    const BookingResult result = waitFor(h.service->findTimes(draft, QDate(2026, 11, 25), QDate(2026, 11, 27)));
    QVERIFY2(result.isSuccess(), qPrintable(describe(result)));
    QVERIFY(!result.fromOwnCalendar);
    QVERIFY(!result.suggestions.isEmpty());
    QVERIFY(result.suggestions.suggestions.size() <= BookingService::kMaxSuggestions);
    QCOMPARE(result.suggestions.emptyReason, MeetingTimeSuggestions::EmptyReason::None);
    QVERIFY(result.note.isEmpty());
    for (const MeetingTimeSuggestion &suggestion : result.suggestions.suggestions) {
        QVERIFY(suggestion.confidence >= 50);
        QCOMPARE(suggestion.start.secsTo(suggestion.end), 3600);
        QVERIFY(suggestion.start >= kNow);
        QCOMPARE(suggestion.attendeeAvailability.size(), 2); // Priya and Jonas
        QVERIFY(!BookingText::availabilitySummary(suggestion).isEmpty());
    }
    QCOMPARE(h.requests(u"POST"_s, u"/v1.0/me/findMeetingTimes"_s), 1);
}

void TestBooking::suggestionsAvoidAnotherAccountsBusyTime()
{
    Harness h;
    const SessionDraft draft = h.draft(u"Find a time"_s);
    const BookingResult before = waitFor(h.service->findTimes(draft, QDate(2026, 11, 25), QDate(2026, 11, 27)));
    QVERIFY2(before.isSuccess(), qPrintable(describe(before)));
    QVERIFY(before.suggestions.suggestions.size() >= 2);
    const MeetingTimeSuggestion taken = before.suggestions.suggestions.first();

    // The user's other account (its own cache) is busy at Microsoft 365's best suggestion, which cannot know.
    QTemporaryDir otherDir;
    CalendarStore other(otherDir.filePath(u"calendar.sqlite"_s), &h.clock);
    other.open();
    QVERIFY(other.isOpen());
    Calendar calendar;
    calendar.id = u"programme-default"_s;
    calendar.name = u"Calendar"_s;
    calendar.kind = Calendar::Kind::Own;
    calendar.canEdit = true;
    calendar.isDefaultCalendar = true;
    QVERIFY(other.replaceCalendars({calendar}));
    Event busy;
    busy.id = u"programme-intake"_s;
    busy.subject = u"Programme intake"_s;
    busy.start = taken.start;
    busy.end = taken.end;
    CalendarChangeSet set;
    set.calendarId = calendar.id;
    set.upserts = {busy};
    QVERIFY(other.applyChanges(set));
    h.service->setOtherCalendars({&other});

    const BookingResult after = waitFor(h.service->findTimes(draft, QDate(2026, 11, 25), QDate(2026, 11, 27)));
    QVERIFY2(after.isSuccess(), qPrintable(describe(after)));
    QVERIFY(!after.fromOwnCalendar);
    // Exactly those that overlap it are gone (neighbours half an hour apart overlap too), the order kept.
    QList<QDateTime> expected;
    for (const MeetingTimeSuggestion &suggestion : before.suggestions.suggestions) {
        if (!(suggestion.start < busy.end && suggestion.end > busy.start))
            expected << suggestion.start;
    }
    QVERIFY(expected.size() < before.suggestions.suggestions.size());
    QList<QDateTime> starts;
    for (const MeetingTimeSuggestion &suggestion : after.suggestions.suggestions)
        starts << suggestion.start;
    QCOMPARE(starts, expected);
    QCOMPARE(after.suggestions.suggestions.first().order, 1);

    // Busy there all week: nothing is left, and the note says where the time went.
    busy.start = GraphTime::toUtc(QDate(2026, 11, 25), QTime(0, 0), kBerlin);
    busy.end = GraphTime::toUtc(QDate(2026, 11, 28), QTime(0, 0), kBerlin);
    set.upserts = {busy};
    QVERIFY(other.applyChanges(set));
    const BookingResult none = waitFor(h.service->findTimes(draft, QDate(2026, 11, 25), QDate(2026, 11, 27)));
    QVERIFY2(none.isSuccess(), qPrintable(describe(none)));
    QVERIFY(none.suggestions.isEmpty());
    QCOMPARE(none.suggestions.emptyReason, MeetingTimeSuggestions::EmptyReason::OrganizerUnavailable);
    QVERIFY2(none.note.contains(u"another account"_s), qPrintable(none.note));
}

void TestBooking::noSuggestionsSaysWhy()
{
    Harness h;
    // A weekend window: no working hours for the mentor at all.
    const BookingResult result
        = waitFor(h.service->findTimes(h.draft(u"Weekend"_s), QDate(2026, 11, 28), QDate(2026, 11, 29)));
    QVERIFY2(result.isSuccess(), qPrintable(describe(result)));
    QVERIFY(result.suggestions.isEmpty());
    QCOMPARE(result.suggestions.emptyReason, MeetingTimeSuggestions::EmptyReason::OrganizerUnavailable);
    QCOMPARE(result.note, BookingText::emptyReason(MeetingTimeSuggestions::EmptyReason::OrganizerUnavailable));
    // A window that is over already is refused before asking.
    QCOMPARE(waitFor(h.service->findTimes(h.draft(u"Past"_s), QDate(2026, 11, 1), QDate(2026, 11, 2))).status,
             Status::Invalid);
}

void TestBooking::standaloneLinkIsIdempotent()
{
    Harness h;
    SessionDraft draft = h.draft(u"Arranged by phone"_s);
    h.drafts->save(draft);
    const BookingResult first = waitFor(h.service->createMeetingLink(draft));
    QVERIFY2(first.isSuccess(), qPrintable(describe(first)));
    QVERIFY(first.meetingCreated);
    QVERIFY(first.meeting.isValid());
    QVERIFY(!first.meeting.joinMeetingId.isEmpty());
    QVERIFY(first.message.contains(u"No calendar entry"_s) && first.message.contains(u"no invitation"_s));
    QVERIFY(!h.drafts->draft(draft.id)); // its purpose is served
    const BookingResult again = waitFor(h.service->createMeetingLink(draft));
    QVERIFY2(again.isSuccess(), qPrintable(describe(again)));
    QVERIFY(!again.meetingCreated);
    QCOMPARE(again.meeting.id, first.meeting.id);
    QCOMPARE(again.meeting.joinWebUrl, first.meeting.joinWebUrl);
    const QJsonObject state = h.sandbox.state();
    QCOMPARE(state.value("onlineMeetings"_L1).toArray().size(), 1);
    QCOMPARE(h.stateEvents(draft.transactionId, true).size(), 0); // no calendar entry
    QCOMPARE(h.requests(u"POST"_s, u"/v1.0/me/events"_s) + h.requests(u"POST"_s, u"/v1.0/me/calendars"_s), 0);
}

void TestBooking::personalAccountIsExplained()
{
    Sandbox::SandboxOptions options = SandboxFixture::defaultOptions();
    options.personalAccounts = true;
    Harness h(options, kPersonalScopes);
    h.loadCalendarCache();
    SessionDraft draft = h.draft(u"Personal account session"_s);
    const BookingService::MeetingPlan plan = h.service->meetingPlan(draft);
    QVERIFY(!plan.teams);
    QVERIFY2(plan.explanation.contains(u"Personal Microsoft accounts cannot create Teams meetings"_s),
             qPrintable(plan.explanation));
    const BookingResult booked = waitFor(h.service->book(draft));
    QVERIFY2(booked.isSuccess(), qPrintable(describe(booked)));
    QVERIFY(!booked.teamsMeeting);
    QVERIFY(!booked.joinUrlMissing); // not asked for, so not "missing"
    QVERIFY(!booked.event.hasJoinUrl());
    QVERIFY(booked.message.startsWith(u"Booked. The invitation was sent"_s));
    const QList<QJsonObject> events = h.stateEvents(draft.transactionId);
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.first().contains("isOnlineMeeting"_L1) || !events.first().value("isOnlineMeeting"_L1).toBool());
    QCOMPARE(h.requests(u"GET"_s, u"/v1.0/me/events/"_s), 0); // no link asked for, none fetched

    // Suggested times: the own calendar, labelled as such, with the gate's reason.
    const BookingResult times = waitFor(h.service->findTimes(draft, QDate(2026, 11, 26), QDate(2026, 11, 27)));
    QVERIFY2(times.isSuccess(), qPrintable(describe(times)));
    QVERIFY(times.fromOwnCalendar);
    QVERIFY2(times.note.contains(u"needs a work or school account"_s), qPrintable(times.note));
    QVERIFY(times.note.contains(u"own calendar"_s));
    QVERIFY(!times.suggestions.isEmpty());
    QCOMPARE(h.requests(u"POST"_s, u"/v1.0/me/findMeetingTimes"_s), 0);

    // The standalone link is not offered, and says why.
    const BookingResult link = waitFor(h.service->createMeetingLink(h.draft(u"Link"_s)));
    QCOMPARE(link.status, Status::NotAllowed);
    QCOMPARE(link.availability.reason, FeatureAvailability::Reason::PersonalAccount);
    QVERIFY(link.message.contains(u"work or school account"_s));
    QCOMPARE(h.requests(u"POST"_s, u"/v1.0/me/onlineMeetings"_s), 0);
}

void TestBooking::calendarWithoutTeamsBooksAPlainEvent()
{
    // A work calendar whose allowedOnlineMeetingProviders lacks teamsForBusiness (Teams not licensed for the
    // mailbox): the session is booked as a plain event, and the dialog says so before Book.
    Harness h;
    h.loadCalendarCache();
    QList<Calendar> calendars = h.calendar->calendars();
    const QString mentoring = h.calendarId(u"Mentoring"_s);
    for (Calendar &calendar : calendars) {
        if (calendar.id == mentoring) {
            calendar.allowedOnlineMeetingProviders = {OnlineMeetingProvider::Unknown};
            calendar.defaultOnlineMeetingProvider = OnlineMeetingProvider::Unknown;
        }
    }
    QVERIFY(h.calendar->replaceCalendars(calendars));
    SessionDraft draft = h.draft(u"No Teams here"_s);
    draft.calendarId = mentoring;
    const BookingService::MeetingPlan plan = h.service->meetingPlan(draft);
    QVERIFY(!plan.teams);
    QVERIFY2(plan.explanation.contains(u"does not offer Teams meetings"_s), qPrintable(plan.explanation));
    QVERIFY(plan.explanation.contains(u"Mentoring"_s));
    const BookingResult booked = waitFor(h.service->book(draft));
    QVERIFY2(booked.isSuccess(), qPrintable(describe(booked)));
    QVERIFY(!booked.teamsMeeting);
    QVERIFY(!booked.event.hasJoinUrl());
    const QList<QJsonObject> events = h.stateEvents(draft.transactionId);
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.first().value("isOnlineMeeting"_L1).toBool());
    QVERIFY(!events.first().contains("onlineMeetingProvider"_L1)
            || events.first().value("onlineMeetingProvider"_L1).toString() != u"teamsForBusiness"_s);

    // The default calendar still offers Teams: the same draft there is a Teams meeting.
    draft.calendarId.clear();
    QVERIFY(h.service->meetingPlan(draft).teams);
}

void TestBooking::missingScopesAreExplained()
{
    // Calendars.ReadWrite was declined: booking, moving and cancelling are off, with the reason.
    Harness h(SandboxFixture::defaultOptions(), {u"openid"_s, u"User.Read"_s, u"email"_s, u"Calendars.Read.Shared"_s});
    const SessionDraft draft = h.draft(u"Not allowed"_s);
    const BookingResult booked = waitFor(h.service->book(draft));
    QCOMPARE(booked.status, Status::NotAllowed);
    QCOMPARE(booked.availability.reason, FeatureAvailability::Reason::NotGranted);
    QVERIFY2(booked.message.contains(u"Calendars.ReadWrite"_s), qPrintable(booked.message));
    Event mine;
    mine.id = u"x"_s;
    mine.start = kNow.addDays(1);
    mine.end = mine.start.addSecs(60);
    mine.isOrganizer = true;
    QCOMPARE(waitFor(h.service->cancel(mine, {}, Scope::ThisOccurrence)).status, Status::NotAllowed);
    // OnlineMeetings.ReadWrite missing: no standalone link.
    const BookingResult link = waitFor(h.service->createMeetingLink(draft));
    QCOMPARE(link.status, Status::NotAllowed);
    QVERIFY(link.message.contains(u"OnlineMeetings.ReadWrite"_s));
    QCOMPARE(h.sandbox.state().value("graphRequests"_L1).toArray().size(), 0); // nothing was sent

    // The session believed it had the scope, but the token lacks it: Graph's 403 is explained, the draft is kept.
    h.consented = kWorkScopes;
    QSignalSpy global(h.service.get(), &BookingService::bookingFinished);
    const BookingResult refused = waitFor(h.service->book(draft));
    QCOMPARE(refused.status, Status::Failed);
    QCOMPARE(refused.graphStatus, GraphStatus::PermissionDenied);
    QVERIFY2(refused.message.contains(u"Permissions page"_s), qPrintable(refused.message));
    QCOMPARE(global.count(), 1);
    const std::optional<SessionDraft> kept = h.drafts->draft(draft.id);
    QVERIFY(kept);
    QCOMPARE(kept->outboxId, 0);
    QCOMPARE(kept->lastError, refused.message);
    QCOMPARE(h.outbox->size(), 0);
}

void TestBooking::draftSurvivesAnOutageAndARestart()
{
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    quint16 port = 0;
    QUrl graphBase;
    {
        Sandbox::SandboxServer before(SandboxFixture::defaultOptions());
        QVERIFY(before.listen(QHostAddress::LocalHost));
        port = before.port();
        graphBase = before.graphBaseUrl();
        tokens.setAccessToken(before.issueToken(kWorkScopes));
    } // Microsoft 365 is unreachable from here on
    QTemporaryDir dir;
    ManualClock clock(kNow);
    GraphClient client(&network, &tokens, graphBase);
    const auto consent = [] {
        ConsentState state;
        state.signedIn = true;
        state.grantedScopes = kWorkScopes;
        return state;
    };
    SessionDraft draft = SessionDraft::create(kNow, kBerlin);
    draft.mentees = {{u"Priya Sharma"_s, u"priya.sharma@contoso-mentoring.example"_s}};
    draft.subject = u"Booked while offline"_s;
    draft.date = QDate(2026, 11, 27);
    draft.time = QTime(15, 0);
    {
        Outbox outbox(&client, dir.filePath(u"outbox.sqlite"_s));
        outbox.setRetryBackoff(std::chrono::minutes(10), std::chrono::minutes(10));
        DraftStore drafts(dir.filePath(u"drafts.json"_s), &clock);
        drafts.load();
        BookingService service(&client, &outbox, &drafts, &clock);
        service.setConsentStateProvider(consent);
        const BookingResult result = waitFor(service.book(draft));
        QCOMPARE(result.status, Status::Queued);
        QVERIFY2(result.message.contains(u"offline"_s), qPrintable(result.message));
        QVERIFY(service.isQueued(draft));
        QVERIFY(drafts.draft(draft.id)->outboxId > 0);
        QCOMPARE(drafts.draft(draft.id)->lastError, result.message);
    } // the app quits

    Sandbox::SandboxServer after(SandboxFixture::defaultOptions());
    QVERIFY(after.listen(QHostAddress::LocalHost, port));
    tokens.setRefresher([&after] { return after.issueToken(kWorkScopes); });
    Outbox outbox(&client, dir.filePath(u"outbox.sqlite"_s));
    DraftStore drafts(dir.filePath(u"drafts.json"_s), &clock);
    QVERIFY(drafts.load());
    QCOMPARE(drafts.count(), 1); // the draft is still there after the restart
    BookingService service(&client, &outbox, &drafts, &clock);
    service.setConsentStateProvider(consent);
    QSignalSpy finished(&service, &BookingService::bookingFinished);
    QVERIFY(finished.wait(15000));
    const BookingResult result = finished.first().first().value<BookingResult>();
    QVERIFY2(result.isSuccess(), qPrintable(describe(result)));
    QCOMPARE(result.draftId, draft.id);
    QVERIFY(result.event.hasJoinUrl());
    QCOMPARE(drafts.count(), 0);
    int created = 0;
    for (const QJsonValue &event : after.stateSnapshot().value("events"_L1).toArray())
        created += event.toObject().value("transactionId"_L1).toString() == draft.transactionId ? 1 : 0;
    QCOMPARE(created, 1);
}

void TestBooking::draftSurvivesAnExpiredSignIn()
{
    Harness h;
    h.tokens.setNextToken(QString()); // the sign-in expired and the user has not signed in again yet
    h.sandbox.addFault(
        QJsonObject{{"method"_L1, u"POST"_s}, {"path"_L1, u"/v1.0/me/events"_s}, {"type"_L1, u"expiredToken"_s}});
    const SessionDraft draft = h.draft(u"Booked with an expired sign-in"_s);
    const BookingResult queued = waitFor(h.service->book(draft));
    QCOMPARE(queued.status, Status::Queued);
    QVERIFY2(queued.message.contains(u"sign-in has expired"_s), qPrintable(queued.message));
    QVERIFY(h.drafts->draft(draft.id));
    QCOMPARE(h.stateEvents(draft.transactionId).size(), 0);

    h.restart(); // even across a restart
    QVERIFY(h.drafts->draft(draft.id));
    QSignalSpy finished(h.service.get(), &BookingService::bookingFinished);
    h.tokens.setRefresher([&h] { return h.sandbox.server().issueToken(kWorkScopes); }); // signs in again
    h.tokens.requestReauthentication();
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.first().first().value<BookingResult>().isSuccess());
    QCOMPARE(h.stateEvents(draft.transactionId).size(), 1);
    QVERIFY(!h.drafts->draft(draft.id));
}

void TestBooking::refusedBookingKeepsTheDraft()
{
    Harness h;
    SessionDraft draft = h.draft(u"Unknown zone"_s);
    h.sandbox.addFault(QJsonObject{{"method"_L1, u"POST"_s},
                                   {"path"_L1, u"/v1.0/me/events"_s},
                                   {"type"_L1, u"status"_s},
                                   {"status"_L1, 400},
                                   {"code"_L1, u"TimeZoneNotSupportedException"_s}});
    const BookingResult refused = waitFor(h.service->book(draft));
    QCOMPARE(refused.status, Status::Failed);
    QVERIFY2(refused.message.contains(u"time zone"_s), qPrintable(refused.message));
    QCOMPARE(h.drafts->draft(draft.id)->lastError, refused.message);
    QCOMPARE(h.outbox->size(), 0);
    // Fixed and booked again: the same transactionId, one event.
    const BookingResult booked = waitFor(h.service->book(*h.drafts->draft(draft.id)));
    QVERIFY2(booked.isSuccess(), qPrintable(describe(booked)));
    QCOMPARE(h.stateEvents(draft.transactionId).size(), 1);

    // Invalid drafts are not sent, and are kept.
    SessionDraft invalid = h.draft(u"Invalid"_s);
    invalid.mentees = {{QString(), u"not an address"_s}};
    const BookingResult rejected = waitFor(h.service->book(invalid));
    QCOMPARE(rejected.status, Status::Invalid);
    QCOMPARE(rejected.issues.size(), 1);
    QCOMPARE(rejected.issues.first().field, DraftValidator::Field::Mentees);
    QVERIFY(h.drafts->draft(invalid.id));
}

void TestBooking::editedWhileQueuedReplacesTheWaitingBooking()
{
    Harness h;
    h.tokens.setNextToken(QString());
    h.sandbox.addFault(
        QJsonObject{{"method"_L1, u"POST"_s}, {"path"_L1, u"/v1.0/me/events"_s}, {"type"_L1, u"expiredToken"_s}});
    SessionDraft draft = h.draft(u"First subject"_s);
    QCOMPARE(waitFor(h.service->book(draft)).status, Status::Queued);
    const qint64 first = h.drafts->draft(draft.id)->outboxId;
    QVERIFY(first > 0);
    // The mentor changes the subject while it waits and books again: the waiting request is replaced.
    draft.subject = u"Second subject"_s;
    BookingOperation *op = h.service->book(draft);
    QCOMPARE(h.outbox->size(), 1);
    const qint64 second = h.drafts->draft(draft.id)->outboxId;
    QVERIFY(second > 0 && second != first);
    QVERIFY(!h.outbox->entry(first));
    QVERIFY(h.outbox->entry(second)->request.body.contains("Second subject"));
    QCOMPARE(h.outbox->entry(second)->request.idempotencyKey, draft.transactionId); // still one booking
    h.tokens.setRefresher([&h] { return h.sandbox.server().issueToken(kWorkScopes); });
    h.tokens.requestReauthentication();
    const BookingResult result = waitFor(op);
    QVERIFY2(result.isSuccess(), qPrintable(describe(result)));
    const QList<QJsonObject> events = h.stateEvents(draft.transactionId);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().value("subject"_L1).toString(), u"Second subject"_s);
}

void TestBooking::discardingAQueuedDraftWithdrawsIt()
{
    Harness h;
    h.tokens.setNextToken(QString());
    h.sandbox.addFault(
        QJsonObject{{"method"_L1, u"POST"_s}, {"path"_L1, u"/v1.0/me/events"_s}, {"type"_L1, u"expiredToken"_s}});
    const SessionDraft draft = h.draft(u"Changed my mind"_s);
    QCOMPARE(waitFor(h.service->book(draft)).status, Status::Queued);
    QCOMPARE(h.outbox->size(), 1);
    QSignalSpy global(h.service.get(), &BookingService::bookingFinished);
    QVERIFY(h.service->discardDraft(draft.id));
    QCOMPARE(h.outbox->size(), 0);
    QVERIFY(!h.drafts->draft(draft.id));
    QCOMPARE(global.count(), 1);
    QCOMPARE(global.first().first().value<BookingResult>().status, Status::Cancelled);
    h.tokens.setRefresher([&h] { return h.sandbox.server().issueToken(kWorkScopes); });
    h.tokens.requestReauthentication();
    QTest::qWait(300);
    QCOMPARE(h.stateEvents(draft.transactionId, true).size(), 0);
    QVERIFY(h.service->discardDraft(u"unknown"_s)); // nothing to do is fine
}

void TestBooking::completionFromPeopleMetBefore()
{
    Harness h;
    h.loadCalendarCache();
    const QList<EmailAddress> people = h.service->knownPeople();
    QVERIFY(!people.isEmpty());
    QStringList addresses;
    for (const EmailAddress &person : people) {
        addresses << person.address.toLower();
        QVERIFY(!person.address.isEmpty());
    }
    QVERIFY(!addresses.contains(h.mentor.toLower()));
    QVERIFY2(addresses.contains(u"priya.sharma@contoso-mentoring.example"_s), qPrintable(addresses.join(u", "_s)));
    QCOMPARE(addresses.size(), QSet<QString>(addresses.cbegin(), addresses.cend()).size());
    // Bookable calendars: own and writable only, the default first.
    const QList<Calendar> bookable = h.service->bookableCalendars();
    QVERIFY(bookable.size() >= 2);
    QVERIFY(bookable.first().isDefaultCalendar);
    for (const Calendar &c : bookable)
        QVERIFY(c.isWritable());
    QVERIFY(h.service->calendars().size() > bookable.size()); // shared calendars are there, not bookable
    QCOMPARE(h.service->newDraft().calendarId, bookable.first().id);
}

QTEST_GUILESS_MAIN(TestBooking)
#include "tst_booking.moc"
