// Free time across signed-in accounts: a slot busy in another account's own calendar is neither suggested nor
// left unflagged (BookingService::setOtherCalendars), with each account's cache a real CalendarStore on disk.
#include "core/booking/BookingCalendar.h"
#include "core/booking/BookingOperation.h"
#include "core/booking/BookingService.h"
#include "core/booking/DraftStore.h"
#include "core/calendar/CalendarChangeSet.h"
#include "core/calendar/CalendarStore.h"
#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "core/outbox/Outbox.h"
#include "support/GraphTestTokenProvider.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

Q_DECLARE_METATYPE(MentorDesk::Event::ShowAs)

namespace {

const QDateTime kNow = QDateTime::fromString(u"2026-11-25T09:00:00Z"_s, Qt::ISODate); // a Wednesday
const QTimeZone kBerlin("Europe/Berlin");
// Thursday 26 Nov, 10:00-11:00 in Berlin.
const QDateTime kSlotStart = QDateTime::fromString(u"2026-11-26T09:00:00Z"_s, Qt::ISODate);
const QDateTime kSlotEnd = kSlotStart.addSecs(3600);

Calendar calendar(const QString &id, Calendar::Kind kind, const QString &owner)
{
    Calendar c;
    c.id = id;
    c.name = id;
    c.kind = kind;
    c.canEdit = kind == Calendar::Kind::Own;
    c.isDefaultCalendar = kind == Calendar::Kind::Own;
    c.owner = EmailAddress{owner, owner};
    return c;
}

Event makeEvent(const QString &id, const QDateTime &start, const QDateTime &end,
                Event::ShowAs showAs = Event::ShowAs::Busy)
{
    Event e;
    e.id = id;
    e.subject = id;
    e.start = start;
    e.end = end;
    e.showAs = showAs;
    e.iCalUId = u"uid-"_s + id;
    return e;
}

CalendarChangeSet load(const QString &calendarId, const QList<Event> &events)
{
    CalendarChangeSet set;
    set.calendarId = calendarId;
    set.upserts = events;
    return set;
}

bool overlaps(const MeetingTimeSuggestion &suggestion, const QDateTime &start, const QDateTime &end)
{
    return suggestion.start < end && suggestion.end > start;
}

// One account: its outbox, drafts and calendar cache in a folder of its own, and its booking service. The Graph
// client points nowhere: a personal account's suggested times come from the caches alone.
struct AccountCaches
{
    AccountCaches(const QString &folder, ManualClock *clock)
        : client(&network, &tokens, QUrl(u"http://127.0.0.1:9/v1.0"_s))
        , outbox(&client, folder + u"/outbox.sqlite"_s)
        , drafts(folder + u"/booking-drafts.json"_s, clock)
        , store(std::make_unique<CalendarStore>(folder + u"/calendar.sqlite"_s, clock))
        , service(&client, &outbox, &drafts, clock)
    {
        drafts.load();
        store->open();
        service.setCalendarStore(store.get());
        service.setOrganizerAddress(u"mentor@contoso.com"_s);
        service.setConsentStateProvider([] {
            ConsentState state;
            state.signedIn = true;
            state.accountKind = AccountKind::Personal;
            state.grantedScopes = {u"openid"_s, u"User.Read"_s, u"email"_s, u"Calendars.ReadWrite"_s};
            return state;
        });
    }

    QNetworkAccessManager network;
    Test::GraphTestTokenProvider tokens{u"token"_s};
    GraphClient client;
    Outbox outbox;
    DraftStore drafts;
    std::unique_ptr<CalendarStore> store;
    BookingService service;
};

BookingResult waitFor(BookingOperation *operation)
{
    if (operation->isFinished())
        return operation->result();
    QSignalSpy finished(operation, &BookingOperation::finished);
    if (!finished.wait(5000))
        return {};
    return finished.first().first().value<BookingResult>();
}

SessionDraft draft(const BookingService &service)
{
    SessionDraft d = service.newDraft();
    d.timeZoneId = QString::fromUtf8(kBerlin.id());
    d.durationMinutes = 60;
    return d;
}

} // namespace

