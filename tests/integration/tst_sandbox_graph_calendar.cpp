// The sandbox's Outlook calendar endpoints over real HTTP (docs/graph/calendars.md, docs/graph/scheduling.md,
// docs/graph/booking.md, docs/graph/general.md).
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace MentorDesk::Test;

namespace {
const QString kWindow = u"startDateTime=2026-11-23T00:00:00&endDateTime=2026-12-07T00:00:00"_s;
const QStringList kAll{u"openid"_s, u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s,
                       u"OnlineMeetings.ReadWrite"_s};
} // namespace

class TestSandboxGraphCalendar : public QObject
{
    Q_OBJECT

private:
    // Follows @odata.nextLink to the end; counts the pages.
    QJsonArray all(SandboxFixture &sandbox, const QUrl &first, const QString &token, int *pages = nullptr,
                   const QList<QNetworkReply::RawHeaderPair> &headers = {})
    {
        QJsonArray items;
        QUrl next = first;
        int count = 0;
        while (next.isValid() && count < 100) {
            const auto reply = sandbox.get(next, token, headers);
            if (reply.status != 200)
                return {};
            ++count;
            for (const auto &item : reply.json().value(u"value"_s).toArray())
                items.append(item);
            next = QUrl(reply.json().value(u"@odata.nextLink"_s).toString());
        }
        if (pages)
            *pages = count;
        return items;
    }

private Q_SLOTS:
    void meAndPhoto();
    void calendarsIncludeShared();
    void calendarViewNeedsWindow();
    void calendarViewPagesAndExpands();
    void preferTimeZone_data();
    void preferTimeZone();
    void eventsListHasMastersNotOccurrences();
    void createEventWithTeamsAndIdempotency();
    void onlineMeetingFailureMode();
    void updateAndCrossingBoundary();
    void deleteAndCancel();
    void deltaRounds();
    void deltaRejectsOptionsAndExpiredTokens();
    void sharedCalendars();
    void scopeEnforcement_data();
    void scopeEnforcement();
    void invalidTokens_data();
    void invalidTokens();
    void findMeetingTimes();
    void getSchedule();
    void personalAccount();
};

void TestSandboxGraphCalendar::meAndPhoto()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken({u"User.Read"_s});
    const auto me = sandbox.get(sandbox.graphUrl(u"/me"_s), token,
                                {{"client-request-id", "0f9c5a4e-1111-4222-8333-944445555666"}});
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(u"userPrincipalName"_s).toString(), sandbox.server().mentorUpn());
    for (const QString &key : {u"businessPhones"_s, u"displayName"_s, u"givenName"_s, u"id"_s, u"jobTitle"_s, u"mail"_s,
                               u"mobilePhone"_s, u"officeLocation"_s, u"preferredLanguage"_s, u"surname"_s})
        QVERIFY2(me.json().contains(key), qPrintable(key));
    QCOMPARE(me.header("client-request-id"), QByteArray("0f9c5a4e-1111-4222-8333-944445555666"));
    QVERIFY(!me.header("request-id").isEmpty());
    const auto photo = sandbox.get(sandbox.graphUrl(u"/me/photo/$value"_s), token);
    QCOMPARE(photo.status, 200);
    QCOMPARE(photo.header("Content-Type"), QByteArray("image/jpeg"));
    QVERIFY(photo.body.startsWith("\xFF\xD8\xFF"));
    const auto selected = sandbox.get(sandbox.graphUrl(u"/me?$select=displayName"_s), token);
    QCOMPARE(selected.json().keys().contains(u"jobTitle"_s), false);
}

void TestSandboxGraphCalendar::calendarsIncludeShared()
{
    SandboxFixture sandbox;
    const auto reply = sandbox.get(sandbox.graphUrl(u"/me/calendars"_s), sandbox.issueToken(kAll));
    QCOMPARE(reply.status, 200);
    const QJsonArray calendars = reply.json().value(u"value"_s).toArray();
    QCOMPARE(calendars.size(), 4);
    int own = 0;
    for (const auto &value : calendars) {
        const QJsonObject calendar = value.toObject();
        const bool mine
            = calendar.value(u"owner"_s).toObject().value(u"address"_s).toString() == sandbox.server().mentorUpn();
        own += mine;
        if (!mine) {
            QCOMPARE(calendar.value(u"canShare"_s).toBool(), false);
            QCOMPARE(calendar.value(u"canViewPrivateItems"_s).toBool(), false);
            const bool delegate = calendar.value(u"name"_s).toString() == u"Jonas Weber"_s;
            QCOMPARE(calendar.value(u"canEdit"_s).toBool(), delegate);
        } else {
            QVERIFY(calendar.value(u"allowedOnlineMeetingProviders"_s).toArray().contains(u"teamsForBusiness"_s));
        }
    }
    QCOMPARE(own, 2);
}

