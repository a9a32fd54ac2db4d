// The demo tenant's reminders over real HTTP: GET /me/reminderView(startDateTime=…,endDateTime=…)
// (https://learn.microsoft.com/graph/api/user-reminderview), POST …/events/{id}/dismissReminder
// (https://learn.microsoft.com/graph/api/event-dismissreminder) and …/snoozeReminder
// (https://learn.microsoft.com/graph/api/event-snoozereminder). Fixtures: tests/data/graph/documented and requests.
#include "support/Fixtures.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk::Test;

namespace {

const QStringList kAll{u"openid"_s, u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s};
const QDateTime kBase = QDateTime::fromString(u"2026-12-15T10:00:00Z"_s, Qt::ISODate); // a Tuesday, 3 weeks ahead

QString utcText(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QJsonObject utcValue(const QDateTime &utc)
{
    return {{u"dateTime"_s, utcText(utc)}, {u"timeZone"_s, u"UTC"_s}};
}

QString windowPath(const QDateTime &from, const QDateTime &to, const QString &who = u"/me"_s)
{
    return who + u"/reminderView(startDateTime='%1',endDateTime='%2')"_s.arg(utcText(from), utcText(to));
}

QJsonObject findEvent(const QJsonArray &items, const QString &id)
{
    for (const auto &item : items) {
        if (item.toObject().value(u"eventId"_s).toString() == id)
            return item.toObject();
    }
    return {};
}

QDateTime utcOf(const QJsonObject &dateTimeTimeZone)
{
    // Only for values in UTC: the sandbox answers in UTC unless Prefer says otherwise.
    return QDateTime::fromString(dateTimeTimeZone.value(u"dateTime"_s).toString().left(19) + u'Z', Qt::ISODate);
}

} // namespace

class TestSandboxGraphReminders : public QObject
{
    Q_OBJECT

private:
    // A single event of the mentor's, or a daily series of `count` occurrences; returns its id.
    QString createEvent(SandboxFixture &sandbox, const QString &token, const QDateTime &start, int reminderMinutes,
                        bool reminderOn = true, int count = 0, const QString &subject = u"Reminder test"_s)
    {
        QJsonObject body{{u"subject"_s, subject},
                         {u"start"_s, utcValue(start)},
                         {u"end"_s, utcValue(start.addSecs(1800))},
                         {u"reminderMinutesBeforeStart"_s, reminderMinutes},
                         {u"isReminderOn"_s, reminderOn},
                         {u"location"_s, QJsonObject{{u"displayName"_s, u"Room 4"_s}}}};
        if (count > 0) {
            body.insert(u"recurrence"_s,
                        QJsonObject{{u"pattern"_s, QJsonObject{{u"type"_s, u"daily"_s}, {u"interval"_s, 1}}},
                                    {u"range"_s,
                                     QJsonObject{{u"type"_s, u"numbered"_s},
                                                 {u"startDate"_s, start.date().toString(Qt::ISODate)},
                                                 {u"numberOfOccurrences"_s, count},
                                                 {u"recurrenceTimeZone"_s, u"UTC"_s}}}});
        }
        const auto created = sandbox.postJson(sandbox.graphUrl(u"/me/events"_s), body, token);
        return created.status == 201 ? created.json().value(u"id"_s).toString() : QString();
    }
    QJsonArray reminders(SandboxFixture &sandbox, const QString &token, const QDateTime &from, const QDateTime &to)
    {
        const auto reply = sandbox.get(sandbox.graphUrl(windowPath(from, to)), token);
        return reply.status == 200 ? reply.json().value(u"value"_s).toArray() : QJsonArray();
    }
    SandboxFixture::Reply post(SandboxFixture &sandbox, const QString &path, const QByteArray &body,
                               const QString &token)
    {
        return sandbox.request("POST", sandbox.graphUrl(path), body, {{"Content-Type", "application/json"}}, token);
    }

private Q_SLOTS:
    void documentedExample();
    void windowSelectsByFireTime_data();
    void windowSelectsByFireTime();
    void functionSyntax_data();
    void functionSyntax();
    void preferTimeZone();
    void seriesOccurrencesHaveTheirOwn();
    void dismissAndSnooze_data();
    void dismissAndSnooze();
    void masterIdActsOnTheNextOccurrence();
    void errors_data();
    void errors();
    void otherMailboxes_data();
    void otherMailboxes();
};

void TestSandboxGraphReminders::documentedExample()
{
    // Microsoft's example, rebuilt: the picnic event on 9 June 2017, 18:00 UTC, with the default 15-minute reminder,
    // read with the documented request. Every documented property is there, with the documented values.
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QJsonObject documented
        = readJsonFixture(u"graph/documented/reminderView.json"_s).object().value(u"body"_s).toObject();
    const QJsonObject expected = documented.value(u"value"_s).toArray().first().toObject();
    const auto created = sandbox.postJson(sandbox.graphUrl(u"/me/events"_s),
                                          {{u"subject"_s, expected.value(u"eventSubject"_s)},
                                           {u"start"_s, expected.value(u"eventStartTime"_s)},
                                           {u"end"_s, expected.value(u"eventEndTime"_s)},
                                           {u"location"_s, expected.value(u"eventLocation"_s)}},
                                          token);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"id"_s).toString();
    const QJsonObject request = readJsonFixture(u"graph/documented/requests/reminderView.json"_s).object();
    const auto reply = sandbox.get(sandbox.graphUrl(request.value(u"path"_s).toString()), token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()
                .value(u"@odata.context"_s)
                .toString()
                .endsWith(u"/$metadata#Collection(microsoft.graph.reminder)"_s));
    const QJsonObject item = findEvent(reply.json().value(u"value"_s).toArray(), id);
    QVERIFY2(!item.isEmpty(), reply.body.constData());
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QVERIFY2(item.contains(it.key()), qPrintable(it.key()));
    for (const QString &key : {u"eventSubject"_s, u"eventStartTime"_s, u"eventEndTime"_s, u"reminderFireTime"_s})
        QCOMPARE(item.value(key), expected.value(key));
    QCOMPARE(item.value(u"eventLocation"_s).toObject().value(u"displayName"_s).toString(), u"Conf Room 3"_s);
    QCOMPARE(item.value(u"changeKey"_s), created.json().value(u"changeKey"_s));
    QCOMPARE(item.value(u"eventWebLink"_s), created.json().value(u"webLink"_s));
}

