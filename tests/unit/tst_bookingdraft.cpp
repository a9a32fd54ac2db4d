#include "core/booking/AddressList.h"
#include "core/booking/BookingText.h"
#include "core/booking/DraftStore.h"
#include "core/booking/DraftValidator.h"
#include "core/booking/OwnFreeTime.h"
#include "core/booking/PastAttendees.h"
#include "core/booking/SessionDraft.h"
#include "core/booking/SessionEventBuilder.h"
#include "core/common/Clock.h"
#include "core/model/GraphTime.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Field = DraftValidator::Field;

Q_DECLARE_METATYPE(MentorDesk::SessionDraft::RepeatKind)
Q_DECLARE_METATYPE(MentorDesk::SessionDraft::RepeatEnd)
Q_DECLARE_METATYPE(MentorDesk::DraftValidator::Field)

namespace {

const QDateTime kNow = QDateTime::fromString(u"2026-11-25T09:00:00Z"_s, Qt::ISODate); // a Wednesday
const QString kBerlin = u"Europe/Berlin"_s;

SessionDraft validDraft()
{
    SessionDraft draft = SessionDraft::create(kNow, QTimeZone(kBerlin.toUtf8()));
    draft.mentees = {EmailAddress{u"Priya Sharma"_s, u"priya.sharma@contoso.com"_s}};
    draft.subject = u"Career conversation"_s;
    draft.date = QDate(2026, 11, 27);
    draft.time = QTime(10, 0);
    draft.durationMinutes = 60;
    return draft;
}

Calendar calendar(const QString &id, Calendar::Kind kind, bool canEdit, bool isDefault = false)
{
    Calendar c;
    c.id = id;
    c.name = id;
    c.kind = kind;
    c.canEdit = canEdit;
    c.isDefaultCalendar = isDefault;
    c.owner = EmailAddress{kind == Calendar::Kind::Own ? u"Alex Mentor"_s : u"Sofia Rossi"_s,
                           kind == Calendar::Kind::Own ? u"mentor@contoso.com"_s : u"sofia.rossi@contoso.com"_s};
    c.allowedOnlineMeetingProviders = {OnlineMeetingProvider::TeamsForBusiness};
    return c;
}

Event busyEvent(const QString &id, const QString &startIso, const QString &endIso,
                Event::ShowAs showAs = Event::ShowAs::Busy)
{
    Event event;
    event.id = id;
    event.subject = id;
    event.start = QDateTime::fromString(startIso, Qt::ISODate).toUTC();
    event.end = QDateTime::fromString(endIso, Qt::ISODate).toUTC();
    event.showAs = showAs;
    return event;
}

} // namespace

class TestBookingDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAddresses_data();
    void parseAddresses();
    void addressValidity_data();
    void addressValidity();
    void formatAddresses();
    void newDraftStartsAtTheNextFullHour();
    void startIsWallClockInTheDraftZone();
    void validation_data();
    void validation();
    void ownWritableCalendarsOnly();
    void eventJson();
    void agendaIsEscapedIntoTheBody_data();
    void agendaIsEscapedIntoTheBody();
    void recurrence_data();
    void recurrence();
    void effectiveSubject();
    void draftJsonRoundTrip();
    void draftStoreSurvivesARestart();
    void draftStoreSetsABrokenFileAside();
    void ownFreeTime();
    void pastAttendees();
    void bookingTexts();
};

