// The scheduling strip of the New session dialog against the demo tenant: getSchedule's free/busy, working hours
// and error items (docs/graph/scheduling.md#getschedule) drawn per person, chosen with the mouse and the keyboard,
// read out to screen readers; the mentees' local time beside the chosen time, across DST changes.
#include "core/booking/BookingService.h"
#include "core/booking/BookingText.h"
#include "core/booking/DraftStore.h"
#include "core/booking/FreeBusy.h"
#include "core/calendar/CalendarStore.h"
#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "core/model/GraphTime.h"
#include "core/outbox/Outbox.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxCalendarCache.h"
#include "support/SandboxFixture.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/booking/BusyIndicator.h"
#include "ui/booking/NewSessionDialog.h"
#include "ui/booking/SchedulingStrip.h"
#include "ui/common/Theme.h"

#include <QAccessible>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

Q_DECLARE_METATYPE(MentorDesk::EmailAddress)

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QStringList kWorkScopes{u"openid"_s,
                              u"User.Read"_s,
                              u"email"_s,
                              u"Calendars.Read.Shared"_s,
                              u"Calendars.ReadWrite"_s,
                              u"OnlineMeetings.ReadWrite"_s};
const QDateTime kNow = QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);

EmailAddress person(const QString &name, const QString &local)
{
    return {name, local + u"@contoso-mentoring.example"_s};
}

const EmailAddress kPriya = person(u"Priya Sharma"_s, u"priya.sharma"_s);
const EmailAddress kKenji = person(u"Kenji Tanaka"_s, u"kenji.tanaka"_s);
const EmailAddress kMaria = person(u"María García"_s, u"maria.garcia"_s);
const EmailAddress kLiam = person(u"Liam O'Brien"_s, u"liam.obrien"_s);
// Not in the tenant: getSchedule answers an error item for them.
const EmailAddress kOutside{u"Sam Guest"_s, u"sam@fabrikam.example"_s};

QJsonObject utcValue(const QDateTime &utc)
{
    return {{u"dateTime"_s, utc.toString(u"yyyy-MM-ddTHH:mm:ss"_s)}, {u"timeZone"_s, u"UTC"_s}};
}

// A signed-in mentor (Berlin) with the booking set-up against the demo tenant.
struct Fixture
{
    Fixture()
        : clock(kNow)
        , tokens(sandbox.issueToken(kWorkScopes))
        , client(&network, &tokens, sandbox.server().graphBaseUrl())
        , outbox(&client, dir.filePath(u"outbox.sqlite"_s))
        , drafts(dir.filePath(u"booking-drafts.json"_s), &clock)
        , calendar(dir.filePath(u"calendar.sqlite"_s), &clock)
        , service(&client, &outbox, &drafts, &clock)
    {
        drafts.load();
        if (!loadSandboxCalendarCache(sandbox, tokens.accessToken(), calendar, kNow.addDays(-60), kNow.addDays(60)))
            qWarning() << "could not fill the calendar cache";
        service.setCalendarStore(&calendar);
        service.setOrganizerAddress(sandbox.state().value("mentor"_L1).toString());
        service.setConsentStateProvider([] {
            ConsentState state;
            state.signedIn = true;
            state.accountKind = AccountKind::WorkOrSchool;
            state.grantedScopes = kWorkScopes;
            return state;
        });
    }

    void addEvent(const EmailAddress &who, const QDateTime &fromUtc, const QDateTime &toUtc, const QString &showAs)
    {
        const QJsonObject result = sandbox.mutate({{u"op"_s, u"createEvent"_s},
                                                   {u"mailbox"_s, who.address},
                                                   {u"event"_s,
                                                    QJsonObject{{u"subject"_s, u"Their own meeting"_s},
                                                                {u"start"_s, utcValue(fromUtc)},
                                                                {u"end"_s, utcValue(toUtc)},
                                                                {u"showAs"_s, showAs}}}});
        if (result.value(u"id"_s).toString().isEmpty())
            qWarning() << "could not add an event" << result;
    }

    // The dialog on day at time in zone with these mentees; returns when the strip has its answer.
    bool open(NewSessionDialog &dialog, const QList<EmailAddress> &mentees, QDate day = QDate(2026, 11, 27),
              QTime time = QTime(10, 0), const QString &zone = u"Europe/Berlin"_s)
    {
        SessionDraft draft = dialog.draft();
        draft.mentees = mentees;
        draft.subject = u"Career conversation"_s;
        draft.timeZoneId = zone;
        draft.date = day;
        draft.time = time;
        draft.durationMinutes = 60;
        dialog.setDraft(draft);
        return waitForSchedules(dialog);
    }