void TestSandboxGraphReminders::windowSelectsByFireTime_data()
{
    QTest::addColumn<int>("reminderMinutes");
    QTest::addColumn<bool>("reminderOn");
    QTest::addColumn<int>("fromMinutes"); // window, from kBase; the event starts at kBase + 60 min
    QTest::addColumn<int>("toMinutes");
    QTest::addColumn<bool>("listed");
    QTest::newRow("fires inside") << 15 << true << 30 << 50 << true;
    QTest::newRow("fires at the window's start") << 15 << true << 45 << 50 << true;
    QTest::newRow("fires at the window's end (exclusive)") << 15 << true << 30 << 45 << false;
    QTest::newRow("event inside, reminder before the window") << 15 << true << 46 << 120 << false;
    QTest::newRow("reminder off") << 15 << false << 0 << 120 << false;
    QTest::newRow("at the start (0 minutes)") << 0 << true << 59 << 61 << true;
    QTest::newRow("a day ahead") << 1440 << true << -1400 << -1300 << true;
}

void TestSandboxGraphReminders::windowSelectsByFireTime()
{
    QFETCH(int, reminderMinutes);
    QFETCH(bool, reminderOn);
    QFETCH(int, fromMinutes);
    QFETCH(int, toMinutes);
    QFETCH(bool, listed);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QDateTime start = kBase.addSecs(3600);
    const QString id = createEvent(sandbox, token, start, reminderMinutes, reminderOn);
    QVERIFY(!id.isEmpty());
    const QJsonObject item
        = findEvent(reminders(sandbox, token, kBase.addSecs(fromMinutes * 60), kBase.addSecs(toMinutes * 60)), id);
    QCOMPARE(!item.isEmpty(), listed);
    if (listed) {
        QCOMPARE(utcOf(item.value(u"reminderFireTime"_s).toObject()), start.addSecs(-reminderMinutes * 60));
        QCOMPARE(utcOf(item.value(u"eventStartTime"_s).toObject()), start);
        QCOMPARE(utcOf(item.value(u"eventEndTime"_s).toObject()), start.addSecs(1800));
        QCOMPARE(item.value(u"reminderFireTime"_s).toObject().value(u"timeZone"_s).toString(), u"UTC"_s);
    }
}