void TestBookingDraft::parseAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("addresses");

    QTest::newRow("empty") << QString() << QStringList{} << QStringList{};
    QTest::newRow("one bare") << u"  priya@contoso.com "_s << QStringList{QString()}
                              << QStringList{u"priya@contoso.com"_s};
    QTest::newRow("name and address") << u"Priya Sharma <priya@contoso.com>"_s << QStringList{u"Priya Sharma"_s}
                                      << QStringList{u"priya@contoso.com"_s};
    QTest::newRow("commas and semicolons")
        << u"a@x.org, Jonas <jonas@x.org>; c@x.org,,"_s << QStringList{QString(), u"Jonas"_s, QString()}
        << QStringList{u"a@x.org"_s, u"jonas@x.org"_s, u"c@x.org"_s};
    QTest::newRow("quoted name with comma")
        << uR"("Rossi, Sofia" <sofia@x.org>, b@x.org)"_s << QStringList{u"Rossi, Sofia"_s, QString()}
        << QStringList{u"sofia@x.org"_s, u"b@x.org"_s};
    QTest::newRow("duplicates kept once")
        << u"a@x.org, A@X.ORG, Anna <a@x.org>"_s << QStringList{QString()} << QStringList{u"a@x.org"_s};
    QTest::newRow("garbage kept for validation") << u"not an address, b@x.org"_s << QStringList{QString(), QString()}
                                                 << QStringList{u"not an address"_s, u"b@x.org"_s};
    QTest::newRow("new lines") << u"a@x.org\nb@x.org"_s << QStringList{QString(), QString()}
                               << QStringList{u"a@x.org"_s, u"b@x.org"_s};
}

void TestBookingDraft::parseAddresses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QStringList, addresses);
    const QList<EmailAddress> parsed = AddressList::parse(text);
    QStringList parsedNames, parsedAddresses;
    for (const EmailAddress &address : parsed) {
        parsedNames << address.name;
        parsedAddresses << address.address;
    }
    QCOMPARE(parsedNames, names);
    QCOMPARE(parsedAddresses, addresses);
}

void TestBookingDraft::addressValidity_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"priya.sharma@contoso.com"_s << true;
    QTest::newRow("plus and sub-domain") << u"p+mentoring@mail.contoso.co.uk"_s << true;
    QTest::newRow("international") << u"jürgen@müller.de"_s << true;
    QTest::newRow("no at") << u"priya.contoso.com"_s << false;
    QTest::newRow("no domain dot") << u"priya@contoso"_s << false;
    QTest::newRow("two ats") << u"a@b@contoso.com"_s << false;
    QTest::newRow("space") << u"priya sharma@contoso.com"_s << false;
    QTest::newRow("leading dot") << u".priya@contoso.com"_s << false;
    QTest::newRow("double dot") << u"priya..s@contoso.com"_s << false;
    QTest::newRow("angle bracket") << u"<priya@contoso.com"_s << false;
    QTest::newRow("hyphen label edge") << u"priya@-contoso.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestBookingDraft::addressValidity()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(AddressList::isValidAddress(address), valid);
}

void TestBookingDraft::formatAddresses()
{
    const QList<EmailAddress> list{
        {u"Priya Sharma"_s, u"priya@x.org"_s}, {QString(), u"b@x.org"_s}, {u"Rossi, Sofia"_s, u"sofia@x.org"_s}};
    const QString text = AddressList::format(list);
    QCOMPARE(text, uR"(Priya Sharma <priya@x.org>, b@x.org, "Rossi, Sofia" <sofia@x.org>)"_s);
    QCOMPARE(AddressList::parse(text), list); // round trip
}

void TestBookingDraft::newDraftStartsAtTheNextFullHour()
{
    // 10:00 in Berlin now: +30 min = 10:30, next full hour 11:00.
    const SessionDraft draft = SessionDraft::create(kNow, QTimeZone(kBerlin.toUtf8()));
    QCOMPARE(draft.timeZoneId, kBerlin);
    QCOMPARE(draft.date, QDate(2026, 11, 25));
    QCOMPARE(draft.time, QTime(11, 0));
    QCOMPARE(draft.startUtc(), QDateTime::fromString(u"2026-11-25T10:00:00Z"_s, Qt::ISODate));
    QVERIFY(!draft.id.isEmpty() && !draft.transactionId.isEmpty() && !draft.meetingExternalId.isEmpty());
    QVERIFY(draft.transactionId != draft.id && draft.meetingExternalId != draft.transactionId);
    QVERIFY(draft.transactionId != SessionDraft::create(kNow).transactionId); // fresh per draft
    QVERIFY(draft.isBlank());
    QCOMPARE(draft.createdUtc, kNow);
}

