// The demo tenant's free/busy and colleagues' calendars over real HTTP: POST /me/calendar/getSchedule
// (https://learn.microsoft.com/graph/api/calendar-getschedule,
// https://learn.microsoft.com/graph/outlook-get-free-busy-schedule) and GET /users/{address}/calendar(/calendarView)
// for a colleague who shares their calendar or does not
// (https://learn.microsoft.com/graph/outlook-get-shared-events-calendars). Fixtures: tests/data/graph/documented and
// requests.
#include "support/Fixtures.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk::Test;

namespace {

const QStringList kAll{u"openid"_s, u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s};

QString upn(const QString &local)
{
    return local + u"@contoso-mentoring.example"_s;
}

QJsonObject utcValue(const QString &dateTime)
{
    return {{u"dateTime"_s, dateTime}, {u"timeZone"_s, u"UTC"_s}};
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestSandboxGraphSchedule : public QObject
{
    Q_OBJECT

private:
    SandboxFixture::Reply schedule(SandboxFixture &sandbox, const QJsonObject &body,
                                   const QList<QNetworkReply::RawHeaderPair> &headers = {})
    {
        return sandbox.postJson(sandbox.graphUrl(u"/me/calendar/getSchedule"_s), body, sandbox.issueToken(kAll),
                                headers);
    }
    static QJsonObject window(const QStringList &schedules, const QString &from, const QString &to, int interval)
    {
        return {{u"schedules"_s, QJsonArray::fromStringList(schedules)},
                {u"startTime"_s, utcValue(from)},
                {u"endTime"_s, utcValue(to)},
                {u"availabilityViewInterval"_s, interval}};
    }
    // An event in someone's calendar, as they made it.
    void addEvent(SandboxFixture &sandbox, const QString &mailbox, const QString &subject, const QString &from,
                  const QString &to, const QString &showAs, const QString &sensitivity = u"normal"_s)
    {
        const QJsonObject result
            = sandbox.mutate({{u"op"_s, u"createEvent"_s},
                              {u"mailbox"_s, mailbox},
                              {u"event"_s,
                               QJsonObject{{u"subject"_s, subject},
                                           {u"start"_s, utcValue(from)},
                                           {u"end"_s, utcValue(to)},
                                           {u"showAs"_s, showAs},
                                           {u"sensitivity"_s, sensitivity},
                                           {u"location"_s, QJsonObject{{u"displayName"_s, u"Room 7"_s}}}}}});
        QVERIFY(!result.value(u"id"_s).toString().isEmpty());
    }

private Q_SLOTS:
    void documentedShape();
    void workingHours_data();
    void workingHours();
    void availabilityView_data();
    void availabilityView();
    void whatTheCallerMaySee_data();
    void whatTheCallerMaySee();
    void unresolvedAddressesAreItems_data();
    void unresolvedAddressesAreItems();
    void requestChecks_data();
    void requestChecks();
    void colleaguesCalendars_data();
    void colleaguesCalendars();
};

void TestSandboxGraphSchedule::documentedShape()
{
    // Microsoft's example request (its Prefer header, window and interval) for two people of the demo tenant.
    SandboxFixture sandbox;
    const QJsonObject request = readJsonFixture(u"graph/documented/requests/getSchedule.json"_s).object();
    QJsonObject body = request.value(u"body"_s).toObject();
    body.insert(u"schedules"_s, QJsonArray{upn(u"alex"_s), upn(u"kenji.tanaka"_s)});
    const auto reply = schedule(
        sandbox, body, {{"Prefer", request.value(u"headers"_s).toObject().value(u"Prefer"_s).toString().toUtf8()}});
    QCOMPARE(reply.status, 200);
    const QJsonObject documented
        = readJsonFixture(u"graph/documented/getSchedule.json"_s).object().value(u"body"_s).toObject();
    QCOMPARE(reply.json().value(u"@odata.context"_s).toString().section(u"/v1.0/"_s, 1),
             documented.value(u"@odata.context"_s).toString().section(u"/v1.0/"_s, 1));
    const QJsonObject expected = documented.value(u"value"_s).toArray().first().toObject();
    const QJsonArray value = reply.json().value(u"value"_s).toArray();
    QCOMPARE(value.size(), 2);
    for (const auto &entry : value) {
        const QJsonObject information = entry.toObject();
        QCOMPARE(sortedKeys(information), sortedKeys(expected));
        QCOMPARE(information.value(u"availabilityView"_s).toString().size(), 9); // 09:00-18:00 by the hour
        QCOMPARE(sortedKeys(information.value(u"workingHours"_s).toObject()),
                 sortedKeys(expected.value(u"workingHours"_s).toObject()));
        for (const auto &item : information.value(u"scheduleItems"_s).toArray()) {
            QCOMPARE(item.toObject().value(u"start"_s).toObject().value(u"timeZone"_s).toString(),
                     u"Pacific Standard Time"_s);
            QVERIFY(
                item.toObject().value(u"start"_s).toObject().value(u"dateTime"_s).toString().endsWith(u".0000000"_s));
        }
    }
    QCOMPARE(value.at(0).toObject().value(u"scheduleId"_s).toString(), upn(u"alex"_s)); // in the order asked for
    QCOMPARE(value.at(1).toObject().value(u"scheduleId"_s).toString(), upn(u"kenji.tanaka"_s));
}

void TestSandboxGraphSchedule::workingHours_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("days");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("zone"); // Windows names, as Graph gives them
    const QStringList weekdays{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s};
    QTest::newRow("the mentor, Berlin") << u"alex"_s << weekdays << u"08:00:00.0000000"_s << u"17:00:00.0000000"_s
                                        << u"W. Europe Standard Time"_s;
    QTest::newRow("a mentee in Tokyo") << u"kenji.tanaka"_s << weekdays << u"10:00:00.0000000"_s
                                       << u"19:00:00.0000000"_s << u"Tokyo Standard Time"_s;
    QTest::newRow("a mentee in Seattle") << u"maria.garcia"_s << weekdays << u"07:00:00.0000000"_s
                                         << u"15:30:00.0000000"_s << u"Pacific Standard Time"_s;
    QTest::newRow("a four-day week in Dublin")
        << u"liam.obrien"_s << QStringList{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s}
        << u"09:00:00.0000000"_s << u"17:00:00.0000000"_s << u"GMT Standard Time"_s;
    QTest::newRow("a colleague in Bengaluru")
        << u"priya.sharma"_s << weekdays << u"09:30:00.0000000"_s << u"18:30:00.0000000"_s << u"India Standard Time"_s;
}

void TestSandboxGraphSchedule::workingHours()
{
    QFETCH(QString, who);
    QFETCH(QStringList, days);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, zone);
    SandboxFixture sandbox;
    const auto reply = schedule(sandbox, window({upn(who)}, u"2026-11-30T08:00:00"_s, u"2026-11-30T18:00:00"_s, 60));
    QCOMPARE(reply.status, 200);
    const QJsonObject hours
        = reply.json().value(u"value"_s).toArray().first().toObject().value(u"workingHours"_s).toObject();
    QStringList seenDays;
    for (const auto &day : hours.value(u"daysOfWeek"_s).toArray())
        seenDays << day.toString();
    QCOMPARE(seenDays, days);
    QCOMPARE(hours.value(u"startTime"_s).toString(), start);
    QCOMPARE(hours.value(u"endTime"_s).toString(), end);
    QCOMPARE(hours.value(u"timeZone"_s).toObject(), (QJsonObject{{u"name"_s, zone}}));
}