void TestSandboxGraphCalendar::calendarViewNeedsWindow()
{
    SandboxFixture sandbox;
    const auto reply = sandbox.get(sandbox.graphUrl(u"/me/calendarView?startDateTime=2026-11-23T00:00:00"_s),
                                   sandbox.issueToken(kAll));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"ErrorInvalidParameter"_s);
    const QJsonObject inner = reply.json().value(u"error"_s).toObject().value(u"innerError"_s).toObject();
    QVERIFY(inner.contains(u"date"_s) && inner.contains(u"request-id"_s) && inner.contains(u"client-request-id"_s));
}

void TestSandboxGraphCalendar::calendarViewPagesAndExpands()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    int pages = 0;
    const QJsonArray items = all(sandbox, sandbox.graphUrl(u"/me/calendarView?"_s + kWindow), token, &pages);
    QVERIFY(items.size() > 20);
    QCOMPARE(pages, int((items.size() + 9) / 10));
    QSet<QString> ids;
    bool sawOccurrence = false;
    bool sawCancelledMeeting = false;
    for (const auto &value : items) {
        const QJsonObject event = value.toObject();
        QVERIFY(!ids.contains(event.value(u"id"_s).toString()));
        ids.insert(event.value(u"id"_s).toString());
        QVERIFY(event.value(u"type"_s).toString() != u"seriesMaster"_s);
        if (event.value(u"type"_s).toString() == u"occurrence"_s) {
            sawOccurrence = true;
            QVERIFY(!event.value(u"seriesMasterId"_s).toString().isEmpty());
        }
        sawCancelledMeeting = sawCancelledMeeting || event.value(u"isCancelled"_s).toBool();
        QCOMPARE(event.value(u"start"_s).toObject().value(u"timeZone"_s).toString(), u"UTC"_s);
        QVERIFY(event.value(u"start"_s).toObject().value(u"dateTime"_s).toString().endsWith(u".0000000"_s));
    }
    QVERIFY(sawOccurrence);
    QVERIFY(sawCancelledMeeting);
    // $top raises the page size; the next link is opaque.
    const auto big = sandbox.get(sandbox.graphUrl(u"/me/calendarView?$top=25&"_s + kWindow), token);
    QCOMPARE(big.json().value(u"value"_s).toArray().size(), std::min<qsizetype>(25, items.size()));
    QVERIFY(big.json().value(u"@odata.nextLink"_s).toString().contains(u"$skiptoken="_s));
    // The Mentoring calendar holds the weekly series with its exception and cancelled occurrence.
    const auto calendars = sandbox.get(sandbox.graphUrl(u"/me/calendars"_s), token).json().value(u"value"_s).toArray();
    QString mentoring;
    for (const auto &calendar : calendars)
        if (calendar.toObject().value(u"name"_s).toString() == u"Mentoring"_s)
            mentoring = calendar.toObject().value(u"id"_s).toString();
    const QJsonArray series = all(
        sandbox,
        sandbox.graphUrl(
            u"/me/calendars/%1/calendarView?startDateTime=2026-10-01T00:00:00Z&endDateTime=2027-01-31T00:00:00Z"_s.arg(
                mentoring)),
        token);
    int occurrences = 0;
    int exceptions = 0;
    for (const auto &value : series) {
        const QJsonObject event = value.toObject();
        if (!event.value(u"subject"_s).toString().startsWith(u"Mentoring circle"_s))
            continue;
        occurrences += event.value(u"type"_s).toString() == u"occurrence"_s;
        exceptions += event.value(u"type"_s).toString() == u"exception"_s;
    }
    QCOMPARE(exceptions, 1);
    QCOMPARE(occurrences, 10); // 12 in the series, one moved (exception), one cancelled
}

void TestSandboxGraphCalendar::preferTimeZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("offsetHours"); // vs UTC, in late November
    QTest::newRow("Pacific") << QByteArray("Pacific Standard Time") << -8;
    QTest::newRow("Berlin") << QByteArray("W. Europe Standard Time") << 1;
    QTest::newRow("Tokyo") << QByteArray("Tokyo Standard Time") << 9;
    QTest::newRow("India") << QByteArray("India Standard Time") << 5; // +5:30, hour part checked loosely
}