void TestBookingDraft::startIsWallClockInTheDraftZone()
{
    SessionDraft draft = validDraft();
    draft.date = QDate(2026, 3, 30); // after the spring change: UTC+2
    draft.time = QTime(10, 0);
    QCOMPARE(draft.startUtc(), QDateTime::fromString(u"2026-03-30T08:00:00Z"_s, Qt::ISODate));
    QCOMPARE(draft.endUtc(), QDateTime::fromString(u"2026-03-30T09:00:00Z"_s, Qt::ISODate));
    draft.timeZoneId = u"Asia/Tokyo"_s; // the same wall clock elsewhere
    QCOMPARE(draft.startUtc(), QDateTime::fromString(u"2026-03-30T01:00:00Z"_s, Qt::ISODate));
    draft.setStartUtc(QDateTime::fromString(u"2026-12-01T05:30:00Z"_s, Qt::ISODate));
    QCOMPARE(draft.date, QDate(2026, 12, 1));
    QCOMPARE(draft.time, QTime(14, 30));
    draft.timeZoneId = u"Not/AZone"_s;
    QVERIFY(!draft.startUtc().isValid());
}

void TestBookingDraft::validation_data()
{
    QTest::addColumn<SessionDraft>("draft");
    QTest::addColumn<QList<Field>>("fields");
    QTest::addColumn<QString>("message"); // a part of the first message

    const SessionDraft valid = validDraft();
    QTest::newRow("valid") << valid << QList<Field>{} << QString();

    SessionDraft d = valid;
    d.mentees.clear();
    QTest::newRow("no mentee") << d << QList<Field>{Field::Mentees} << u"at least one mentee"_s;
    d = valid;
    d.mentees = AddressList::parse(u"priya@contoso.com, jonas at contoso"_s);
    QTest::newRow("one bad address") << d << QList<Field>{Field::Mentees} << u"\"jonas at contoso\" is not"_s;
    d.mentees = AddressList::parse(u"x, y"_s);
    QTest::newRow("two bad addresses") << d << QList<Field>{Field::Mentees} << u"\"x\", \"y\""_s;
    d = valid;
    d.mentees = AddressList::parse(u"MENTOR@contoso.com"_s);
    QTest::newRow("own address") << d << QList<Field>{Field::Mentees} << u"your own address"_s;
    d = valid;
    d.date = QDate(2026, 11, 25);
    d.time = QTime(9, 30); // 08:30Z, before now
    QTest::newRow("in the past") << d << QList<Field>{Field::Start} << u"in the past"_s;
    d.time = QTime(10, 0); // exactly now
    QTest::newRow("exactly now") << d << QList<Field>{Field::Start} << u"in the past"_s;
    d = valid;
    d.date = QDate();
    QTest::newRow("no date") << d << QList<Field>{Field::Start} << u"Pick a date"_s;
    d = valid;
    d.durationMinutes = 0;
    QTest::newRow("no duration") << d << QList<Field>{Field::Duration, Field::Duration} << u"between 15 minutes"_s;
    d.durationMinutes = 10;
    QTest::newRow("too short") << d << QList<Field>{Field::Duration} << u"between 15 minutes and 8 hours"_s;
    d.durationMinutes = 9 * 60;
    QTest::newRow("too long") << d << QList<Field>{Field::Duration} << u"8 hours"_s;
    d = valid;
    d.timeZoneId = u"Mars/Olympus"_s;
    QTest::newRow("unknown zone") << d << QList<Field>{Field::TimeZone} << u"time zone"_s;
    d = valid;
    d.subject = QString(300, u'x');
    QTest::newRow("long subject") << d << QList<Field>{Field::Subject} << u"255"_s;
    d = valid;
    d.repeat.kind = SessionDraft::RepeatKind::Weekly;
    d.repeat.count = 1;
    QTest::newRow("series of one") << d << QList<Field>{Field::Repeat} << u"between 2 and 104"_s;
    d.repeat.end = SessionDraft::RepeatEnd::UntilDate;
    d.repeat.until = valid.date;
    QTest::newRow("series ends on its start") << d << QList<Field>{Field::Repeat} << u"end after its first"_s;
    d.repeat.until = valid.date.addYears(3);
    QTest::newRow("series too long") << d << QList<Field>{Field::Repeat} << u"two years"_s;
    d.repeat.until = QDate();
    QTest::newRow("series without end date") << d << QList<Field>{Field::Repeat} << u"Pick the date"_s;
    d.repeat.until = valid.date.addMonths(2);
    QTest::newRow("series until a date") << d << QList<Field>{} << QString();
    d = valid;
    d.reminderMinutes = 30 * 24 * 60;
    QTest::newRow("reminder a month before") << d << QList<Field>{Field::Reminder} << u"two weeks"_s;
}

