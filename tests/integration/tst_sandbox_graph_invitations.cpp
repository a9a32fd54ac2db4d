// The demo tenant's invitations over real HTTP: a colleague's meeting lands in the mentor's calendar, and
// POST …/events/{id}/accept, …/tentativelyAccept and …/decline (https://learn.microsoft.com/graph/api/event-accept,
// https://learn.microsoft.com/graph/api/event-tentativelyaccept, https://learn.microsoft.com/graph/api/event-decline)
// answer it: the mentor's copy gets responseStatus, the organiser's event the attendee's status and proposedNewTime
// (https://learn.microsoft.com/graph/outlook-calendar-meeting-proposals). Request bodies: tests/data/graph/requests.
#include "support/Fixtures.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk::Test;

namespace {

const QStringList kAll{u"openid"_s, u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s};
const QString kMentor = u"alex@contoso-mentoring.example"_s;
const QString kWindow = u"startDateTime=2026-12-01T00:00:00Z&endDateTime=2026-12-31T00:00:00Z"_s;

QString upn(const QString &local)
{
    return local + u"@contoso-mentoring.example"_s;
}

QJsonObject utcValue(const QString &dateTime)
{
    return {{u"dateTime"_s, dateTime}, {u"timeZone"_s, u"UTC"_s}};
}

QJsonObject attendeeEntry(const QJsonObject &event, const QString &address)
{
    for (const auto &attendee : event.value(u"attendees"_s).toArray()) {
        if (attendee.toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString() == address)
            return attendee.toObject();
    }
    return {};
}

QString errorCode(const SandboxFixture::Reply &reply)
{
    return reply.json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

} // namespace

class TestSandboxGraphInvitations : public QObject
{
    Q_OBJECT

private:
    struct Invitation
    {
        QString organiserEventId;
        QString mentorEventId;
    };
    // `organiser` invites the mentor (and Liam) to a meeting on 2 December 2026, 15:00-16:00 UTC; weekly for
    // `occurrences` weeks when that is not 0.
    Invitation invite(SandboxFixture &sandbox, const QString &organiser, bool allowNewTimeProposals = true,
                      int occurrences = 0)
    {
        QJsonObject event{
            {u"subject"_s, u"Mentoring: next steps"_s},
            {u"start"_s, utcValue(u"2026-12-02T15:00:00"_s)},
            {u"end"_s, utcValue(u"2026-12-02T16:00:00"_s)},
            {u"allowNewTimeProposals"_s, allowNewTimeProposals},
            {u"attendees"_s,
             QJsonArray{QJsonObject{{u"emailAddress"_s, QJsonObject{{u"address"_s, kMentor}, {u"name"_s, u"Alex"_s}}},
                                    {u"type"_s, u"required"_s}},
                        QJsonObject{{u"emailAddress"_s, QJsonObject{{u"address"_s, upn(u"liam.obrien"_s)}}},
                                    {u"type"_s, u"optional"_s}}}},
        };
        if (occurrences > 0) {
            event.insert(u"recurrence"_s,
                         QJsonObject{{u"pattern"_s,
                                      QJsonObject{{u"type"_s, u"weekly"_s},
                                                  {u"interval"_s, 1},
                                                  {u"daysOfWeek"_s, QJsonArray{u"wednesday"_s}}}},
                                     {u"range"_s,
                                      QJsonObject{{u"type"_s, u"numbered"_s},
                                                  {u"startDate"_s, u"2026-12-02"_s},
                                                  {u"numberOfOccurrences"_s, occurrences},
                                                  {u"recurrenceTimeZone"_s, u"UTC"_s}}}});
        }
        const QJsonObject result
            = sandbox.mutate({{u"op"_s, u"invite"_s}, {u"mailbox"_s, upn(organiser)}, {u"event"_s, event}});
        return {result.value(u"id"_s).toString(), result.value(u"copies"_s).toObject().value(kMentor).toString()};
    }
    // The organiser's event as stored (the state dump shows it in UTC).
    QJsonObject storedEvent(SandboxFixture &sandbox, const QString &id)
    {
        for (const auto &event : sandbox.state().value(u"events"_s).toArray()) {
            if (event.toObject().value(u"id"_s).toString() == id)
                return event.toObject();
        }
        return {};
    }
    QJsonArray mentorsView(SandboxFixture &sandbox, const QString &token, const QString &subject)
    {
        QJsonArray items;
        const auto reply = sandbox.get(sandbox.graphUrl(u"/me/calendarView?$top=500&"_s + kWindow), token);
        for (const auto &item : reply.json().value(u"value"_s).toArray()) {
            if (item.toObject().value(u"subject"_s).toString() == subject)
                items.append(item);
        }
        return items;
    }
    SandboxFixture::Reply answer(SandboxFixture &sandbox, const QString &token, const QString &id,
                                 const QString &action, const QByteArray &body)
    {
        return sandbox.request("POST", sandbox.graphUrl(u"/me/events/%1/%2"_s.arg(id, action)), body,
                               {{"Content-Type", "application/json"}}, token);
    }
    static QByteArray fixtureBody(const QString &name)
    {
        return QJsonDocument(readJsonFixture(u"graph/documented/requests/"_s + name).object().value(u"body"_s).toObject())
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void invitationLandsInTheMentorsCalendar();
    void answers_data();
    void answers();
    void refused_data();
    void refused();
    void organiserCannotAnswer_data();
    void organiserCannotAnswer();
    void cancelledMeetingCannotBeAnswered();
    void seriesAndOccurrences_data();
    void seriesAndOccurrences();
    void proposalInTheCallersZone();
};

void TestSandboxGraphInvitations::invitationLandsInTheMentorsCalendar()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const Invitation invitation = invite(sandbox, u"maria.garcia"_s);
    QVERIFY(!invitation.mentorEventId.isEmpty());
    QVERIFY(invitation.mentorEventId != invitation.organiserEventId); // ids are per mailbox
    const auto copy = sandbox.get(sandbox.graphUrl(u"/me/events/"_s + invitation.mentorEventId), token);
    QCOMPARE(copy.status, 200);
    const QJsonObject event = copy.json();
    QCOMPARE(event.value(u"isOrganizer"_s).toBool(), false);
    QCOMPARE(event.value(u"responseStatus"_s).toObject().value(u"response"_s).toString(), u"notResponded"_s);
    QCOMPARE(event.value(u"showAs"_s).toString(), u"tentative"_s);
    QCOMPARE(event.value(u"organizer"_s).toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString(),
             upn(u"maria.garcia"_s));
    QCOMPARE(event.value(u"iCalUId"_s), storedEvent(sandbox, invitation.organiserEventId).value(u"iCalUId"_s));
    QCOMPARE(mentorsView(sandbox, token, u"Mentoring: next steps"_s).size(), 1);
}

void TestSandboxGraphInvitations::answers_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("response"); // the mentor's responseStatus afterwards; "" when the copy is gone
    QTest::addColumn<QString>("organiserSees"); // the attendee's status in the organiser's event
    QTest::addColumn<QString>("proposedStartUtc"); // in the organiser's event; "" for none
    QTest::addColumn<QString>("showAs");
    QTest::newRow("accept (documented body)")
        << u"accept"_s << fixtureBody(u"accept.json"_s) << u"accepted"_s << u"accepted"_s << QString() << u"busy"_s;
    QTest::newRow("accept, no body") << u"accept"_s << QByteArray() << u"accepted"_s << u"accepted"_s << QString()
                                     << u"busy"_s;
    QTest::newRow("accept without sending the response") << u"accept"_s << QByteArray(R"({"sendResponse":false})")
                                                         << u"accepted"_s << u"none"_s << QString() << u"busy"_s;
    QTest::newRow("tentatively accept with a proposal (documented body)")
        << u"tentativelyAccept"_s << fixtureBody(u"tentativelyAccept.json"_s) << u"tentativelyAccepted"_s
        << u"tentativelyAccepted"_s << u"2019-12-03T02:00:00"_s << u"tentative"_s;
    QTest::newRow("tentatively accept (proposal walkthrough: \"true\", capitalised names)")
        << u"tentativelyAccept"_s << fixtureBody(u"tentativelyAccept-proposal.json"_s) << u"tentativelyAccepted"_s
        << u"tentativelyAccepted"_s << u"2019-08-16T19:00:00"_s << u"tentative"_s;
    QTest::newRow("tentatively accept, no proposal")
        << u"tentativelyAccept"_s << QByteArray(R"({"comment":"Maybe"})") << u"tentativelyAccepted"_s
        << u"tentativelyAccepted"_s << QString() << u"tentative"_s;
    QTest::newRow("decline with a proposal (documented body)")
        << u"decline"_s << fixtureBody(u"decline.json"_s) << QString() << u"declined"_s << u"2019-12-03T02:00:00"_s
        << QString();
    QTest::newRow("decline quietly") << u"decline"_s << QByteArray(R"({"sendResponse":false})") << QString()
                                     << u"none"_s << QString() << QString();
}