class TestFreeTime : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{kNow};
    int m_run = 0;

    // Two accounts: "own" organises, "other" is the user's second signed-in account.
    std::pair<std::unique_ptr<AccountCaches>, std::unique_ptr<AccountCaches>> accounts()
    {
        ++m_run;
        const QString base = m_dir.filePath(u"run%1"_s.arg(m_run));
        QDir().mkpath(base + u"/own"_s);
        QDir().mkpath(base + u"/other"_s);
        auto own = std::make_unique<AccountCaches>(base + u"/own"_s, &m_clock);
        auto other = std::make_unique<AccountCaches>(base + u"/other"_s, &m_clock);
        own->store->replaceCalendars({calendar(u"own-default"_s, Calendar::Kind::Own, u"mentor@contoso.com"_s)});
        other->store->replaceCalendars(
            {calendar(u"other-default"_s, Calendar::Kind::Own, u"sam.rivera@northwind.example"_s),
             calendar(u"other-shared"_s, Calendar::Kind::SharedReadOnly, u"colleague@northwind.example"_s)});
        return {std::move(own), std::move(other)};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void slotBusyInAnotherAccount_data();
    void slotBusyInAnotherAccount();
    void ownCalendarStillCounts();
    void graphSuggestionsAvoidOtherAccounts();
    void sameMeetingInBothAccountsIsNoClash();
    void goneStoreIsIgnored();
};

void TestFreeTime::slotBusyInAnotherAccount_data()
{
    QTest::addColumn<Event::ShowAs>("showAs");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QString>("calendarId");
    QTest::addColumn<bool>("linked"); // the other account's store is handed to the organiser's service
    QTest::addColumn<bool>("blocked");

    const QString own = u"other-default"_s;
    QTest::newRow("busy") << Event::ShowAs::Busy << false << own << true << true;
    QTest::newRow("tentative") << Event::ShowAs::Tentative << false << own << true << true;
    QTest::newRow("out of office") << Event::ShowAs::Oof << false << own << true << true;
    QTest::newRow("working elsewhere") << Event::ShowAs::WorkingElsewhere << false << own << true << true;
    QTest::newRow("free") << Event::ShowAs::Free << false << own << true << false;
    QTest::newRow("cancelled") << Event::ShowAs::Busy << true << own << true << false;
    // A colleague's calendar shared with the other account is not the user's time.
    QTest::newRow("shared calendar") << Event::ShowAs::Busy << false << u"other-shared"_s << true << false;
    QTest::newRow("not linked") << Event::ShowAs::Busy << false << own << false << false;
}

void TestFreeTime::slotBusyInAnotherAccount()
{
    QFETCH(Event::ShowAs, showAs);
    QFETCH(bool, cancelled);
    QFETCH(QString, calendarId);
    QFETCH(bool, linked);
    QFETCH(bool, blocked);

    auto [own, other] = accounts();
    Event busy = makeEvent(u"elsewhere"_s, kSlotStart, kSlotEnd, showAs);
    busy.isCancelled = cancelled;
    QVERIFY(other->store->applyChanges(load(calendarId, {busy})));
    if (linked)
        own->service.setOtherCalendars({own->store.get(), other->store.get(), other->store.get()});
    QCOMPARE(own->service.otherCalendars().size(), linked ? 1 : 0); // its own store and the duplicate are skipped

    // Suggested times (from the caches: a personal account has no findMeetingTimes).
    const BookingResult found
        = waitFor(own->service.findTimes(draft(own->service), kSlotStart.date(), kSlotStart.date()));
    QCOMPARE(found.status, BookingResult::Status::Succeeded);
    QVERIFY(found.fromOwnCalendar);
    QVERIFY(!found.suggestions.isEmpty());
    bool offered = false;
    for (const MeetingTimeSuggestion &suggestion : found.suggestions.suggestions)
        offered = offered || overlaps(suggestion, kSlotStart, kSlotEnd);
    QCOMPARE(offered, !blocked);
    QCOMPARE(found.note.contains(u"every account you are signed in with"_s), linked);

    // The time typed in by hand is flagged.
    const QList<Event> conflicts = own->service.conflicts(kSlotStart, kSlotEnd);
    QCOMPARE(conflicts.size(), blocked ? 1 : 0);
    if (blocked)
        QCOMPARE(conflicts.first().id, busy.id);
    // Right next to it is free.
    QVERIFY(own->service.conflicts(kSlotEnd, kSlotEnd.addSecs(3600)).isEmpty());
}