    static bool waitForSchedules(NewSessionDialog &dialog)
    {
        if (!QTest::qWaitFor([&] { return !dialog.isLookingUpSchedules(); }, 15000))
            return false;
        return dialog.schedulingStrip()->message().isEmpty();
    }

    SandboxFixture sandbox;
    ManualClock clock;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    GraphClient client;
    Outbox outbox;
    DraftStore drafts;
    CalendarStore calendar;
    BookingService service;
};

int rowOf(SchedulingStrip *strip, const EmailAddress &who)
{
    for (int i = 0; i < strip->rowCount(); ++i) {
        if (strip->row(i).person.address.compare(who.address, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString time(int hour, int minute = 0)
{
    return BookingText::time(QTime(hour, minute));
}

} // namespace

class TestSchedulingStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void rowsForTheMentorAndEachMentee();
    void busyWhereTheTenantHasEvents();
    void workingHoursInEachPersonsZone_data();
    void workingHoursInEachPersonsZone();
    void clickingAFreeSlotSetsTheTime();
    void keyboard();
    void outsideTheOrganisationIsNeverFree();
    void localTimeOfTheMentees_data();
    void localTimeOfTheMentees();
    void refreshesAfterAPause();
    void waitingCanBeStoppedAndErrorsKeepTheDraft();
    void accessibleNames();
    void screenshots_data();
    void screenshots();
};

void TestSchedulingStrip::cleanup()
{
    Theme::apply(Theme::Mode::Light);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestSchedulingStrip::rowsForTheMentorAndEachMentee()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    QVERIFY(f.open(dialog, {kPriya, kKenji, kOutside}));
    SchedulingStrip *strip = dialog.schedulingStrip();
    QCOMPARE(strip->rowCount(), 4);
    QVERIFY(strip->row(0).isYou);
    QCOMPARE(strip->row(0).person.address, f.service.organizerAddress());
    QVERIFY(strip->row(0).known);
    QCOMPARE(strip->row(1).person, kPriya);
    QCOMPARE(strip->row(2).person, kKenji);
    QCOMPARE(strip->row(3).person, kOutside);
    QVERIFY(strip->row(1).known && strip->row(2).known);
    QVERIFY(!strip->row(3).known);
    // The day in the dialog's zone, in 15-minute slots.
    QCOMPARE(strip->view().startUtc, GraphTime::utc(QDate(2026, 11, 26), QTime(23, 0)));
    QCOMPARE(strip->view().endUtc, GraphTime::utc(QDate(2026, 11, 27), QTime(23, 0)));
    // The chosen time is marked.
    QCOMPARE(strip->selection().startUtc, GraphTime::utc(QDate(2026, 11, 27), QTime(9, 0)));
    QCOMPARE(strip->selection().endUtc, GraphTime::utc(QDate(2026, 11, 27), QTime(10, 0)));
}

void TestSchedulingStrip::busyWhereTheTenantHasEvents()
{
    Fixture f;
    const QDate day(2026, 11, 27);
    f.addEvent(kKenji, GraphTime::utc(day, QTime(9, 0)), GraphTime::utc(day, QTime(10, 0)), u"busy"_s);
    f.addEvent(kKenji, GraphTime::utc(day, QTime(13, 0)), GraphTime::utc(day, QTime(13, 30)), u"tentative"_s);
    f.addEvent(kPriya, GraphTime::utc(day, QTime(11, 0)), GraphTime::utc(day, QTime(12, 0)), u"oof"_s);
    f.addEvent(kPriya, GraphTime::utc(day, QTime(14, 0)), GraphTime::utc(day, QTime(15, 0)), u"workingElsewhere"_s);
    NewSessionDialog dialog(&f.service);
    QVERIFY(f.open(dialog, {kPriya, kKenji}));
    SchedulingStrip *strip = dialog.schedulingStrip();
    const FreeBusyRow &kenji = strip->row(rowOf(strip, kKenji));
    QCOMPARE(kenji.availabilityAt(GraphTime::utc(day, QTime(9, 30))), Availability::Busy);
    QCOMPARE(kenji.availabilityAt(GraphTime::utc(day, QTime(13, 15))), Availability::Tentative);
    QCOMPARE(kenji.availabilityAt(GraphTime::utc(day, QTime(16, 0))), Availability::Free);
    const FreeBusyRow &priya = strip->row(rowOf(strip, kPriya));
    QCOMPARE(priya.availabilityAt(GraphTime::utc(day, QTime(11, 30))), Availability::OutOfOffice);
    QCOMPARE(priya.availabilityAt(GraphTime::utc(day, QTime(14, 30))), Availability::WorkingElsewhere);
    // In words, on the dialog's clock (Berlin, UTC+1 in November).
    const QString kenjiSummary = strip->rowSummary(rowOf(strip, kKenji));
    QVERIFY2(kenjiSummary.startsWith(u"Kenji Tanaka: busy %1–%2"_s.arg(time(10), time(11))), qPrintable(kenjiSummary));
    QVERIFY2(kenjiSummary.contains(u"tentative %1–%2"_s.arg(time(14), time(14, 30))), qPrintable(kenjiSummary));
    QVERIFY2(kenjiSummary.contains(u"free otherwise"_s), qPrintable(kenjiSummary));
    const QString priyaSummary = strip->rowSummary(rowOf(strip, kPriya));
    QVERIFY2(priyaSummary.contains(u"away %1–%2"_s.arg(time(12), time(13))), qPrintable(priyaSummary));
    QVERIFY2(priyaSummary.contains(u"working elsewhere %1–%2"_s.arg(time(15), time(16))), qPrintable(priyaSummary));

    // Drawn, not only known: the busy block is painted in the accent colour, a free slot is not.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = strip->grab().toImage();
    const int kenjiRow = rowOf(strip, kKenji);
    const QRect busy = strip->slotRect(kenjiRow, GraphTime::utc(day, QTime(9, 30)));
    const QRect free = strip->slotRect(kenjiRow, GraphTime::utc(day, QTime(16, 0)));
    const qreal dpr = image.devicePixelRatio();
    const auto pixel = [&](const QRect &r) {
        return image.pixelColor(QPoint(int((r.left() + 3) * dpr), int((r.top() + 2) * dpr)));
    };
    QCOMPARE(pixel(busy), Theme::accent());
    QVERIFY(pixel(free) != Theme::accent());
}

void TestSchedulingStrip::workingHoursInEachPersonsZone_data()
{
    QTest::addColumn<EmailAddress>("who");
    QTest::addColumn<QTime>("fromUtc"); // on Friday 27 Nov 2026
    QTest::addColumn<QTime>("toUtc");
    QTest::addColumn<QString>("words");
    QTest::newRow("Tokyo, 10:00-19:00 there")
        << kKenji << QTime(1, 0) << QTime(10, 0)
        << u"working hours %1–%2 Tokyo time (%3–%4 here)"_s.arg(time(10), time(19), time(2), time(11));
    QTest::newRow("Seattle, 07:00-15:30 there")
        << kMaria << QTime(15, 0) << QTime(23, 0) // the view ends at midnight in Berlin
        << u"working hours %1–%2 Los Angeles time (%3–%4, %5–%3 here)"_s.arg(time(7), time(15, 30), time(0),
                                                                             time(0, 30), time(16));
    QTest::newRow("Bengaluru, 09:30-18:30 there")
        << kPriya << QTime(4, 0) << QTime(13, 0)
        << u"working hours %1–%2 Kolkata time (%3–%4 here)"_s.arg(time(9, 30), time(18, 30), time(5), time(14));
    QTest::newRow("Dublin, a four-day week") << kLiam << QTime() << QTime() << u"not a working day for them"_s;
}

void TestSchedulingStrip::workingHoursInEachPersonsZone()
{
    QFETCH(EmailAddress, who);
    QFETCH(QTime, fromUtc);
    QFETCH(QTime, toUtc);
    QFETCH(QString, words);
    Fixture f;
    NewSessionDialog dialog(&f.service);
    QVERIFY(f.open(dialog, {who}));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SchedulingStrip *strip = dialog.schedulingStrip();
    const int index = rowOf(strip, who);
    QVERIFY(index > 0);
    const FreeBusyRow &row = strip->row(index);
    const QDate day(2026, 11, 27);
    if (fromUtc.isValid()) {
        // Seattle's Thursday also reaches into Friday in Berlin: each day of theirs is placed on its own.
        QVERIFY(row.workingRanges.contains(TimeRange{GraphTime::utc(day, fromUtc), GraphTime::utc(day, toUtc)}));
    } else {
        QVERIFY(row.workingRanges.isEmpty());
    }
    QVERIFY2(strip->rowSummary(index).contains(words), qPrintable(strip->rowSummary(index)));

    // Shaded outside, plain inside: the row's background at the top edge of a free slot.
    const QImage image = strip->grab().toImage();
    const qreal dpr = image.devicePixelRatio();
    const auto background = [&](const QDateTime &at) {
        const QRect r = strip->slotRect(index, at);
        return image.pixelColor(QPoint(int((r.left() + 2) * dpr), int((r.top() - 1) * dpr)));
    };
    const QColor base = strip->palette().color(QPalette::Base);
    if (fromUtc.isValid()) {
        QCOMPARE(background(GraphTime::utc(day, fromUtc).addSecs(1800)), base);
        QVERIFY(background(GraphTime::utc(day, fromUtc).addSecs(-3600)) != base);
    } else {
        QVERIFY(background(GraphTime::utc(day, QTime(10, 0))) != base);
    }
}

void TestSchedulingStrip::clickingAFreeSlotSetsTheTime()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    QVERIFY(f.open(dialog, {kKenji}));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SchedulingStrip *strip = dialog.schedulingStrip();
    // The first slot after 08:00 Berlin where both are free.
    QDateTime free;
    for (QDateTime at = GraphTime::utc(QDate(2026, 11, 27), QTime(7, 0)); at < strip->view().endUtc;
         at = at.addSecs(15 * 60)) {
        if (strip->row(0).availabilityAt(at) == Availability::Free
            && strip->row(1).availabilityAt(at) == Availability::Free && at != strip->selection().startUtc) {
            free = at;
            break;
        }
    }
    QVERIFY(free.isValid());
    QSignalSpy chosen(strip, &SchedulingStrip::timeChosen);
    QTest::mouseClick(strip, Qt::LeftButton, {}, strip->slotRect(1, free).center());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(dialog.draft().startUtc(), free);
    QCOMPARE(dialog.draft().durationMinutes, 60); // a click keeps the length
    QCOMPARE(strip->selection().startUtc, free);
    QVERIFY(dialog.isVisible()); // choosing does not book
    QVERIFY(!dialog.isLookingUpSchedules()); // the same day: nothing to look up again
}

void TestSchedulingStrip::keyboard()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    QVERIFY(f.open(dialog, {kKenji, kOutside}));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SchedulingStrip *strip = dialog.schedulingStrip();
    // Reached with Tab from the Teams box.
    QWidget *teams = dialog.findChild<QWidget *>(u"teamsCheck"_s);
    teams->setFocus();
    QTest::keyClick(teams, Qt::Key_Tab);
    QTRY_VERIFY(strip->hasFocus());
    // The cursor starts at the chosen time; Right moves it a slot, Enter takes it.
    QCOMPARE(strip->cursorTime(), GraphTime::utc(QDate(2026, 11, 27), QTime(9, 0)));
    QTest::keyClick(strip, Qt::Key_Right);
    QTest::keyClick(strip, Qt::Key_Right);
    QTest::keyClick(strip, Qt::Key_PageDown);
    QCOMPARE(strip->cursorTime(), GraphTime::utc(QDate(2026, 11, 27), QTime(10, 30)));
    QVERIFY2(strip->accessibleDescription().startsWith(time(11, 30) + u": You "_s),
             qPrintable(strip->accessibleDescription()));
    QVERIFY(strip->accessibleDescription().contains(u"Sam Guest: no free/busy available"_s));
    QTest::keyClick(strip, Qt::Key_Return);
    QCOMPARE(dialog.draft().time, QTime(11, 30));
    QVERIFY(dialog.isVisible()); // Enter in the strip sets the time, it does not book
    QTest::keyClick(strip, Qt::Key_Home);
    QTest::keyClick(strip, Qt::Key_Space);
    QCOMPARE(dialog.draft().time, QTime(0, 0));
    QTest::keyClick(strip, Qt::Key_Down);
    QTest::keyClick(strip, Qt::Key_Down);
    QCOMPARE(strip->cursorRow(), 2);
    QTest::keyClick(strip, Qt::Key_Down);
    QCOMPARE(strip->cursorRow(), 2);
    QTest::keyClick(strip, Qt::Key_End);
    QCOMPARE(strip->cursorTime(), GraphTime::utc(QDate(2026, 11, 27), QTime(22, 45)));

    // Right to left: the day runs from the right, and Left moves later.
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    QTest::keyClick(strip, Qt::Key_Home);
    QTest::keyClick(strip, Qt::Key_Left);
    QCOMPARE(strip->cursorTime(), GraphTime::utc(QDate(2026, 11, 26), QTime(23, 15)));
    QVERIFY(strip->slotRect(0, strip->view().startUtc).left() > strip->slotRect(0, strip->cursorTime()).left());
}