void TestSandboxGraphCalendar::preferTimeZone()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, offsetHours);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QString url = u"/me/calendarView?$top=50&$orderby=start/dateTime&"_s + kWindow;
    const auto utc = sandbox.get(sandbox.graphUrl(url), token);
    const auto local = sandbox.get(sandbox.graphUrl(url), token, {{"Prefer", "outlook.timezone=\"" + zone + '"'}});
    QCOMPARE(local.header("Preference-Applied"), QByteArray("outlook.timezone=\"" + zone + '"'));
    const QJsonArray a = utc.json().value(u"value"_s).toArray();
    const QJsonArray b = local.json().value(u"value"_s).toArray();
    QCOMPARE(a.size(), b.size()); // the window is not shifted by the preference
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject x = a.at(i).toObject();
        const QJsonObject y = b.at(i).toObject();
        if (x.value(u"isAllDay"_s).toBool())
            continue;
        QCOMPARE(y.value(u"start"_s).toObject().value(u"timeZone"_s).toString(), QString::fromLatin1(zone));
        const QDateTime t1 = QDateTime::fromString(
            x.value(u"start"_s).toObject().value(u"dateTime"_s).toString().left(19), Qt::ISODate);
        const QDateTime t2 = QDateTime::fromString(
            y.value(u"start"_s).toObject().value(u"dateTime"_s).toString().left(19), Qt::ISODate);
        QCOMPARE(qRound(t1.secsTo(t2) / 3600.0 - 0.01), offsetHours);
    }
}

void TestSandboxGraphCalendar::eventsListHasMastersNotOccurrences()
{
    SandboxFixture sandbox;
    const QJsonArray events = all(sandbox, sandbox.graphUrl(u"/me/events?$top=100"_s), sandbox.issueToken(kAll));
    int masters = 0;
    for (const auto &event : events) {
        const QString type = event.toObject().value(u"type"_s).toString();
        QVERIFY(type == u"singleInstance"_s || type == u"seriesMaster"_s);
        masters += type == u"seriesMaster"_s;
    }
    // Mentoring circle, stand-up, daily reflection; the mentor's day adds office hours and a mentee's weekly series.
    QCOMPARE(masters, 5);
}