void TestSandboxGraphInvitations::answers()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    QFETCH(QString, response);
    QFETCH(QString, organiserSees);
    QFETCH(QString, proposedStartUtc);
    QFETCH(QString, showAs);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const Invitation invitation = invite(sandbox, u"maria.garcia"_s);
    const auto reply = answer(sandbox, token, invitation.mentorEventId, action, body);
    QCOMPARE(reply.status, 202); // 202 Accepted, nothing in the body
    QVERIFY(reply.body.isEmpty());

    const auto copy = sandbox.get(sandbox.graphUrl(u"/me/events/"_s + invitation.mentorEventId), token);
    if (response.isEmpty()) {
        // A declined meeting leaves the calendar.
        QCOMPARE(copy.status, 404);
        QCOMPARE(errorCode(copy), u"ErrorItemNotFound"_s);
        QVERIFY(mentorsView(sandbox, token, u"Mentoring: next steps"_s).isEmpty());
    } else {
        const QJsonObject status = copy.json().value(u"responseStatus"_s).toObject();
        QCOMPARE(status.value(u"response"_s).toString(), response);
        QVERIFY(status.value(u"time"_s).toString().startsWith(u"2026-11-25T"_s));
        QVERIFY(status.value(u"time"_s).toString().endsWith(u'Z'));
        QCOMPARE(copy.json().value(u"showAs"_s).toString(), showAs);
    }

    const QJsonObject organiser = storedEvent(sandbox, invitation.organiserEventId);
    const QJsonObject entry = attendeeEntry(organiser, kMentor);
    QCOMPARE(entry.value(u"status"_s).toObject().value(u"response"_s).toString(), organiserSees);
    QCOMPARE(
        attendeeEntry(organiser, upn(u"liam.obrien"_s)).value(u"status"_s).toObject().value(u"response"_s).toString(),
        u"none"_s); // nobody else's status moves
    if (proposedStartUtc.isEmpty()) {
        QVERIFY(!entry.contains(u"proposedNewTime"_s));
    } else {
        const QJsonObject proposed = entry.value(u"proposedNewTime"_s).toObject();
        QCOMPARE(proposed.value(u"start"_s).toObject(),
                 (QJsonObject{{u"dateTime"_s, QString(proposedStartUtc + u".0000000"_s)}, {u"timeZone"_s, u"UTC"_s}}));
        QVERIFY(proposed.value(u"end"_s).toObject().value(u"dateTime"_s).toString() > proposedStartUtc);
    }
    // What went to the organiser, comment included, is in the state dump.
    const QJsonArray sent = sandbox.state().value(u"meetingResponses"_s).toArray();
    QCOMPARE(sent.size(), 1);
    const QJsonObject message = sent.first().toObject();
    QCOMPARE(message.value(u"organizer"_s).toString(), upn(u"maria.garcia"_s));
    QCOMPARE(message.value(u"sendResponse"_s).toBool(), organiserSees != u"none"_s);
    const QJsonObject sentBody = QJsonDocument::fromJson(body).object();
    if (sentBody.contains(u"comment"_s))
        QCOMPARE(message.value(u"comment"_s), sentBody.value(u"comment"_s));
}