void TestSchedulingStrip::outsideTheOrganisationIsNeverFree()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    QVERIFY(f.open(dialog, {kOutside}));
    SchedulingStrip *strip = dialog.schedulingStrip();
    const int index = rowOf(strip, kOutside);
    QVERIFY(index > 0);
    const FreeBusyRow &row = strip->row(index);
    QVERIFY(!row.known);
    for (QDateTime at = strip->view().startUtc; at < strip->view().endUtc; at = at.addSecs(15 * 60))
        QCOMPARE(row.availabilityAt(at), Availability::Unknown);
    const QString summary = strip->rowSummary(index);
    QVERIFY2(summary.startsWith(u"Sam Guest: no free/busy available."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"does not know Sam Guest"_s), qPrintable(summary));
    QVERIFY(!summary.contains(u"free otherwise"_s) && !summary.contains(u"free all day"_s));
    // Their clock is not known either.
    QCOMPARE(dialog.localTimesText(), u"%1 for you · Sam's local time is not known"_s.arg(time(10)));
}

void TestSchedulingStrip::localTimeOfTheMentees_data()
{
    QTest::addColumn<QString>("zone"); // the dialog's
    QTest::addColumn<EmailAddress>("who");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<QString>("expected");
    const QString berlin = u"Europe/Berlin"_s;
    QTest::newRow("Tokyo from Berlin in winter") << berlin << kKenji << QDate(2026, 11, 27) << QTime(10, 0)
                                                 << u"%1 for you · %2 for Kenji (Tokyo)"_s.arg(time(10), time(18));
    QTest::newRow("Tokyo from Berlin in summer time") << berlin << kKenji << QDate(2026, 7, 10) << QTime(10, 0)
                                                      << u"%1 for you · %2 for Kenji (Tokyo)"_s.arg(time(10), time(17));
    // The US changes its clocks on 8 March and 1 November 2026, Europe on 29 March and 25 October.
    QTest::newRow("Seattle from Berlin, in step")
        << berlin << kMaria << QDate(2026, 11, 27) << QTime(17, 0)
        << u"%1 for you · %2 for María (Los Angeles)"_s.arg(time(17), time(8));
    QTest::newRow("Seattle from Berlin, out of step in March")
        << berlin << kMaria << QDate(2026, 3, 20) << QTime(17, 0)
        << u"%1 for you · %2 for María (Los Angeles)"_s.arg(time(17), time(9));
    QTest::newRow("Seattle from Berlin, out of step in October")
        << berlin << kMaria << QDate(2026, 10, 28) << QTime(17, 0)
        << u"%1 for you · %2 for María (Los Angeles)"_s.arg(time(17), time(9));
    QTest::newRow("Dublin from New York, in step")
        << u"America/New_York"_s << kLiam << QDate(2026, 11, 26) << QTime(10, 0)
        << u"%1 for you · %2 for Liam (London)"_s.arg(time(10), time(15));
    QTest::newRow("Dublin from New York, out of step")
        << u"America/New_York"_s << kLiam << QDate(2026, 3, 19) << QTime(10, 0)
        << u"%1 for you · %2 for Liam (London)"_s.arg(time(10), time(14));
    QTest::newRow("Bengaluru, half an hour off")
        << berlin << kPriya << QDate(2026, 11, 27) << QTime(10, 0)
        << u"%1 for you · %2 for Priya (Kolkata)"_s.arg(time(10), time(14, 30));
    QTest::newRow("Tokyo on the next day") << berlin << kKenji << QDate(2026, 11, 27) << QTime(20, 0)
                                           << u"%1 for you · %2 %3 for Kenji (Tokyo)"_s.arg(
                                                  time(20), time(4), QLocale().toString(QDate(2026, 11, 28), u"ddd"_s));
}