void TestSandboxGraphReminders::functionSyntax_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("quoted (as documented)")
        << u"/me/reminderView(startDateTime='2026-12-15T10:30:00.0000000',endDateTime='2026-12-15T10:50:00.0000000')"_s
        << 200 << QString();
    QTest::newRow("unquoted")
        << u"/me/reminderView(startDateTime=2026-12-15T10:30:00,endDateTime=2026-12-15T10:50:00)"_s << 200 << QString();
    QTest::newRow("parameters the other way round")
        << u"/me/reminderView(endDateTime='2026-12-15T10:50:00Z',startDateTime='2026-12-15T10:30:00Z')"_s << 200
        << QString();
    QTest::newRow("with offsets")
        << u"/me/reminderView(startDateTime='2026-12-15T11:30:00%2B01:00',endDateTime='2026-12-15T11:50:00%2B01:00')"_s
        << 200 << QString();
    QTest::newRow("users/{upn}")
        << u"/users/alex@contoso-mentoring.example/reminderView(startDateTime='2026-12-15T10:30:00',"
           u"endDateTime='2026-12-15T10:50:00')"_s
        << 200 << QString();
    QTest::newRow("no parameters") << u"/me/reminderView"_s << 400 << u"BadRequest"_s;
    QTest::newRow("one parameter") << u"/me/reminderView(startDateTime='2026-12-15T10:30:00')"_s << 400
                                   << u"BadRequest"_s;
    QTest::newRow("unknown parameter")
        << u"/me/reminderView(startDateTime='2026-12-15T10:30:00',endDateTime='2026-12-15T10:50:00',top=3)"_s << 400
        << u"BadRequest"_s;
    QTest::newRow("not a time") << u"/me/reminderView(startDateTime='soon',endDateTime='2026-12-15T10:50:00')"_s << 400
                                << u"ErrorInvalidParameter"_s;
}

void TestSandboxGraphReminders::functionSyntax()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QString id = createEvent(sandbox, token, kBase.addSecs(3600), 15);
    const auto reply = sandbox.get(sandbox.graphUrl(path), token);
    QCOMPARE(reply.status, status);
    if (status == 200)
        QVERIFY(!findEvent(reply.json().value(u"value"_s).toArray(), id).isEmpty());
    else
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), code);
}

void TestSandboxGraphReminders::preferTimeZone()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QString id = createEvent(sandbox, token, kBase.addSecs(3600), 15);
    const auto reply = sandbox.get(sandbox.graphUrl(windowPath(kBase, kBase.addSecs(3600))), token,
                                   {{"Prefer", "outlook.timezone=\"Tokyo Standard Time\""}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Preference-Applied"), QByteArray("outlook.timezone=\"Tokyo Standard Time\""));
    const QJsonObject item = findEvent(reply.json().value(u"value"_s).toArray(), id);
    // 11:00 UTC is 20:00 in Tokyo; the window itself is not moved by the preference.
    QCOMPARE(
        item.value(u"eventStartTime"_s).toObject(),
        (QJsonObject{{u"dateTime"_s, u"2026-12-15T20:00:00.0000000"_s}, {u"timeZone"_s, u"Tokyo Standard Time"_s}}));
    QCOMPARE(item.value(u"eventEndTime"_s).toObject().value(u"dateTime"_s).toString(),
             u"2026-12-15T20:30:00.0000000"_s);
    QCOMPARE(
        item.value(u"reminderFireTime"_s).toObject(),
        (QJsonObject{{u"dateTime"_s, u"2026-12-15T19:45:00.0000000"_s}, {u"timeZone"_s, u"Tokyo Standard Time"_s}}));
}