void TestSandboxGraphInvitations::refused_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("allowNewTimeProposals");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray proposal = fixtureBody(u"tentativelyAccept.json"_s);
    QTest::newRow("proposal, organiser allows none")
        << u"tentativelyAccept"_s << proposal << false << 400 << u"ErrorInvalidRequest"_s;
    QTest::newRow("decline with a proposal, organiser allows none")
        << u"decline"_s << fixtureBody(u"decline.json"_s) << false << 400 << u"ErrorInvalidRequest"_s;
    QTest::newRow("proposal without sending the response")
        << u"tentativelyAccept"_s
        << QByteArray(R"({"sendResponse":false,"proposedNewTime":{"start":{"dateTime":"2026-12-03T15:00:00",)"
                      R"("timeZone":"UTC"},"end":{"dateTime":"2026-12-03T16:00:00","timeZone":"UTC"}}})")
        << true << 400 << u"ErrorInvalidRequest"_s;
    QTest::newRow("accept has no proposedNewTime") << u"accept"_s << proposal << true << 400 << u"RequestBodyRead"_s;
    QTest::newRow("a parameter the action has not")
        << u"accept"_s << QByteArray(R"({"comment":"ok","notify":true})") << true << 400 << u"RequestBodyRead"_s;
    QTest::newRow("sendResponse not a boolean")
        << u"accept"_s << QByteArray(R"({"sendResponse":"perhaps"})") << true << 400 << u"RequestBodyRead"_s;
    QTest::newRow("not JSON") << u"accept"_s << QByteArray("yes") << true << 400 << u"BadRequest"_s;
    QTest::newRow("proposal in an unknown zone")
        << u"tentativelyAccept"_s
        << QByteArray(R"({"proposedNewTime":{"start":{"dateTime":"2026-12-03T15:00:00","timeZone":"Mars Time"},)"
                      R"("end":{"dateTime":"2026-12-03T16:00:00","timeZone":"Mars Time"}}})")
        << true << 400 << u"TimeZoneNotSupportedException"_s;
    QTest::newRow("proposal ending before it starts")
        << u"decline"_s
        << QByteArray(R"({"proposedNewTime":{"start":{"dateTime":"2026-12-03T15:00:00","timeZone":"UTC"},)"
                      R"("end":{"dateTime":"2026-12-03T14:00:00","timeZone":"UTC"}}})")
        << true << 400 << u"ErrorInvalidRequest"_s;
    QTest::newRow("an id that is not there")
        << u"accept"_s << QByteArray("{}") << true << 404 << u"ErrorItemNotFound"_s;
    QTest::newRow("with Calendars.Read only")
        << u"accept"_s << QByteArray("{}") << true << 403 << u"ErrorAccessDenied"_s;
}