void TestBookingDraft::validation()
{
    QFETCH(SessionDraft, draft);
    QFETCH(QList<Field>, fields);
    QFETCH(QString, message);
    const QList<DraftValidator::Issue> issues = DraftValidator::validate(draft, {kNow, {}, u"mentor@contoso.com"_s});
    QList<Field> actual;
    for (const auto &issue : issues) {
        actual << issue.field;
        QVERIFY(!issue.message.isEmpty());
    }
    QCOMPARE(actual, fields);
    if (!message.isEmpty())
        QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
}

void TestBookingDraft::ownWritableCalendarsOnly()
{
    const QList<Calendar> calendars{calendar(u"own"_s, Calendar::Kind::Own, true, true),
                                    calendar(u"birthdays"_s, Calendar::Kind::Own, false),
                                    calendar(u"sofia"_s, Calendar::Kind::Delegate, true)};
    const DraftValidator::Context context{kNow, calendars, {}};
    SessionDraft draft = validDraft();
    draft.calendarId = u"own"_s;
    QVERIFY(DraftValidator::validate(draft, context).isEmpty());
    draft.calendarId.clear(); // the default calendar
    QVERIFY(DraftValidator::validate(draft, context).isEmpty());
    draft.calendarId = u"birthdays"_s;
    auto issues = DraftValidator::validate(draft, context);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, Field::Calendar);
    QVERIFY(issues.first().message.contains(u"read-only"_s));
    draft.calendarId = u"sofia"_s; // a delegate could write, MentorDesk's scopes cannot
    issues = DraftValidator::validate(draft, context);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(u"belongs to Sofia Rossi"_s));
    draft.calendarId = u"gone"_s;
    QVERIFY(DraftValidator::validate(draft, context).first().message.contains(u"no longer exists"_s));
    QCOMPARE(DraftValidator::issuesFor(DraftValidator::validate(draft, context), Field::Mentees).size(), 0);
}