void TestSchedulingStrip::localTimeOfTheMentees()
{
    QFETCH(QString, zone);
    QFETCH(EmailAddress, who);
    QFETCH(QDate, day);
    QFETCH(QTime, at);
    QFETCH(QString, expected);
    Fixture f;
    NewSessionDialog dialog(&f.service);
    SessionDraft draft = dialog.draft();
    draft.mentees = {who};
    draft.timeZoneId = zone;
    draft.date = day;
    draft.time = at;
    dialog.setDraft(draft);
    // Until getSchedule answers, the dialog says it is looking.
    QCOMPARE(dialog.localTimesText(),
             u"%1 for you · looking up %2's time zone…"_s.arg(BookingText::time(at), FreeBusy::firstName(who)));
    QVERIFY(Fixture::waitForSchedules(dialog));
    QCOMPARE(dialog.localTimesText(), expected);
}

void TestSchedulingStrip::refreshesAfterAPause()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    QVERIFY(f.open(dialog, {kKenji}));
    SchedulingStrip *strip = dialog.schedulingStrip();
    // Another day: the old day's rows go at once, the new ones come after a pause.
    auto *dateEdit = dialog.findChild<QDateEdit *>(u"dateEdit"_s);
    dateEdit->setDate(QDate(2026, 11, 30));
    dateEdit->setDate(QDate(2026, 12, 1));
    QVERIFY(dialog.isLookingUpSchedules());
    QCOMPARE(strip->rowCount(), 0);
    QVERIFY(Fixture::waitForSchedules(dialog));
    QCOMPARE(strip->view().startUtc, GraphTime::utc(QDate(2026, 11, 30), QTime(23, 0)));
    QCOMPARE(strip->rowCount(), 2);
    // Another mentee.
    auto *mentees = dialog.findChild<QLineEdit *>(u"menteesEdit"_s);
    mentees->setText(mentees->text() + u", "_s + kPriya.address);
    QVERIFY(dialog.isLookingUpSchedules());
    QVERIFY(Fixture::waitForSchedules(dialog));
    QCOMPARE(strip->rowCount(), 3);
    // The time alone needs no lookup: only the outline moves.
    dialog.findChild<QTimeEdit *>(u"timeEdit"_s)->setTime(QTime(15, 0));
    QVERIFY(!dialog.isLookingUpSchedules());
    QCOMPARE(strip->selection().startUtc, GraphTime::utc(QDate(2026, 12, 1), QTime(14, 0)));
}