void TestSandboxGraphReminders::seriesOccurrencesHaveTheirOwn()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QString master = createEvent(sandbox, token, kBase.addSecs(3600), 10, true, 5, u"Daily mentee check"_s);
    QVERIFY(!master.isEmpty());
    const QJsonArray items = reminders(sandbox, token, kBase, kBase.addDays(3));
    // The calendar view names the same occurrences.
    const auto view = sandbox.get(sandbox.graphUrl(u"/me/calendarView?$top=100&startDateTime=%1&endDateTime=%2"_s.arg(
                                      utcText(kBase), utcText(kBase.addDays(3)))),
                                  token);
    QSet<QString> occurrences;
    for (const auto &event : view.json().value(u"value"_s).toArray()) {
        if (event.toObject().value(u"seriesMasterId"_s).toString() == master)
            occurrences.insert(event.toObject().value(u"id"_s).toString());
    }
    QCOMPARE(occurrences.size(), 3);
    QSet<QString> reminded;
    for (const auto &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(u"eventSubject"_s) != u"Daily mentee check"_s)
            continue;
        reminded.insert(item.value(u"eventId"_s).toString());
        const QDateTime start = utcOf(item.value(u"eventStartTime"_s).toObject());
        QCOMPARE(utcOf(item.value(u"reminderFireTime"_s).toObject()), start.addSecs(-600));
    }
    QCOMPARE(reminded, occurrences);
    QVERIFY(!reminded.contains(master)); // a series master is never a reminder of its own
    // Items come in the order they fire.
    QDateTime previous;
    for (const auto &value : items) {
        const QDateTime fire = utcOf(value.toObject().value(u"reminderFireTime"_s).toObject());
        QVERIFY(!previous.isValid() || previous <= fire);
        previous = fire;
    }
}

void TestSandboxGraphReminders::dismissAndSnooze_data()
{
    QTest::addColumn<bool>("series");
    QTest::addColumn<QString>("action"); // dismissReminder | snoozeReminder
    QTest::addColumn<int>("snoozeToMinutes"); // from kBase; the (first) event starts at kBase + 60 min, fires at +45
    QTest::addColumn<int>("expectedFireMinutes"); // -1: not listed in [kBase, kBase + 3 h)
    QTest::newRow("dismiss a single event") << false << u"dismissReminder"_s << 0 << -1;
    QTest::newRow("snooze a single event") << false << u"snoozeReminder"_s << 55 << 55;
    QTest::newRow("snooze past the window") << false << u"snoozeReminder"_s << 200 << -1;
    QTest::newRow("dismiss one occurrence") << true << u"dismissReminder"_s << 0 << -1;
    QTest::newRow("snooze one occurrence") << true << u"snoozeReminder"_s << 58 << 58;
}