void TestBookingDraft::eventJson()
{
    SessionDraft draft = validDraft();
    draft.mentees = AddressList::parse(u"Priya Sharma <priya.sharma@contoso.com>, jonas.weber@contoso.com"_s);
    draft.reminderMinutes = 30;
    const QJsonObject teams = SessionEventBuilder::eventJson(draft, true);
    QCOMPARE(teams.value("subject"_L1).toString(), u"Career conversation"_s);
    // The wall-clock time in the draft's zone, named as Outlook names it.
    QCOMPARE(teams.value("start"_L1).toObject().value("timeZone"_L1).toString(), u"W. Europe Standard Time"_s);
    QCOMPARE(teams.value("start"_L1).toObject().value("dateTime"_L1).toString(), u"2026-11-27T10:00:00.0000000"_s);
    QCOMPARE(teams.value("end"_L1).toObject().value("dateTime"_L1).toString(), u"2026-11-27T11:00:00.0000000"_s);
    const QJsonArray attendees = teams.value("attendees"_L1).toArray();
    QCOMPARE(attendees.size(), 2);
    QCOMPARE(attendees.at(0).toObject().value("type"_L1).toString(), u"required"_s);
    QCOMPARE(attendees.at(0).toObject().value("emailAddress"_L1).toObject().value("name"_L1).toString(),
             u"Priya Sharma"_s);
    QVERIFY(!attendees.at(1).toObject().value("emailAddress"_L1).toObject().contains("name"_L1));
    QCOMPARE(teams.value("transactionId"_L1).toString(), draft.transactionId);
    QCOMPARE(teams.value("isOnlineMeeting"_L1).toBool(), true);
    QCOMPARE(teams.value("onlineMeetingProvider"_L1).toString(), u"teamsForBusiness"_s);
    QCOMPARE(teams.value("isReminderOn"_L1).toBool(), true);
    QCOMPARE(teams.value("reminderMinutesBeforeStart"_L1).toInt(), 30);
    QVERIFY(!teams.contains("recurrence"_L1));
    QVERIFY(!teams.contains("body"_L1)); // no agenda, no body

    draft.reminderMinutes = -1;
    const QJsonObject plain = SessionEventBuilder::eventJson(draft, false);
    QVERIFY(!plain.contains("isOnlineMeeting"_L1));
    QVERIFY(!plain.contains("onlineMeetingProvider"_L1));
    QCOMPARE(plain.value("isReminderOn"_L1).toBool(), false);
    QVERIFY(!plain.contains("reminderMinutesBeforeStart"_L1));
}

void TestBookingDraft::agendaIsEscapedIntoTheBody_data()
{
    QTest::addColumn<QString>("agenda");
    QTest::addColumn<QString>("html");
    QTest::newRow("empty") << u"  \n "_s << QString();
    QTest::newRow("plain") << u"Goals for Q1"_s << u"<html><body><p>Goals for Q1</p></body></html>"_s;
    QTest::newRow("markup is text")
        << u"<script>alert('x')</script> & <b>bold</b>"_s
        << u"<html><body><p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p></body></html>"_s;
    QTest::newRow("paragraphs and lines") << u"1. Goals\r\n2. \"Blockers\"\n\n\nNext steps"_s
                                          << u"<html><body><p>1. Goals<br>2. &quot;Blockers&quot;</p><p>Next "
                                             u"steps</p></body></html>"_s;
}

void TestBookingDraft::agendaIsEscapedIntoTheBody()
{
    QFETCH(QString, agenda);
    QFETCH(QString, html);
    QCOMPARE(SessionEventBuilder::bodyHtml(agenda), html);
    SessionDraft draft = validDraft();
    draft.agenda = agenda;
    const QJsonObject event = SessionEventBuilder::eventJson(draft, true);
    if (html.isEmpty()) {
        QVERIFY(!event.contains("body"_L1));
    } else {
        QCOMPARE(event.value("body"_L1).toObject().value("contentType"_L1).toString(), u"html"_s);
        QCOMPARE(event.value("body"_L1).toObject().value("content"_L1).toString(), html);
    }
}

void TestBookingDraft::recurrence_data()
{
    QTest::addColumn<SessionDraft::RepeatKind>("kind");
    QTest::addColumn<SessionDraft::RepeatEnd>("end");
    QTest::addColumn<QString>("patternType");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("rangeType");
    using K = SessionDraft::RepeatKind;
    using E = SessionDraft::RepeatEnd;
    QTest::newRow("weekly, 6 times") << K::Weekly << E::Count << u"weekly"_s << 1 << u"numbered"_s;
    QTest::newRow("every 2 weeks, until") << K::EveryTwoWeeks << E::UntilDate << u"weekly"_s << 2 << u"endDate"_s;
    QTest::newRow("monthly, 6 times") << K::Monthly << E::Count << u"absoluteMonthly"_s << 1 << u"numbered"_s;
}