void TestSchedulingStrip::waitingCanBeStoppedAndErrorsKeepTheDraft()
{
    Fixture f;
    f.sandbox.addFault(QJsonObject{{"method"_L1, u"POST"_s},
                                   {"path"_L1, u"/v1.0/me/calendar/getSchedule"_s},
                                   {"type"_L1, u"delay"_s},
                                   {"delayMs"_L1, 4000}});
    NewSessionDialog dialog(&f.service);
    dialog.show();
    SessionDraft draft = dialog.draft();
    draft.mentees = {kKenji};
    draft.subject = u"Slow network"_s;
    draft.date = QDate(2026, 11, 27);
    draft.time = QTime(10, 0);
    dialog.setDraft(draft);
    auto *busy = dialog.findChild<BusyIndicator *>(u"scheduleBusy"_s);
    QTRY_VERIFY(busy->isBusy());
    QCOMPARE(busy->text(), u"Looking up free/busy…"_s);
    QVERIFY(busy->cancelButton()->isVisible());
    QCOMPARE(busy->cancelButton()->accessibleName(), u"Stop looking up free/busy"_s);
    QTest::mouseClick(busy->cancelButton(), Qt::LeftButton);
    QVERIFY(!busy->isBusy());
    QVERIFY(!dialog.isLookingUpSchedules());
    QVERIFY2(dialog.schedulingStrip()->message().startsWith(u"Stopped looking up free/busy."_s),
             qPrintable(dialog.schedulingStrip()->message()));
    QCOMPARE(dialog.draft().subject, u"Slow network"_s);

    // Refused: a sentence in the strip, the draft as it was.
    f.sandbox.addFault(QJsonObject{{"method"_L1, u"POST"_s},
                                   {"path"_L1, u"/v1.0/me/calendar/getSchedule"_s},
                                   {"status"_L1, 403},
                                   {"code"_L1, u"ErrorAccessDenied"_s}});
    dialog.findChild<QDateEdit *>(u"dateEdit"_s)->setDate(QDate(2026, 11, 30));
    QVERIFY(!Fixture::waitForSchedules(dialog));
    const QString message = dialog.schedulingStrip()->message();
    QVERIFY2(message.startsWith(u"Could not look up free/busy: "_s) && message.endsWith(u"Your draft is kept."_s),
             qPrintable(message));
    QCOMPARE(dialog.draft().subject, u"Slow network"_s);
    QCOMPARE(dialog.draft().date, QDate(2026, 11, 30));
    QCOMPARE(dialog.localTimesText(), u"%1 for you · Kenji's local time is not known"_s.arg(time(10)));
}