void TestSandboxGraphCalendar::createEventWithTeamsAndIdempotency()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QJsonObject body{
        {u"subject"_s, u"Mentoring: Kenji"_s},
        {u"body"_s, QJsonObject{{u"contentType"_s, u"HTML"_s}, {u"content"_s, u"<p>Agenda</p>"_s}}},
        {u"start"_s,
         QJsonObject{{u"dateTime"_s, u"2026-12-02T13:00:00"_s}, {u"timeZone"_s, u"Pacific Standard Time"_s}}},
        {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T14:00:00"_s}, {u"timeZone"_s, u"Pacific Standard Time"_s}}},
        {u"attendees"_s,
         QJsonArray{QJsonObject{
             {u"emailAddress"_s,
              QJsonObject{{u"address"_s, u"kenji.tanaka@contoso-mentoring.example"_s}, {u"name"_s, u"Kenji"_s}}},
             {u"type"_s, u"required"_s}}}},
        {u"isOnlineMeeting"_s, true},
        {u"onlineMeetingProvider"_s, u"teamsForBusiness"_s},
        {u"transactionId"_s, u"7E163156-7762-4BEB-A1C6-729EA81755A7"_s},
    };
    const auto created = sandbox.postJson(sandbox.graphUrl(u"/me/events"_s), body, token);
    QCOMPARE(created.status, 201);
    const QJsonObject event = created.json();
    QVERIFY(!event.value(u"id"_s).toString().isEmpty());
    QVERIFY(!event.value(u"changeKey"_s).toString().isEmpty());
    QVERIFY(event.value(u"@odata.etag"_s).toString().startsWith(u"W/\""_s));
    QVERIFY(!event.value(u"iCalUId"_s).toString().isEmpty());
    QCOMPARE(event.value(u"isOrganizer"_s).toBool(), true);
    QCOMPARE(event.value(u"responseStatus"_s).toObject().value(u"response"_s).toString(), u"organizer"_s);
    QCOMPARE(event.value(u"attendees"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"status"_s)
                 .toObject()
                 .value(u"response"_s)
                 .toString(),
             u"none"_s);
    QCOMPARE(event.value(u"type"_s).toString(), u"singleInstance"_s);
    QCOMPARE(event.value(u"transactionId"_s).toString(), body.value(u"transactionId"_s).toString());
    QCOMPARE(event.value(u"originalStartTimeZone"_s).toString(), u"Pacific Standard Time"_s);
    QCOMPARE(event.value(u"start"_s).toObject().value(u"dateTime"_s).toString(), u"2026-12-02T21:00:00.0000000"_s);
    QVERIFY(event.value(u"onlineMeeting"_s)
                .toObject()
                .value(u"joinUrl"_s)
                .toString()
                .startsWith(u"https://teams.microsoft.com/l/meetup-join/"_s));
    QVERIFY(event.value(u"body"_s).toObject().value(u"content"_s).toString().contains(u"Microsoft Teams meeting"_s));
    // The retried POST returns the same event, and there is still exactly one.
    const auto retried = sandbox.postJson(sandbox.graphUrl(u"/me/events"_s), body, token);
    QCOMPARE(retried.json().value(u"id"_s).toString(), event.value(u"id"_s).toString());
    int copies = 0;
    for (const auto &stored : sandbox.state().value(u"events"_s).toArray())
        copies += stored.toObject().value(u"subject"_s).toString() == u"Mentoring: Kenji"_s;
    QCOMPARE(copies, 1);
    // Without transactionId it is not echoed.
    QJsonObject plain = body;
    plain.remove(u"transactionId"_s);
    QVERIFY(!sandbox.postJson(sandbox.graphUrl(u"/me/events"_s), plain, token).json().contains(u"transactionId"_s));
    // Unknown properties and time zones are refused.
    QJsonObject bad = plain;
    bad.insert(u"colour"_s, u"red"_s);
    QCOMPARE(sandbox.postJson(sandbox.graphUrl(u"/me/events"_s), bad, token)
                 .json()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"code"_s)
                 .toString(),
             u"RequestBodyRead"_s);
    QJsonObject zone = plain;
    zone.insert(u"start"_s,
                QJsonObject{{u"dateTime"_s, u"2026-12-02T13:00:00"_s}, {u"timeZone"_s, u"Mars Standard Time"_s}});
    QCOMPARE(sandbox.postJson(sandbox.graphUrl(u"/me/events"_s), zone, token).status, 400);
    // Once online, a PATCH cannot turn it off.
    const auto patched = sandbox.request("PATCH", sandbox.graphUrl(u"/me/events/"_s + event.value(u"id"_s).toString()),
                                         "{\"isOnlineMeeting\":false}", {{"Content-Type", "application/json"}}, token);
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().value(u"isOnlineMeeting"_s).toBool(), true);
}

void TestSandboxGraphCalendar::onlineMeetingFailureMode()
{
    SandboxFixture sandbox;
    sandbox.setConfig({{u"onlineMeetingFailure"_s, true}});
    const auto created = sandbox.postJson(
        sandbox.graphUrl(u"/me/events"_s),
        {{u"subject"_s, u"x"_s},
         {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T13:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
         {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T14:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
         {u"isOnlineMeeting"_s, true},
         {u"onlineMeetingProvider"_s, u"teamsForBusiness"_s}},
        sandbox.issueToken(kAll));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"isOnlineMeeting"_s).toBool(), false);
    QVERIFY(created.json().value(u"onlineMeeting"_s).isNull());
}

void TestSandboxGraphCalendar::updateAndCrossingBoundary()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QJsonArray items = all(sandbox, sandbox.graphUrl(u"/me/calendarView?$top=200&"_s + kWindow), token);
    QJsonObject standup;
    for (const auto &item : items) {
        if (item.toObject().value(u"subject"_s).toString() == u"Team stand-up"_s
            && item.toObject().value(u"type"_s).toString() == u"occurrence"_s) {
            standup = item.toObject();
            break;
        }
    }
    QVERIFY(!standup.isEmpty());
    const QString url = u"/me/events/"_s + standup.value(u"id"_s).toString();
    const QDateTime start = QDateTime::fromString(
        standup.value(u"start"_s).toObject().value(u"dateTime"_s).toString().left(19) + u'Z', Qt::ISODate);
    const auto patch = [&](const QDateTime &newStart) {
        const QJsonObject body{
            {u"start"_s,
             QJsonObject{{u"dateTime"_s, newStart.toString(u"yyyy-MM-ddTHH:mm:ss"_s)}, {u"timeZone"_s, u"UTC"_s}}},
            {u"end"_s,
             QJsonObject{{u"dateTime"_s, newStart.addSecs(900).toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
                         {u"timeZone"_s, u"UTC"_s}}}};
        return sandbox.request("PATCH", sandbox.graphUrl(url), QJsonDocument(body).toJson(),
                               {{"Content-Type", "application/json"}}, token);
    };
    const auto crossing = patch(start.addDays(1));
    QCOMPARE(crossing.status, 400);
    QCOMPARE(crossing.json().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"ErrorOccurrenceCrossingBoundary"_s);
    const auto moved = patch(start.addSecs(3600));
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value(u"type"_s).toString(), u"exception"_s);
    QCOMPARE(moved.json().value(u"id"_s).toString(), standup.value(u"id"_s).toString());
    const auto subject = sandbox.request("PATCH", sandbox.graphUrl(url), "{\"subject\":\"Stand-up (late)\"}",
                                         {{"Content-Type", "application/json"}}, token);
    QCOMPARE(subject.json().value(u"subject"_s).toString(), u"Stand-up (late)"_s);
    QCOMPARE(sandbox
                 .request("PATCH", sandbox.graphUrl(u"/me/events/nope"_s), "{}", {{"Content-Type", "application/json"}},
                          token)
                 .status,
             404);
}