void TestBookingDraft::recurrence()
{
    QFETCH(SessionDraft::RepeatKind, kind);
    QFETCH(SessionDraft::RepeatEnd, end);
    QFETCH(QString, patternType);
    QFETCH(int, interval);
    QFETCH(QString, rangeType);
    SessionDraft draft = validDraft(); // Friday 27 Nov 2026
    draft.repeat = {kind, end, QDate(2027, 2, 26), 6};
    const QJsonObject recurrence = SessionEventBuilder::eventJson(draft, true).value("recurrence"_L1).toObject();
    const QJsonObject pattern = recurrence.value("pattern"_L1).toObject();
    const QJsonObject range = recurrence.value("range"_L1).toObject();
    QCOMPARE(pattern.value("type"_L1).toString(), patternType);
    QCOMPARE(pattern.value("interval"_L1).toInt(), interval);
    if (patternType == "weekly"_L1)
        QCOMPARE(pattern.value("daysOfWeek"_L1).toArray(), QJsonArray{u"friday"_s});
    else
        QCOMPARE(pattern.value("dayOfMonth"_L1).toInt(), 27);
    QCOMPARE(range.value("type"_L1).toString(), rangeType);
    QCOMPARE(range.value("startDate"_L1).toString(), u"2026-11-27"_s);
    QCOMPARE(range.value("recurrenceTimeZone"_L1).toString(), u"W. Europe Standard Time"_s);
    if (rangeType == "numbered"_L1)
        QCOMPARE(range.value("numberOfOccurrences"_L1).toInt(), 6);
    else
        QCOMPARE(range.value("endDate"_L1).toString(), u"2027-02-26"_s);
    QCOMPARE(Recurrence::fromJson(recurrence), draft.recurrence());
}

void TestBookingDraft::effectiveSubject()
{
    SessionDraft draft = validDraft();
    QCOMPARE(draft.effectiveSubject(), u"Career conversation"_s);
    draft.subject = u"   "_s;
    draft.mentees = AddressList::parse(u"Priya Sharma <p@x.org>, jonas@x.org"_s);
    QCOMPARE(draft.effectiveSubject(), u"Mentoring: Priya Sharma, jonas@x.org"_s);
    draft.mentees.clear();
    QCOMPARE(draft.effectiveSubject(), u"Mentoring session"_s);
}

void TestBookingDraft::draftJsonRoundTrip()
{
    SessionDraft draft = validDraft();
    draft.agenda = u"Line 1\nLine <2>"_s;
    draft.calendarId = u"AAMkAGcal1"_s;
    draft.reminderMinutes = -1;
    draft.repeat = {SessionDraft::RepeatKind::EveryTwoWeeks, SessionDraft::RepeatEnd::UntilDate, QDate(2027, 1, 8), 6};
    draft.teamsMeeting = false;
    draft.outboxId = 42;
    draft.lastError = u"You are offline."_s;
    draft.updatedUtc = kNow.addSecs(60);
    QCOMPARE(SessionDraft::fromJson(draft.toJson()), draft);
    // Unknown and missing fields read as defaults.
    const SessionDraft sparse = SessionDraft::fromJson(QJsonObject{{"id"_L1, u"x"_s}, {"extra"_L1, 1}});
    QCOMPARE(sparse.durationMinutes, SessionDraft::kDefaultDurationMinutes);
    QCOMPARE(sparse.repeat.kind, SessionDraft::RepeatKind::None);
    QVERIFY(sparse.teamsMeeting);
}

void TestBookingDraft::draftStoreSurvivesARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts/abc/booking-drafts.json"_s);
    ManualClock clock(kNow);
    SessionDraft first = validDraft();
    SessionDraft second = validDraft();
    second.id = SessionDraft::newGuid();
    second.subject = u"Second"_s;
    {
        DraftStore store(path, &clock);
        QVERIFY(store.load()); // no file yet: empty
        QCOMPARE(store.count(), 0);
        QVERIFY(store.save(first));
        clock.advance(10);
        QVERIFY(store.save(second));
        QCOMPARE(store.latest()->id, second.id);
        second.outboxId = 7;
        QVERIFY(store.save(second));
        QCOMPARE(store.findByOutboxId(7)->id, second.id);
        QVERIFY(!store.findByOutboxId(0));
    }
    QVERIFY(QFile::exists(path));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    DraftStore reopened(path, &clock);
    QVERIFY(reopened.load());
    QCOMPARE(reopened.count(), 2);
    QCOMPARE(reopened.latest()->id, second.id); // most recent first
    QCOMPARE(reopened.draft(first.id)->transactionId, first.transactionId);
    QCOMPARE(reopened.draft(second.id)->outboxId, 7);
    QVERIFY(reopened.remove(first.id));
    QVERIFY(!reopened.remove(first.id));
    DraftStore again(path, &clock);
    QVERIFY(again.load());
    QCOMPARE(again.count(), 1);
}