void TestFreeTime::ownCalendarStillCounts()
{
    auto [own, other] = accounts();
    QVERIFY(own->store->applyChanges(load(u"own-default"_s, {makeEvent(u"mine"_s, kSlotStart, kSlotEnd)})));
    const QDateTime later = kSlotStart.addSecs(2 * 3600);
    QVERIFY(other->store->applyChanges(load(u"other-default"_s, {makeEvent(u"theirs"_s, later, later.addSecs(3600))})));
    own->service.setOtherCalendars({other->store.get()});

    const BookingResult found
        = waitFor(own->service.findTimes(draft(own->service), kSlotStart.date(), kSlotStart.date()));
    QCOMPARE(found.status, BookingResult::Status::Succeeded);
    for (const MeetingTimeSuggestion &suggestion : found.suggestions.suggestions) {
        QVERIFY(!overlaps(suggestion, kSlotStart, kSlotEnd));
        QVERIFY(!overlaps(suggestion, later, later.addSecs(3600)));
    }
    const QList<Event> both = own->service.conflicts(kSlotStart, later.addSecs(3600));
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).id, u"mine"_s);
    QCOMPARE(both.at(1).id, u"theirs"_s);
    // The other account is told nothing about this one's calendar: the link goes one way.
    QVERIFY(other->service.conflicts(kSlotStart, kSlotEnd).isEmpty());
}

void TestFreeTime::graphSuggestionsAvoidOtherAccounts()
{
    auto [own, other] = accounts();
    QVERIFY(other->store->applyChanges(load(u"other-default"_s, {makeEvent(u"theirs"_s, kSlotStart, kSlotEnd)})));
    // What findMeetingTimes answers: it only sees the organiser's mailbox.
    QList<MeetingTimeSuggestion> fromGraph;
    for (int i = 0; i < 4; ++i) {
        MeetingTimeSuggestion suggestion;
        suggestion.start = kSlotStart.addSecs(qint64(i - 1) * 3600); // 09:00, 10:00, 11:00, 12:00 in Berlin
        suggestion.end = suggestion.start.addSecs(3600);
        suggestion.order = i + 1;
        suggestion.confidence = 100;
        fromGraph << suggestion;
    }
    const BookingCalendar &calendar = own->service.calendar();
    QCOMPARE(calendar.withoutBusyElsewhere(fromGraph), fromGraph); // nothing linked yet

    own->service.setOtherCalendars({other->store.get()});
    const QList<MeetingTimeSuggestion> kept = calendar.withoutBusyElsewhere(fromGraph);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).start, fromGraph.at(0).start);
    QCOMPARE(kept.at(1).start, fromGraph.at(2).start);
    QCOMPARE(kept.at(1).order, 2); // renumbered
    QCOMPARE(kept.at(2).start, fromGraph.at(3).start);
}

void TestFreeTime::sameMeetingInBothAccountsIsNoClash()
{
    auto [own, other] = accounts();
    // The session, organised from one account, with the other account invited: moving it is no clash with itself.
    const Event session = makeEvent(u"session"_s, kSlotStart, kSlotEnd);
    Event copy = makeEvent(u"session-copy"_s, kSlotStart, kSlotEnd);
    copy.iCalUId = session.iCalUId;
    QVERIFY(own->store->applyChanges(load(u"own-default"_s, {session})));
    QVERIFY(other->store->applyChanges(load(u"other-default"_s, {copy})));
    own->service.setOtherCalendars({other->store.get()});
    QVERIFY(own->service.conflicts(kSlotStart, kSlotEnd, session).isEmpty());
    QCOMPARE(own->service.conflicts(kSlotStart, kSlotEnd).size(), 2);
}

void TestFreeTime::goneStoreIsIgnored()
{
    auto [own, other] = accounts();
    QVERIFY(other->store->applyChanges(load(u"other-default"_s, {makeEvent(u"theirs"_s, kSlotStart, kSlotEnd)})));
    own->service.setOtherCalendars({other->store.get()});
    QCOMPARE(own->service.conflicts(kSlotStart, kSlotEnd).size(), 1);
    other->store->close(); // a closed cache says nothing
    QVERIFY(own->service.conflicts(kSlotStart, kSlotEnd).isEmpty());
    other->store.reset(); // signed out: the pointer is let go
    QVERIFY(own->service.otherCalendars().isEmpty());
    QVERIFY(own->service.conflicts(kSlotStart, kSlotEnd).isEmpty());
    const BookingResult found
        = waitFor(own->service.findTimes(draft(own->service), kSlotStart.date(), kSlotStart.date()));
    QCOMPARE(found.status, BookingResult::Status::Succeeded);
    QVERIFY(!found.note.contains(u"every account you are signed in with"_s));
}

QTEST_GUILESS_MAIN(TestFreeTime)
#include "tst_freetime.moc"