void TestSchedulingStrip::accessibleNames()
{
    Fixture f;
    f.addEvent(kKenji, GraphTime::utc(QDate(2026, 11, 27), QTime(9, 0)),
               GraphTime::utc(QDate(2026, 11, 27), QTime(10, 0)), u"busy"_s);
    NewSessionDialog dialog(&f.service);
    QVERIFY(f.open(dialog, {kKenji, kOutside}));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SchedulingStrip *strip = dialog.schedulingStrip();
    QCOMPARE(strip->accessibleName(), u"Free/busy on the chosen day"_s);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(strip);
    QVERIFY(accessible);
    // One child per person, named after them, the row in words as its description.
    QStringList names;
    QStringList descriptions;
    for (int i = 0; i < accessible->childCount(); ++i) {
        names << accessible->child(i)->text(QAccessible::Name);
        descriptions << accessible->child(i)->text(QAccessible::Description);
    }
    QCOMPARE(names, (QStringList{u"You"_s, u"Kenji Tanaka"_s, u"Sam Guest"_s}));
    QVERIFY2(descriptions.at(1).startsWith(u"Kenji Tanaka: busy %1–%2"_s.arg(time(10), time(11))),
             qPrintable(descriptions.at(1)));
    QVERIFY(descriptions.at(1).contains(u"working hours %1–%2 Tokyo time"_s.arg(time(10), time(19))));
    QVERIFY(descriptions.at(2).startsWith(u"Sam Guest: no free/busy available"_s));
    QVERIFY(descriptions.at(0).startsWith(u"You: "_s));
    auto *localTimes = dialog.findChild<QLabel *>(u"localTimesNote"_s);
    QCOMPARE(localTimes->accessibleName(), dialog.localTimesText());
    checkScreen(&dialog, u"new-session-freebusy-a11y"_s);
}