void TestSandboxGraphCalendar::deleteAndCancel()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QJsonArray items = all(sandbox, sandbox.graphUrl(u"/me/calendarView?$top=200&"_s + kWindow), token);
    QString own;
    QString invited;
    for (const auto &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(u"type"_s).toString() != u"singleInstance"_s || item.value(u"isCancelled"_s).toBool())
            continue;
        if (item.value(u"isOrganizer"_s).toBool() && own.isEmpty())
            own = item.value(u"id"_s).toString();
        if (!item.value(u"isOrganizer"_s).toBool() && invited.isEmpty())
            invited = item.value(u"id"_s).toString();
    }
    QVERIFY(!own.isEmpty() && !invited.isEmpty());
    const auto refused = sandbox.request("POST", sandbox.graphUrl(u"/me/events/%1/cancel"_s.arg(invited)),
                                         "{\"Comment\":\"x\"}", {{"Content-Type", "application/json"}}, token);
    QCOMPARE(refused.status, 400);
    const auto cancelled = sandbox.request("POST", sandbox.graphUrl(u"/me/events/%1/cancel"_s.arg(own)),
                                           "{\"Comment\":\"Sorry\"}", {{"Content-Type", "application/json"}}, token);
    QCOMPARE(cancelled.status, 202);
    QVERIFY(cancelled.body.isEmpty());
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/events/"_s + own), token).status, 404);
    QCOMPARE(sandbox.request("DELETE", sandbox.graphUrl(u"/me/events/"_s + invited), {}, {}, token).status, 204);
    const QJsonArray after = all(sandbox, sandbox.graphUrl(u"/me/calendarView?$top=200&"_s + kWindow), token);
    QCOMPARE(after.size(), items.size() - 2);
    QString status;
    for (const auto &event : sandbox.state().value(u"events"_s).toArray())
        if (event.toObject().value(u"id"_s).toString() == own)
            status = event.toObject().value(u"sandboxStatus"_s).toString();
    QCOMPARE(status, u"cancelled"_s);
}

void TestSandboxGraphCalendar::deltaRounds()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QList<QNetworkReply::RawHeaderPair> prefer{{"Prefer", "odata.maxpagesize=7"}};
    QUrl next = sandbox.graphUrl(u"/me/calendarView/delta?"_s + kWindow);
    QJsonArray initial;
    QString deltaLink;
    for (int guard = 0; guard < 50 && deltaLink.isEmpty(); ++guard) {
        const auto page = sandbox.get(next, token, prefer);
        QCOMPARE(page.status, 200);
        QVERIFY(page.json().value(u"value"_s).toArray().size() <= 7);
        QVERIFY(!(page.json().contains(u"@odata.nextLink"_s) && page.json().contains(u"@odata.deltaLink"_s)));
        for (const auto &item : page.json().value(u"value"_s).toArray())
            initial.append(item);
        next = QUrl(page.json().value(u"@odata.nextLink"_s).toString());
        deltaLink = page.json().value(u"@odata.deltaLink"_s).toString();
    }
    QVERIFY(deltaLink.contains(u"$deltatoken="_s));
    QVERIFY(initial.size() > 10);
    const QString victim = initial.at(0).toObject().value(u"id"_s).toString();
    // Someone else changes the calendar.
    QVERIFY(!sandbox.mutate({{u"op"_s, u"deleteEvent"_s}, {u"id"_s, victim}}).contains(u"error"_s));
    const QJsonObject createdMutation = sandbox.mutate(
        {{u"op"_s, u"createEvent"_s},
         {u"mailbox"_s, sandbox.server().mentorUpn()},
         {u"event"_s,
          QJsonObject{{u"subject"_s, u"Added by Jonas"_s},
                      {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-11-26T10:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                      {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-11-26T11:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}}}});
    const QString added = createdMutation.value(u"id"_s).toString();
    QVERIFY(!added.isEmpty());
    const auto changes = sandbox.get(QUrl(deltaLink), token);
    QCOMPARE(changes.status, 200);
    bool removed = false;
    bool sawAdded = false;
    for (const auto &value : changes.json().value(u"value"_s).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(u"id"_s).toString() == victim)
            removed = item.value(u"@removed"_s).toObject().value(u"reason"_s).toString() == u"deleted"_s;
        sawAdded = sawAdded || item.value(u"id"_s).toString() == added;
    }
    QVERIFY(removed);
    QVERIFY(sawAdded);
    QVERIFY(changes.json().contains(u"@odata.deltaLink"_s));
    // The next round has nothing new.
    const auto quiet = sandbox.get(QUrl(changes.json().value(u"@odata.deltaLink"_s).toString()), token);
    QCOMPARE(quiet.json().value(u"value"_s).toArray().size(), 0);
}