void TestSandboxGraphInvitations::refused()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, body);
    QFETCH(bool, allowNewTimeProposals);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const Invitation invitation = invite(sandbox, u"kenji.tanaka"_s, allowNewTimeProposals);
    const bool missing = status == 404;
    const bool readOnly = status == 403;
    const auto reply = answer(sandbox, readOnly ? sandbox.issueToken({u"Calendars.Read"_s}) : token,
                              missing ? u"AAMkAGnope"_s : invitation.mentorEventId, action, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(errorCode(reply), code);
    QVERIFY(!reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    // Nothing changed anywhere.
    const auto copy = sandbox.get(sandbox.graphUrl(u"/me/events/"_s + invitation.mentorEventId), token);
    QCOMPARE(copy.json().value(u"responseStatus"_s).toObject().value(u"response"_s).toString(), u"notResponded"_s);
    QCOMPARE(attendeeEntry(storedEvent(sandbox, invitation.organiserEventId), kMentor)
                 .value(u"status"_s)
                 .toObject()
                 .value(u"response"_s)
                 .toString(),
             u"none"_s);
    QVERIFY(sandbox.state().value(u"meetingResponses"_s).toArray().isEmpty());
}

void TestSandboxGraphInvitations::organiserCannotAnswer_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("code");
    QTest::newRow("accept") << u"accept"_s << u"ErrorCalendarIsOrganizerForAccept"_s;
    QTest::newRow("tentativelyAccept") << u"tentativelyAccept"_s << u"ErrorCalendarIsOrganizerForTentative"_s;
    QTest::newRow("decline") << u"decline"_s << u"ErrorCalendarIsOrganizerForDecline"_s;
    QTest::newRow("lower case action") << u"tentativelyaccept"_s << u"ErrorCalendarIsOrganizerForTentative"_s;
}