void TestSchedulingStrip::screenshots_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("light") << Theme::Mode::Light << Qt::LeftToRight;
    QTest::newRow("dark") << Theme::Mode::Dark << Qt::LeftToRight;
    QTest::newRow("rtl") << Theme::Mode::Light << Qt::RightToLeft;
}

void TestSchedulingStrip::screenshots()
{
    QFETCH(Theme::Mode, mode);
    QFETCH(Qt::LayoutDirection, direction);
    Theme::apply(mode);
    QGuiApplication::setLayoutDirection(direction);
    const QString suffix = QString::fromLatin1(QTest::currentDataTag());
    Fixture f;
    const QDate day(2026, 11, 27);
    f.addEvent(kKenji, GraphTime::utc(day, QTime(9, 0)), GraphTime::utc(day, QTime(10, 0)), u"busy"_s);
    f.addEvent(kKenji, GraphTime::utc(day, QTime(5, 0)), GraphTime::utc(day, QTime(6, 0)), u"tentative"_s);
    f.addEvent(kPriya, GraphTime::utc(day, QTime(11, 0)), GraphTime::utc(day, QTime(12, 30)), u"oof"_s);
    f.addEvent(kPriya, GraphTime::utc(day, QTime(6, 0)), GraphTime::utc(day, QTime(8, 0)), u"workingElsewhere"_s);
    NewSessionDialog dialog(&f.service);
    QVERIFY(f.open(dialog, {kPriya, kKenji, kMaria, kOutside}, day, QTime(14, 0)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::processEvents();
    checkScreen(&dialog, u"new-session-freebusy-"_s + suffix);
    dialog.schedulingStrip()->setFocus();
    QTest::keyClick(dialog.schedulingStrip(), Qt::Key_Right);
    checkScreen(dialog.schedulingStrip(), u"scheduling-strip-"_s + suffix);
}

QTEST_MAIN(TestSchedulingStrip)
#include "tst_schedulingstrip.moc"