void TestSandboxGraphCalendar::deltaRejectsOptionsAndExpiredTokens()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/calendarView/delta?$select=subject&"_s + kWindow), token).status, 400);
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/calendarView/delta?$filter=isAllDay%20eq%20true&"_s + kWindow), token)
                 .status,
             400);
    const auto garbage = sandbox.get(sandbox.graphUrl(u"/me/calendarView/delta?$deltatoken=bm9wZQ.abc"_s), token);
    QCOMPARE(garbage.status, 410);
    QCOMPARE(garbage.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"syncStateNotFound"_s);
    QUrl next = sandbox.graphUrl(u"/me/calendarView/delta?$top=500&"_s + kWindow);
    QString deltaLink;
    for (int guard = 0; guard < 50 && deltaLink.isEmpty(); ++guard) {
        const auto page = sandbox.get(next, token);
        next = QUrl(page.json().value(u"@odata.nextLink"_s).toString());
        deltaLink = page.json().value(u"@odata.deltaLink"_s).toString();
    }
    sandbox.advanceClock(8 * 24 * 3600);
    const QString fresh = sandbox.issueToken(kAll);
    QCOMPARE(sandbox.get(QUrl(deltaLink), fresh).json().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"syncStateNotFound"_s);
}

void TestSandboxGraphCalendar::sharedCalendars()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QString window = u"?"_s + kWindow;
    QCOMPARE(
        sandbox
            .get(sandbox.graphUrl(u"/users/priya.sharma@contoso-mentoring.example/calendar/calendarView"_s + window),
                 token)
            .status,
        200);
    const auto notShared = sandbox.get(
        sandbox.graphUrl(u"/users/kenji.tanaka@contoso-mentoring.example/calendar/calendarView"_s + window), token);
    QCOMPARE(notShared.status, 403);
    QCOMPARE(notShared.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"ErrorAccessDenied"_s);
    const auto withoutShared = sandbox.get(
        sandbox.graphUrl(u"/users/priya.sharma@contoso-mentoring.example/calendar/calendarView"_s + window),
        sandbox.issueToken({u"Calendars.ReadWrite"_s}));
    QCOMPARE(withoutShared.status, 403);
    const auto write = sandbox.postJson(
        sandbox.graphUrl(u"/users/jonas.weber@contoso-mentoring.example/calendar/events"_s),
        {{u"subject"_s, u"x"_s},
         {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T13:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
         {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T14:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}},
        token);
    QCOMPARE(write.status, 403);
    QCOMPARE(
        sandbox
            .get(sandbox.graphUrl(u"/users/nobody@contoso-mentoring.example/calendar/calendarView"_s + window), token)
            .status,
        404);
}