void TestSandboxGraphInvitations::organiserCannotAnswer()
{
    QFETCH(QString, action);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const auto own = sandbox.postJson(sandbox.graphUrl(u"/me/events"_s),
                                      {{u"subject"_s, u"My own session"_s},
                                       {u"start"_s, utcValue(u"2026-12-04T10:00:00"_s)},
                                       {u"end"_s, utcValue(u"2026-12-04T11:00:00"_s)}},
                                      token);
    const QString id = own.json().value(u"id"_s).toString();
    const auto reply = answer(sandbox, token, id, action, "{}");
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), code);
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/events/"_s + id), token).status, 200); // still there
}

void TestSandboxGraphInvitations::cancelledMeetingCannotBeAnswered()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const auto view = sandbox.get(
        sandbox.graphUrl(
            u"/me/calendarView?$top=500&startDateTime=2026-11-23T00:00:00Z&endDateTime=2026-11-30T00:00:00Z"_s),
        token);
    QString cancelled;
    for (const auto &item : view.json().value(u"value"_s).toArray()) {
        if (item.toObject().value(u"isCancelled"_s).toBool())
            cancelled = item.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!cancelled.isEmpty());
    const auto reply = answer(sandbox, token, cancelled, u"accept"_s, "{}");
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), u"ErrorCalendarIsCancelledForAccept"_s);
}

void TestSandboxGraphInvitations::seriesAndOccurrences_data()
{
    QTest::addColumn<QString>("target"); // master | second occurrence
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("responses"); // the mentor's, per week, in order; "" for a week no longer shown
    QTest::addColumn<QString>("organiserMaster"); // the mentor's status in the organiser's series master
    QTest::addColumn<QString>("organiserSecond"); // … and in the organiser's second week
    QTest::newRow("accept the series") << u"master"_s << u"accept"_s
                                       << QStringList{u"accepted"_s, u"accepted"_s, u"accepted"_s} << u"accepted"_s
                                       << u"accepted"_s;
    QTest::newRow("decline the series") << u"master"_s << u"decline"_s << QStringList{QString(), QString(), QString()}
                                        << u"declined"_s << u"declined"_s;
    QTest::newRow("tentatively accept one week")
        << u"second"_s << u"tentativelyAccept"_s
        << QStringList{u"notResponded"_s, u"tentativelyAccepted"_s, u"notResponded"_s} << u"none"_s
        << u"tentativelyAccepted"_s;
    QTest::newRow("decline one week") << u"second"_s << u"decline"_s
                                      << QStringList{u"notResponded"_s, QString(), u"notResponded"_s} << u"none"_s
                                      << u"declined"_s;
}