void TestBookingDraft::draftStoreSetsABrokenFileAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"booking-drafts.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\":1,\"drafts\":[");
    file.close();
    DraftStore store(path);
    QVERIFY(!store.load());
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(store.count(), 0);
    QVERIFY(QFile::exists(path + ".broken"_L1));
    QVERIFY(store.save(validDraft())); // and it works again
    DraftStore reopened(path);
    QVERIFY(reopened.load());
    QCOMPARE(reopened.count(), 1);
}

void TestBookingDraft::ownFreeTime()
{
    const QTimeZone berlin(kBerlin.toUtf8());
    // Thursday 26 Nov (Berlin = UTC+1): busy 08:00-10:00 local, a "free" event and a cancelled one don't count.
    QList<Event> events{
        busyEvent(u"busy"_s, u"2026-11-26T07:00:00Z"_s, u"2026-11-26T09:00:00Z"_s),
        busyEvent(u"free"_s, u"2026-11-26T09:00:00Z"_s, u"2026-11-26T10:00:00Z"_s, Event::ShowAs::Free),
        busyEvent(u"tentative"_s, u"2026-11-26T11:00:00Z"_s, u"2026-11-26T11:30:00Z"_s, Event::ShowAs::Tentative)};
    Event cancelled = busyEvent(u"cancelled"_s, u"2026-11-26T10:00:00Z"_s, u"2026-11-26T11:00:00Z"_s);
    cancelled.isCancelled = true;
    events << cancelled;
    OwnFreeTime::Options options;
    options.zone = berlin;
    options.maxSuggestions = 4;
    const QDateTime from = GraphTime::toUtc(QDate(2026, 11, 26), QTime(0, 0), berlin);
    const QDateTime to = GraphTime::toUtc(QDate(2026, 11, 30), QTime(0, 0), berlin);
    const QList<MeetingTimeSuggestion> found = OwnFreeTime::find(events, from, to, 60, kNow, options);
    QStringList starts;
    for (const auto &slot : found) {
        starts << slot.start.toTimeZone(berlin).toString(u"ddd HH:mm"_s);
        QCOMPARE(slot.start.secsTo(slot.end), 3600);
        QCOMPARE(slot.organizerAvailability, Event::ShowAs::Free);
    }
    // Local times: busy 08:00-10:00, "free" 10:00-11:00 and cancelled 11:00-12:00 do not block, tentative
    // 12:00-12:30 does (so 11:30 and 12:00 are out).
    QCOMPARE(starts, (QStringList{u"Thu 10:00"_s, u"Thu 10:30"_s, u"Thu 11:00"_s, u"Thu 12:30"_s}));

    // Weekends are skipped; "now" cuts off the past; the end of the day bounds the last slot.
    options.maxSuggestions = 100;
    const QList<MeetingTimeSuggestion> all
        = OwnFreeTime::find({}, GraphTime::toUtc(QDate(2026, 11, 27), QTime(0, 0), berlin),
                            GraphTime::toUtc(QDate(2026, 11, 30), QTime(0, 0), berlin), 60, kNow, options);
    QCOMPARE(all.size(), 17); // Friday, starting 08:00, 08:30, ..., 16:00
    QCOMPARE(all.last().end.toTimeZone(berlin).time(), QTime(17, 0));
    QVERIFY(OwnFreeTime::find({}, from, to, 60, to, options).isEmpty()); // all in the past
}