void TestSandboxGraphCalendar::scopeEnforcement_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("me without User.Read")
        << QByteArray("GET") << u"/me"_s << QStringList{u"Calendars.Read"_s} << 403 << u"Authorization_RequestDenied"_s;
    QTest::newRow("calendars without calendar scope")
        << QByteArray("GET") << u"/me/calendars"_s << QStringList{u"User.Read"_s} << 403 << u"ErrorAccessDenied"_s;
    QTest::newRow("calendarView with ReadBasic") << QByteArray("GET") << u"/me/calendarView?"_s + kWindow
                                                 << QStringList{u"Calendars.ReadBasic"_s} << 200 << QString();
    QTest::newRow("delta with ReadBasic") << QByteArray("GET") << u"/me/calendarView/delta?"_s + kWindow
                                          << QStringList{u"Calendars.ReadBasic"_s} << 403 << u"ErrorAccessDenied"_s;
    QTest::newRow("create with Read") << QByteArray("POST") << u"/me/events"_s << QStringList{u"Calendars.Read"_s}
                                      << 403 << u"ErrorAccessDenied"_s;
    QTest::newRow("findMeetingTimes with User.Read") << QByteArray("POST") << u"/me/findMeetingTimes"_s
                                                     << QStringList{u"User.Read"_s} << 403 << u"ErrorAccessDenied"_s;
    QTest::newRow("onlineMeetings without scope") << QByteArray("POST") << u"/me/onlineMeetings"_s
                                                  << QStringList{u"Calendars.ReadWrite"_s} << 403 << u"Forbidden"_s;
}

void TestSandboxGraphCalendar::scopeEnforcement()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QStringList, scopes);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    const auto reply
        = sandbox.request(method, sandbox.graphUrl(path), method == "POST" ? QByteArray("{}") : QByteArray(),
                          {{"Content-Type", "application/json"}}, sandbox.issueToken(scopes));
    QCOMPARE(reply.status, status);
    if (!code.isEmpty())
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), code);
}

void TestSandboxGraphCalendar::invalidTokens_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing") << u"missing"_s;
    QTest::newRow("garbage") << u"garbage"_s;
    QTest::newRow("foreign") << u"foreign"_s;
    QTest::newRow("expired") << u"expired"_s;
}

void TestSandboxGraphCalendar::invalidTokens()
{
    QFETCH(QString, kind);
    SandboxFixture sandbox;
    QString token;
    if (kind == u"garbage"_s)
        token = u"EwBwA8l6BAAU"_s;
    if (kind == u"foreign"_s) {
        SandboxFixture other;
        token = other.issueToken({u"User.Read"_s});
    }
    if (kind == u"expired"_s) {
        token = sandbox.issueToken({u"User.Read"_s}, 60);
        sandbox.advanceClock(61);
    }
    const auto reply = sandbox.get(sandbox.graphUrl(u"/me"_s), token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"InvalidAuthenticationToken"_s);
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer realm=\"\""));
    QVERIFY(reply.header("WWW-Authenticate").contains("client_id=\"00000003-0000-0000-c000-000000000000\""));
    if (kind == u"expired"_s)
        QVERIFY(reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"expired"_s));
}