void TestSandboxGraphInvitations::seriesAndOccurrences()
{
    QFETCH(QString, target);
    QFETCH(QString, action);
    QFETCH(QStringList, responses);
    QFETCH(QString, organiserMaster);
    QFETCH(QString, organiserSecond);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const Invitation invitation = invite(sandbox, u"priya.sharma"_s, true, 3);
    const QJsonArray before = mentorsView(sandbox, token, u"Mentoring: next steps"_s);
    QCOMPARE(before.size(), 3);
    QString second;
    for (const auto &item : before) {
        QCOMPARE(item.toObject().value(u"seriesMasterId"_s).toString(), invitation.mentorEventId);
        if (item.toObject().value(u"start"_s).toObject().value(u"dateTime"_s).toString().startsWith(u"2026-12-09"_s))
            second = item.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!second.isEmpty());
    const auto reply = answer(sandbox, token, target == u"master"_s ? invitation.mentorEventId : second, action,
                              "{\"comment\":\"\"}");
    QCOMPARE(reply.status, 202);

    const QJsonArray after = mentorsView(sandbox, token, u"Mentoring: next steps"_s);
    const QStringList weeks{u"2026-12-02"_s, u"2026-12-09"_s, u"2026-12-16"_s};
    for (int week = 0; week < 3; ++week) {
        QString shown;
        for (const auto &item : after) {
            const QJsonObject event = item.toObject();
            if (event.value(u"start"_s).toObject().value(u"dateTime"_s).toString().startsWith(weeks.at(week)))
                shown = event.value(u"responseStatus"_s).toObject().value(u"response"_s).toString();
        }
        QCOMPARE(shown, responses.at(week));
    }

    // The organiser's series: her master, and her second week (an exception once one week was answered alone).
    const QJsonObject master = storedEvent(sandbox, invitation.organiserEventId);
    QCOMPARE(attendeeEntry(master, kMentor).value(u"status"_s).toObject().value(u"response"_s).toString(),
             organiserMaster);
    const auto organisersWeek = sandbox.get(
        sandbox.graphUrl(u"/users/priya.sharma@contoso-mentoring.example/calendar/calendarView?$top=500&"_s + kWindow),
        token);
    QCOMPARE(organisersWeek.status, 200); // Priya shares her calendar with the mentor
    QString secondStatus;
    for (const auto &item : organisersWeek.json().value(u"value"_s).toArray()) {
        const QJsonObject event = item.toObject();
        if (event.value(u"seriesMasterId"_s).toString() == invitation.organiserEventId
            && event.value(u"start"_s).toObject().value(u"dateTime"_s).toString().startsWith(u"2026-12-09"_s))
            secondStatus = attendeeEntry(event, kMentor).value(u"status"_s).toObject().value(u"response"_s).toString();
    }
    QCOMPARE(secondStatus, organiserSecond);
}

void TestSandboxGraphInvitations::proposalInTheCallersZone()
{
    // Priya shares her calendar: the mentor reads her event, and sees the proposal in the zone he asks for.
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kAll);
    const Invitation invitation = invite(sandbox, u"priya.sharma"_s);
    QCOMPARE(answer(sandbox, token, invitation.mentorEventId, u"tentativelyAccept"_s,
                    fixtureBody(u"tentativelyAccept.json"_s))
                 .status,
             202);
    const auto event = sandbox.get(
        sandbox.graphUrl(u"/users/priya.sharma@contoso-mentoring.example/events/"_s + invitation.organiserEventId),
        token, {{"Prefer", "outlook.timezone=\"Pacific Standard Time\""}});
    QCOMPARE(event.status, 200);
    const QJsonObject proposed = attendeeEntry(event.json(), kMentor).value(u"proposedNewTime"_s).toObject();
    QCOMPARE(
        proposed.value(u"start"_s).toObject(),
        (QJsonObject{{u"dateTime"_s, u"2019-12-02T18:00:00.0000000"_s}, {u"timeZone"_s, u"Pacific Standard Time"_s}}));
    QCOMPARE(
        proposed.value(u"end"_s).toObject(),
        (QJsonObject{{u"dateTime"_s, u"2019-12-02T19:00:00.0000000"_s}, {u"timeZone"_s, u"Pacific Standard Time"_s}}));
}

QTEST_GUILESS_MAIN(TestSandboxGraphInvitations)
#include "tst_sandbox_graph_invitations.moc"