void TestBookingDraft::pastAttendees()
{
    Event a = busyEvent(u"a"_s, u"2026-11-01T09:00:00Z"_s, u"2026-11-01T10:00:00Z"_s);
    a.organizer = {u"Alex Mentor"_s, u"mentor@contoso.com"_s};
    a.attendees = {Attendee{Attendee::Type::Required, {u"Priya"_s, u"priya@contoso.com"_s}, {}},
                   Attendee{Attendee::Type::Resource, {u"Room 1"_s, u"room1@contoso.com"_s}, {}},
                   Attendee{Attendee::Type::Optional, {QString(), u"jonas@contoso.com"_s}, {}}};
    Event b = busyEvent(u"b"_s, u"2026-11-10T09:00:00Z"_s, u"2026-11-10T10:00:00Z"_s);
    b.organizer = {u"Sofia Rossi"_s, u"sofia@contoso.com"_s};
    b.attendees = {Attendee{Attendee::Type::Required, {u"Priya Sharma"_s, u"PRIYA@contoso.com"_s}, {}},
                   Attendee{Attendee::Type::Required, {u"Alex"_s, u"Mentor@Contoso.com"_s}, {}},
                   Attendee{Attendee::Type::Required, {u"Bad"_s, u"not-an-address"_s}, {}}};
    const QList<EmailAddress> people = PastAttendees::fromEvents({a, b}, u"mentor@contoso.com"_s);
    QStringList names;
    for (const auto &person : people)
        names << person.displayName();
    // Priya twice (latest name wins), then by name; no mentor, no room, no garbage.
    QCOMPARE(names, (QStringList{u"Priya Sharma"_s, u"jonas@contoso.com"_s, u"Sofia Rossi"_s}));
}

void TestBookingDraft::bookingTexts()
{
    const QList<EmailAddress> people{{u"Priya Sharma"_s, u"p@x.org"_s},
                                     {QString(), u"j@x.org"_s},
                                     {u"Sofia Rossi"_s, u"s@x.org"_s},
                                     {u"Kenji Tanaka"_s, u"k@x.org"_s},
                                     {u"Maria Garcia"_s, u"m@x.org"_s}};
    QCOMPARE(BookingText::people(people.mid(0, 1)), u"Priya Sharma"_s);
    QCOMPARE(BookingText::people(people.mid(0, 3)), u"Priya Sharma, j@x.org and Sofia Rossi"_s);
    QCOMPARE(BookingText::people(people), u"Priya Sharma, j@x.org, Sofia Rossi and 2 others"_s);
    const QLocale c(QLocale::English, QLocale::UnitedKingdom);
    const QTimeZone berlin(kBerlin.toUtf8());
    const QDateTime start = QDateTime::fromString(u"2026-11-27T09:00:00Z"_s, Qt::ISODate);
    QCOMPARE(BookingText::when(start, start.addSecs(3600), berlin, c), u"Fri 27 Nov 2026, 10:00 – 11:00"_s);
    QCOMPARE(BookingText::when(start.addSecs(13 * 3600), start.addSecs(15 * 3600), berlin, c),
             u"Fri 27 Nov 2026, 23:00 – Sat 28 Nov 01:00"_s);
    for (auto reason :
         {MeetingTimeSuggestions::EmptyReason::AttendeesUnavailable,
          MeetingTimeSuggestions::EmptyReason::AttendeesUnavailableOrUnknown,
          MeetingTimeSuggestions::EmptyReason::LocationsUnavailable,
          MeetingTimeSuggestions::EmptyReason::OrganizerUnavailable, MeetingTimeSuggestions::EmptyReason::Unknown})
        QVERIFY(!BookingText::emptyReason(reason).isEmpty());
    QVERIFY(BookingText::emptyReason(MeetingTimeSuggestions::EmptyReason::None).isEmpty());
}

QTEST_GUILESS_MAIN(TestBookingDraft)
#include "tst_bookingdraft.moc"