void TestSandboxGraphSchedule::availabilityView_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("view");
    // 08:30 tentative, 09:00-10:00 busy (with a free item over it), 10:00 out of office, 11:00 working elsewhere.
    QTest::newRow("30 minutes") << 30 << u"01223040"_s;
    QTest::newRow("an hour: the strongest status wins") << 60 << u"1234"_s;
    QTest::newRow("the whole morning") << 240 << u"3"_s;
    QTest::newRow("the default (30)") << 0 << u"01223040"_s;
}

void TestSandboxGraphSchedule::availabilityView()
{
    QFETCH(int, interval);
    QFETCH(QString, view);
    SandboxFixture sandbox;
    const QString kenji = upn(u"kenji.tanaka"_s);
    // 1 June 2027: past every seeded meeting.
    addEvent(sandbox, kenji, u"Maybe"_s, u"2027-06-01T08:30:00"_s, u"2027-06-01T09:00:00"_s, u"tentative"_s);
    addEvent(sandbox, kenji, u"Busy"_s, u"2027-06-01T09:00:00"_s, u"2027-06-01T10:00:00"_s, u"busy"_s);
    addEvent(sandbox, kenji, u"Free"_s, u"2027-06-01T09:00:00"_s, u"2027-06-01T09:30:00"_s, u"free"_s);
    addEvent(sandbox, kenji, u"Away"_s, u"2027-06-01T10:00:00"_s, u"2027-06-01T10:30:00"_s, u"oof"_s);
    addEvent(sandbox, kenji, u"Elsewhere"_s, u"2027-06-01T11:00:00"_s, u"2027-06-01T11:30:00"_s, u"workingElsewhere"_s);
    QJsonObject body = window({kenji}, u"2027-06-01T08:00:00"_s, u"2027-06-01T12:00:00"_s, interval);
    if (interval == 0)
        body.remove(u"availabilityViewInterval"_s);
    const auto reply = schedule(sandbox, body);
    QCOMPARE(reply.status, 200);
    const QJsonObject information = reply.json().value(u"value"_s).toArray().first().toObject();
    QCOMPARE(information.value(u"availabilityView"_s).toString(), view);
    QStringList statuses;
    for (const auto &item : information.value(u"scheduleItems"_s).toArray())
        statuses << item.toObject().value(u"status"_s).toString();
    statuses.sort();
    QCOMPARE(statuses, (QStringList{u"busy"_s, u"free"_s, u"oof"_s, u"tentative"_s, u"workingElsewhere"_s}));
}