void TestSandboxGraphReminders::dismissAndSnooze()
{
    QFETCH(bool, series);
    QFETCH(QString, action);
    QFETCH(int, snoozeToMinutes);
    QFETCH(int, expectedFireMinutes);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QString created = createEvent(sandbox, token, kBase.addSecs(3600), 15, true, series ? 3 : 0);
    QString id = created;
    QString nextOccurrence;
    if (series) {
        const QJsonArray before = reminders(sandbox, token, kBase, kBase.addDays(2));
        for (const auto &value : before) {
            const QJsonObject item = value.toObject();
            if (item.value(u"eventSubject"_s) != u"Reminder test"_s)
                continue;
            if (utcOf(item.value(u"eventStartTime"_s).toObject()) == kBase.addSecs(3600))
                id = item.value(u"eventId"_s).toString();
            else if (nextOccurrence.isEmpty())
                nextOccurrence = item.value(u"eventId"_s).toString();
        }
        QVERIFY(id != created && !nextOccurrence.isEmpty());
    }
    QByteArray body;
    if (action == u"snoozeReminder"_s) {
        // Microsoft's example body, with its placeholders filled in.
        QJsonObject request
            = readJsonFixture(u"graph/documented/requests/snoozeReminder.json"_s).object().value(u"body"_s).toObject();
        QCOMPARE(request.keys(), QStringList{u"newReminderTime"_s});
        request.insert(u"newReminderTime"_s, utcValue(kBase.addSecs(snoozeToMinutes * 60)));
        body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    }
    const auto reply = post(sandbox, u"/me/events/%1/%2"_s.arg(id, action), body, token);
    QCOMPARE(reply.status, 200); // as documented: 200 OK, nothing in the body
    QVERIFY(reply.body.isEmpty());
    const QJsonArray after = reminders(sandbox, token, kBase, kBase.addSecs(3 * 3600));
    const QJsonObject item = findEvent(after, id);
    if (expectedFireMinutes < 0) {
        QVERIFY(item.isEmpty());
    } else {
        QVERIFY(!item.isEmpty());
        QCOMPARE(utcOf(item.value(u"reminderFireTime"_s).toObject()), kBase.addSecs(expectedFireMinutes * 60));
        QCOMPARE(utcOf(item.value(u"eventStartTime"_s).toObject()), kBase.addSecs(3600)); // the event stays put
    }
    if (series) {
        // The next occurrence keeps its reminder.
        QVERIFY(!findEvent(reminders(sandbox, token, kBase, kBase.addDays(2)), nextOccurrence).isEmpty());
    } else if (action == u"dismissReminder"_s) {
        // Outlook turns a dismissed item's reminder off.
        QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/events/"_s + id), token).json().value(u"isReminderOn"_s).toBool(),
                 false);
    }
}

void TestSandboxGraphReminders::masterIdActsOnTheNextOccurrence()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QDateTime now = QDateTime::fromString(
        sandbox.state().value(u"config"_s).toObject().value(u"now"_s).toString(), Qt::ISODateWithMs);
    const QDateTime first = QDateTime(now.date().addDays(1), QTime(8, 0), QTimeZone::utc());
    const QString master = createEvent(sandbox, token, first, 15, true, 4, u"Weekly-ish"_s);
    QCOMPARE(post(sandbox, u"/me/events/%1/dismissReminder"_s.arg(master), {}, token).status, 200);
    int listed = 0;
    for (const auto &value : reminders(sandbox, token, first.addDays(-1), first.addDays(5))) {
        const QJsonObject item = value.toObject();
        if (item.value(u"eventSubject"_s) != u"Weekly-ish"_s)
            continue;
        ++listed;
        QVERIFY(utcOf(item.value(u"eventStartTime"_s).toObject()) > first); // the first one was dismissed
    }
    QCOMPARE(listed, 3);
}