void TestSandboxGraphCalendar::findMeetingTimes()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const QJsonObject body{
        {u"attendees"_s,
         QJsonArray{QJsonObject{
             {u"type"_s, u"required"_s},
             {u"emailAddress"_s, QJsonObject{{u"address"_s, u"kenji.tanaka@contoso-mentoring.example"_s}}}}}},
        {u"timeConstraint"_s,
         QJsonObject{
             {u"activityDomain"_s, u"work"_s},
             {u"timeSlots"_s,
              QJsonArray{QJsonObject{
                  {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-11-30T00:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                  {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T00:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}}}}}},
        {u"meetingDuration"_s, u"PT1H"_s},
        {u"maxCandidates"_s, 4},
        {u"returnSuggestionReasons"_s, true},
    };
    const auto reply = sandbox.postJson(sandbox.graphUrl(u"/me/findMeetingTimes"_s), body, token,
                                        {{"Prefer", "outlook.timezone=\"W. Europe Standard Time\""}});
    QCOMPARE(reply.status, 200);
    const QJsonArray suggestions = reply.json().value(u"meetingTimeSuggestions"_s).toArray();
    QVERIFY(!suggestions.isEmpty());
    QVERIFY(suggestions.size() <= 4);
    QCOMPARE(reply.json().value(u"emptySuggestionsReason"_s).toString(), QString());
    double previous = 101;
    for (int i = 0; i < suggestions.size(); ++i) {
        const QJsonObject suggestion = suggestions.at(i).toObject();
        QCOMPARE(suggestion.value(u"order"_s).toInt(), i + 1);
        QVERIFY(suggestion.value(u"confidence"_s).toDouble() <= previous);
        previous = suggestion.value(u"confidence"_s).toDouble();
        const QJsonObject start = suggestion.value(u"meetingTimeSlot"_s).toObject().value(u"start"_s).toObject();
        QCOMPARE(start.value(u"timeZone"_s).toString(), u"W. Europe Standard Time"_s);
        const QTime local = QDateTime::fromString(start.value(u"dateTime"_s).toString().left(19), Qt::ISODate).time();
        QVERIFY(local >= QTime(8, 0) && local <= QTime(16, 0)); // work hours 08-17 in the mentor's zone
        QVERIFY(!suggestion.value(u"suggestionReason"_s).toString().isEmpty());
    }
    // A Sunday window in work mode has nothing to offer.
    QJsonObject sunday = body;
    sunday.insert(
        u"timeConstraint"_s,
        QJsonObject{
            {u"timeSlots"_s,
             QJsonArray{QJsonObject{
                 {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-11-29T08:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                 {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-11-29T16:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}}}}});
    const auto none = sandbox.postJson(sandbox.graphUrl(u"/me/findMeetingTimes"_s), sunday, token);
    QCOMPARE(none.json().value(u"meetingTimeSuggestions"_s).toArray().size(), 0);
    QVERIFY(!none.json().value(u"emptySuggestionsReason"_s).toString().isEmpty());
}

void TestSandboxGraphCalendar::getSchedule()
{
    SandboxFixture sandbox;
    const QJsonObject body{
        {u"schedules"_s,
         QJsonArray{u"alex@contoso-mentoring.example"_s, u"priya.sharma@contoso-mentoring.example"_s,
                    u"stranger@elsewhere.example"_s}},
        {u"startTime"_s, QJsonObject{{u"dateTime"_s, u"2026-11-30T08:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
        {u"endTime"_s, QJsonObject{{u"dateTime"_s, u"2026-11-30T18:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
        {u"availabilityViewInterval"_s, 60},
    };
    const auto reply
        = sandbox.postJson(sandbox.graphUrl(u"/me/calendar/getSchedule"_s), body, sandbox.issueToken(kAll));
    QCOMPARE(reply.status, 200);
    const QJsonArray value = reply.json().value(u"value"_s).toArray();
    QCOMPARE(value.size(), 3);
    QCOMPARE(value.at(0).toObject().value(u"scheduleId"_s).toString(), u"alex@contoso-mentoring.example"_s);
    QCOMPARE(value.at(0).toObject().value(u"availabilityView"_s).toString().size(), 10);
    QVERIFY(value.at(0).toObject().value(u"availabilityView"_s).toString().contains(QRegularExpression(u"^[0-4]+$"_s)));
    QCOMPARE(value.at(0)
                 .toObject()
                 .value(u"workingHours"_s)
                 .toObject()
                 .value(u"timeZone"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
             u"W. Europe Standard Time"_s);
    QVERIFY(value.at(2).toObject().contains(u"error"_s));
    QVERIFY(!value.at(2).toObject().contains(u"scheduleItems"_s));
}

void TestSandboxGraphCalendar::personalAccount()
{
    auto options = SandboxFixture::defaultOptions();
    options.personalAccounts = true;
    SandboxFixture sandbox(options);
    const QString token = sandbox.issueToken({u"User.Read"_s, u"Calendars.ReadWrite"_s});
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me"_s), token).status, 200);
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/calendarView?"_s + kWindow), token).status, 200);
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/photo"_s), token).status, 400);
    const auto created = sandbox.postJson(
        sandbox.graphUrl(u"/me/events"_s),
        {{u"subject"_s, u"x"_s},
         {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T13:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
         {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T14:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
         {u"isOnlineMeeting"_s, true}},
        token);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"isOnlineMeeting"_s).toBool(), false);
    QVERIFY(created.json().value(u"onlineMeeting"_s).isNull());
    const auto calendars = sandbox.get(sandbox.graphUrl(u"/me/calendars"_s), token).json().value(u"value"_s).toArray();
    QVERIFY(!calendars.first()
                 .toObject()
                 .value(u"allowedOnlineMeetingProviders"_s)
                 .toArray()
                 .contains(u"teamsForBusiness"_s));
    QVERIFY(sandbox.postJson(sandbox.graphUrl(u"/me/findMeetingTimes"_s), {}, token).status >= 400);
    QVERIFY(sandbox.postJson(sandbox.graphUrl(u"/me/calendar/getSchedule"_s), {}, token).status >= 400);
    QVERIFY(sandbox.get(sandbox.graphUrl(u"/me/joinedTeams"_s), token).status >= 400);
    QVERIFY(sandbox.get(sandbox.graphUrl(u"/me/transitiveMemberOf/microsoft.graph.group"_s), token).status >= 400);
}

QTEST_GUILESS_MAIN(TestSandboxGraphCalendar)
#include "tst_sandbox_graph_calendar.moc"