void TestSandboxGraphSchedule::whatTheCallerMaySee_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sensitivity");
    QTest::addColumn<bool>("hasIsPrivate");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<bool>("hasSubject");
    QTest::newRow("own calendar") << u"alex"_s << u"normal"_s << true << false << true;
    QTest::newRow("own private item") << u"alex"_s << u"private"_s << true << true << false;
    QTest::newRow("shared with the mentor") << u"priya.sharma"_s << u"normal"_s << true << false << true;
    QTest::newRow("shared, personal item") << u"jonas.weber"_s << u"personal"_s << true << false << true;
    QTest::newRow("shared, private item") << u"priya.sharma"_s << u"private"_s << true << true << false;
    QTest::newRow("not shared") << u"kenji.tanaka"_s << u"normal"_s << false << false << false;
}

void TestSandboxGraphSchedule::whatTheCallerMaySee()
{
    QFETCH(QString, who);
    QFETCH(QString, sensitivity);
    QFETCH(bool, hasIsPrivate);
    QFETCH(bool, isPrivate);
    QFETCH(bool, hasSubject);
    SandboxFixture sandbox;
    addEvent(sandbox, upn(who), u"Quarterly plan"_s, u"2027-06-01T09:00:00"_s, u"2027-06-01T10:00:00"_s, u"busy"_s,
             sensitivity);
    const auto reply = schedule(sandbox, window({upn(who)}, u"2027-06-01T08:00:00"_s, u"2027-06-01T12:00:00"_s, 30));
    const QJsonArray items
        = reply.json().value(u"value"_s).toArray().first().toObject().value(u"scheduleItems"_s).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(u"status"_s).toString(), u"busy"_s);
    QCOMPARE(item.value(u"start"_s).toObject(), utcValue(u"2027-06-01T09:00:00.0000000"_s));
    QCOMPARE(item.contains(u"isPrivate"_s), hasIsPrivate);
    QCOMPARE(item.value(u"isPrivate"_s).toBool(), isPrivate);
    QCOMPARE(item.contains(u"subject"_s), hasSubject);
    QCOMPARE(item.contains(u"location"_s), hasSubject);
    if (hasSubject) {
        QCOMPARE(item.value(u"subject"_s).toString(), u"Quarterly plan"_s);
        QCOMPARE(item.value(u"location"_s).toString(), u"Room 7"_s);
    }
}