void TestSandboxGraphReminders::errors_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("id"); // "" for the created event
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("dismiss an unknown id")
        << u"dismissReminder"_s << u"AAMkAGnope"_s << QByteArray() << kAll << 404 << u"ErrorItemNotFound"_s;
    QTest::newRow("snooze an unknown id")
        << u"snoozeReminder"_s << u"AAMkAGnope"_s
        << QByteArray(R"({"newReminderTime":{"dateTime":"2026-12-15T10:50:00","timeZone":"UTC"}})") << kAll << 404
        << u"ErrorItemNotFound"_s;
    QTest::newRow("snooze without a time")
        << u"snoozeReminder"_s << QString() << QByteArray("{}") << kAll << 400 << u"ErrorInvalidRequest"_s;
    QTest::newRow("snooze, not JSON") << u"snoozeReminder"_s << QString() << QByteArray("soon") << kAll << 400
                                      << u"BadRequest"_s;
    QTest::newRow("snooze to an unknown zone")
        << u"snoozeReminder"_s << QString()
        << QByteArray(R"({"newReminderTime":{"dateTime":"2026-12-15T10:50:00","timeZone":"Mars Standard Time"}})")
        << kAll << 400 << u"TimeZoneNotSupportedException"_s;
    QTest::newRow("snooze with a parameter it has not")
        << u"snoozeReminder"_s << QString()
        << QByteArray(R"({"newReminderTime":{"dateTime":"2026-12-15T10:50:00","timeZone":"UTC"},"minutes":5})") << kAll
        << 400 << u"RequestBodyRead"_s;
    QTest::newRow("dismiss with Calendars.Read") << u"dismissReminder"_s << QString() << QByteArray()
                                                 << QStringList{u"Calendars.Read"_s} << 403 << u"ErrorAccessDenied"_s;
    QTest::newRow("reminderView with Calendars.ReadBasic")
        << QString() << QString() << QByteArray() << QStringList{u"Calendars.ReadBasic"_s} << 403
        << u"ErrorAccessDenied"_s;
    QTest::newRow("reminderView with Calendars.Read")
        << QString() << QString() << QByteArray() << QStringList{u"Calendars.Read"_s} << 200 << QString();
}

void TestSandboxGraphReminders::errors()
{
    QFETCH(QString, action);
    QFETCH(QString, id);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, scopes);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    const QString created = createEvent(sandbox, sandbox.issueToken(kAll), kBase.addSecs(3600), 15);
    const QString token = sandbox.issueToken(scopes);
    const auto reply = action.isEmpty()
        ? sandbox.get(sandbox.graphUrl(windowPath(kBase, kBase.addSecs(3600))), token)
        : post(sandbox, u"/me/events/%1/%2"_s.arg(id.isEmpty() ? created : id, action), body, token);
    QCOMPARE(reply.status, status);
    if (!code.isEmpty()) {
        const QJsonObject error = reply.json().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QVERIFY(error.value(u"innerError"_s).toObject().contains(u"request-id"_s));
    }
}

void TestSandboxGraphReminders::otherMailboxes_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("shared with the mentor") << u"priya.sharma"_s << kAll << 200 << QString();
    QTest::newRow("shared, without the .Shared scope")
        << u"priya.sharma"_s << QStringList{u"Calendars.ReadWrite"_s} << 403 << u"ErrorAccessDenied"_s;
    QTest::newRow("not shared") << u"kenji.tanaka"_s << kAll << 403 << u"ErrorAccessDenied"_s;
    QTest::newRow("nobody of that name") << u"nobody"_s << kAll << 404 << u"ErrorInvalidUser"_s;
}

void TestSandboxGraphReminders::otherMailboxes()
{
    QFETCH(QString, who);
    QFETCH(QStringList, scopes);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    // A meeting of Priya's own, with a reminder in the window.
    sandbox.mutate({{u"op"_s, u"createEvent"_s},
                    {u"mailbox"_s, u"priya.sharma@contoso-mentoring.example"_s},
                    {u"event"_s,
                     QJsonObject{{u"subject"_s, u"Priya's planning"_s},
                                 {u"start"_s, utcValue(kBase.addSecs(3600))},
                                 {u"end"_s, utcValue(kBase.addSecs(5400))}}}});
    const auto reply = sandbox.get(
        sandbox.graphUrl(windowPath(kBase, kBase.addSecs(3600), u"/users/%1@contoso-mentoring.example"_s.arg(who))),
        sandbox.issueToken(scopes));
    QCOMPARE(reply.status, status);
    if (status == 200) {
        bool found = false;
        for (const auto &item : reply.json().value(u"value"_s).toArray())
            found = found || item.toObject().value(u"eventSubject"_s) == u"Priya's planning"_s;
        QVERIFY(found);
    } else {
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    }
}

QTEST_GUILESS_MAIN(TestSandboxGraphReminders)
#include "tst_sandbox_graph_reminders.moc"