void TestSandboxGraphSchedule::unresolvedAddressesAreItems_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("nobody of that name in the tenant") << upn(u"nobody"_s);
    QTest::newRow("outside the organisation") << u"someone@fabrikam.example"_s;
}

void TestSandboxGraphSchedule::unresolvedAddressesAreItems()
{
    QFETCH(QString, address);
    SandboxFixture sandbox;
    const auto reply
        = schedule(sandbox, window({upn(u"alex"_s), address}, u"2026-11-30T08:00:00"_s, u"2026-11-30T18:00:00"_s, 60));
    QCOMPARE(reply.status, 200); // not an HTTP error
    const QJsonArray value = reply.json().value(u"value"_s).toArray();
    QCOMPARE(value.size(), 2);
    const QJsonObject documented = readJsonFixture(u"graph/documented/getSchedule-unresolved.json"_s)
                                       .object()
                                       .value(u"body"_s)
                                       .toObject()
                                       .value(u"value"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
    const QJsonObject unresolved = value.at(1).toObject();
    QCOMPARE(sortedKeys(unresolved), sortedKeys(documented));
    QCOMPARE(unresolved.value(u"scheduleId"_s).toString(), address);
    QCOMPARE(sortedKeys(unresolved.value(u"error"_s).toObject()), sortedKeys(documented.value(u"error"_s).toObject()));
    QCOMPARE(
        unresolved.value(u"error"_s).toObject().value(u"message"_s).toString(),
        documented.value(u"error"_s).toObject().value(u"message"_s).toString().replace(u"<user_email>"_s, address));
    QCOMPARE(unresolved.value(u"error"_s).toObject().value(u"responseCode"_s),
             documented.value(u"error"_s).toObject().value(u"responseCode"_s));
    QVERIFY(value.at(0).toObject().contains(u"availabilityView"_s)); // the others are answered as usual
}

void TestSandboxGraphSchedule::requestChecks_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("slotCount"); // of the first schedule, when 200
    const QJsonObject day = window({upn(u"alex"_s)}, u"2026-11-30T09:00:00"_s, u"2026-11-30T18:00:00"_s, 30);
    QTest::newRow("valid") << day << 200 << 18;
    QJsonObject conceptPage{
        // The concept page's example: capitalised names and the interval as a string.
        {u"Schedules"_s, QJsonArray{upn(u"alex"_s)}},
        {u"StartTime"_s,
         QJsonObject{{u"dateTime"_s, u"2026-11-30T09:00:00"_s}, {u"timeZone"_s, u"Pacific Standard Time"_s}}},
        {u"EndTime"_s,
         QJsonObject{{u"dateTime"_s, u"2026-11-30T18:00:00"_s}, {u"timeZone"_s, u"Pacific Standard Time"_s}}},
        {u"availabilityViewInterval"_s, u"15"_s}};
    QTest::newRow("concept page's spelling") << conceptPage << 200 << 36;
    QJsonObject small = day;
    small.insert(u"availabilityViewInterval"_s, 4);
    QTest::newRow("interval under 5") << small << 400 << 0;
    QJsonObject large = day;
    large.insert(u"availabilityViewInterval"_s, 1441);
    QTest::newRow("interval over 1440") << large << 400 << 0;
    QTest::newRow("62 days") << window({upn(u"alex"_s)}, u"2026-11-30T00:00:00"_s, u"2027-01-31T00:00:00"_s, 1440)
                             << 400 << 0;
    QTest::newRow("61 days") << window({upn(u"alex"_s)}, u"2026-11-30T00:00:00"_s, u"2027-01-30T00:00:00"_s, 1440)
                             << 200 << 61;
    QStringList many;
    for (int i = 0; i < 21; ++i)
        many << upn(u"person%1"_s.arg(i));
    QTest::newRow("21 addresses") << window(many, u"2026-11-30T09:00:00"_s, u"2026-11-30T18:00:00"_s, 30) << 400 << 0;
    QTest::newRow("ends before it starts")
        << window({upn(u"alex"_s)}, u"2026-11-30T18:00:00"_s, u"2026-11-30T09:00:00"_s, 30) << 400 << 0;
    QJsonObject none = day;
    none.remove(u"schedules"_s);
    QTest::newRow("no schedules") << none << 400 << 0;
}

void TestSandboxGraphSchedule::requestChecks()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(int, slotCount);
    SandboxFixture sandbox;
    const auto reply = schedule(sandbox, body);
    QCOMPARE(reply.status, status);
    if (status == 200)
        QCOMPARE(
            reply.json().value(u"value"_s).toArray().first().toObject().value(u"availabilityView"_s).toString().size(),
            slotCount);
    else
        QVERIFY(!reply.json().value(u"error"_s).toObject().value(u"code"_s).toString().isEmpty());
}

void TestSandboxGraphSchedule::colleaguesCalendars_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString view
        = u"/calendar/calendarView?startDateTime=2026-11-23T00:00:00Z&endDateTime=2026-11-30T00:00:00Z"_s;
    const QStringList readOnly{u"Calendars.Read"_s, u"Calendars.Read.Shared"_s};
    QTest::newRow("shared: the calendar")
        << u"/users/priya.sharma@contoso-mentoring.example/calendar"_s << readOnly << 200 << QString();
    QTest::newRow("shared: its calendar view")
        << u"/users/priya.sharma@contoso-mentoring.example"_s + view << readOnly << 200 << QString();
    QTest::newRow("delegated: its calendar view")
        << u"/users/jonas.weber@contoso-mentoring.example"_s + view << readOnly << 200 << QString();
    QTest::newRow("shared, without Calendars.Read.Shared")
        << u"/users/priya.sharma@contoso-mentoring.example"_s + view << QStringList{u"Calendars.ReadWrite"_s} << 403
        << u"ErrorAccessDenied"_s;
    QTest::newRow("not shared: the calendar")
        << u"/users/kenji.tanaka@contoso-mentoring.example/calendar"_s << readOnly << 403 << u"ErrorAccessDenied"_s;
    QTest::newRow("not shared: its calendar view")
        << u"/users/kenji.tanaka@contoso-mentoring.example"_s + view << readOnly << 403 << u"ErrorAccessDenied"_s;
    QTest::newRow("nobody: the calendar")
        << u"/users/nobody@contoso-mentoring.example/calendar"_s << readOnly << 404 << u"ErrorInvalidUser"_s;
    QTest::newRow("nobody: a calendar view")
        << u"/users/nobody@contoso-mentoring.example"_s + view << readOnly << 404 << u"ErrorInvalidUser"_s;
}

void TestSandboxGraphSchedule::colleaguesCalendars()
{
    QFETCH(QString, path);
    QFETCH(QStringList, scopes);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    const auto reply = sandbox.get(sandbox.graphUrl(path), sandbox.issueToken(scopes));
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.json().value(u"error"_s).toObject();
    if (status == 200) {
        QVERIFY(error.isEmpty());
        if (path.endsWith(u"/calendar"_s)) {
            QCOMPARE(reply.json().value(u"canEdit"_s).toBool(), false);
            QCOMPARE(reply.json().value(u"owner"_s).toObject().value(u"address"_s).toString(),
                     u"priya.sharma@contoso-mentoring.example"_s);
        } else {
            QVERIFY(!reply.json().value(u"value"_s).toArray().isEmpty());
        }
        return;
    }
    QCOMPARE(error.value(u"code"_s).toString(), code);
    if (status == 403)
        QCOMPARE(error.value(u"message"_s).toString(), u"Access is denied. Check credentials and try again."_s);
    else
        QVERIFY(error.value(u"message"_s).toString().contains(u"nobody@contoso-mentoring.example"_s));
}

QTEST_GUILESS_MAIN(TestSandboxGraphSchedule)
#include "tst_sandbox_graph_schedule.moc"
