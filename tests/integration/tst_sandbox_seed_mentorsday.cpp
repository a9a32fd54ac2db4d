// The demo tenant's seed for a mentor's day (issue 17, SeedBuilder::addMentorsDay), in both demo organisations and
// whatever "now" the sandbox starts at: reminders due within a minute (one of a Teams session, one of a series'
// occurrence), invitations not yet answered (a single meeting, a weekly series that allows no new times, one the
// organiser moved after the mentor had accepted it), each backed by the organiser's own event; a colleague who
// shares their calendar and one who does not.
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk::Test;

namespace {

const QStringList kAll{u"openid"_s, u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s};

QString utcText(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QDateTime utcOf(const QJsonValue &dateTimeTimeZone)
{
    return QDateTime::fromString(dateTimeTimeZone.toObject().value(u"dateTime"_s).toString().left(19) + u'Z',
                                 Qt::ISODate);
}

QString organizerOf(const QJsonObject &event)
{
    return event.value(u"organizer"_s).toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString();
}

MentorDesk::Sandbox::SandboxOptions optionsFor(const QString &tenant, const QString &now)
{
    auto options = SandboxFixture::defaultOptions();
    options.tenant = tenant;
    options.now = QDateTime::fromString(now, Qt::ISODate);
    return options;
}

} // namespace

class TestSandboxSeedMentorsDay : public QObject
{
    Q_OBJECT

private:
    // The mentor's invitations not yet answered in the next two weeks, by type.
    QJsonArray pendingInvitations(SandboxFixture &sandbox, const QString &token, const QDateTime &now)
    {
        QJsonArray pending;
        QUrl next = sandbox.graphUrl(u"/me/calendarView?$top=200&startDateTime=%1Z&endDateTime=%2Z"_s.arg(
            utcText(now), utcText(now.addDays(14))));
        while (next.isValid()) {
            const auto page = sandbox.get(next, token);
            for (const auto &value : page.json().value(u"value"_s).toArray()) {
                const QJsonObject event = value.toObject();
                if (!event.value(u"isOrganizer"_s).toBool()
                    && event.value(u"responseStatus"_s).toObject().value(u"response"_s).toString() == u"notResponded"_s)
                    pending.append(event);
            }
            next = QUrl(page.json().value(u"@odata.nextLink"_s).toString());
        }
        return pending;
    }

private Q_SLOTS:
    void remindersDueWithinAMinute_data();
    void remindersDueWithinAMinute();
    void invitationsAwaitAnswers_data();
    void invitationsAwaitAnswers();
    void colleaguesWhoShareAndWhoDoNot_data();
    void colleaguesWhoShareAndWhoDoNot();
};

void TestSandboxSeedMentorsDay::remindersDueWithinAMinute_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("now");
    QTest::newRow("contoso, the tests' now") << u"contoso"_s << QString::fromLatin1(SandboxFixture::kDefaultNow);
    QTest::newRow("programme, the tests' now") << u"programme"_s << QString::fromLatin1(SandboxFixture::kDefaultNow);
    QTest::newRow("contoso, Saturday night") << u"contoso"_s << u"2026-11-28T22:59:31Z"_s;
    QTest::newRow("contoso, as Europe's clocks change") << u"contoso"_s << u"2027-03-28T00:59:59Z"_s;
    QTest::newRow("programme, on the minute") << u"programme"_s << u"2027-01-04T14:00:00Z"_s;
}

void TestSandboxSeedMentorsDay::remindersDueWithinAMinute()
{
    QFETCH(QString, tenant);
    QFETCH(QString, now);
    SandboxFixture sandbox(optionsFor(tenant, now));
    const QString token = sandbox.issueToken(kAll);
    const QDateTime start = QDateTime::fromString(now, Qt::ISODate);
    const auto reply = sandbox.get(sandbox.graphUrl(u"/me/reminderView(startDateTime='%1Z',endDateTime='%2Z')"_s.arg(
                                       utcText(start), utcText(start.addSecs(61)))),
                                   token);
    QCOMPARE(reply.status, 200);
    bool teams = false;
    bool occurrence = false;
    for (const auto &value : reply.json().value(u"value"_s).toArray()) {
        const QJsonObject reminder = value.toObject();
        const QDateTime fire = utcOf(reminder.value(u"reminderFireTime"_s));
        QVERIFY(fire >= start && fire <= start.addSecs(60));
        if (fire == start)
            continue; // another meeting's reminder that happens to fire at that very second (a stand-up's)
        const auto event
            = sandbox.get(sandbox.graphUrl(u"/me/events/"_s + reminder.value(u"eventId"_s).toString()), token);
        QCOMPARE(event.status, 200);
        teams = teams
            || event.json()
                   .value(u"onlineMeeting"_s)
                   .toObject()
                   .value(u"joinUrl"_s)
                   .toString()
                   .startsWith(u"https://teams.microsoft.com/l/meetup-join/"_s);
        occurrence = occurrence || event.json().value(u"type"_s).toString() == u"occurrence"_s;
    }
    QVERIFY(teams);
    QVERIFY(occurrence);
}

void TestSandboxSeedMentorsDay::invitationsAwaitAnswers_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::newRow("contoso") << u"contoso"_s;
    QTest::newRow("programme") << u"programme"_s;
}

void TestSandboxSeedMentorsDay::invitationsAwaitAnswers()
{
    QFETCH(QString, tenant);
    SandboxFixture sandbox(optionsFor(tenant, QString::fromLatin1(SandboxFixture::kDefaultNow)));
    const QString token = sandbox.issueToken(kAll);
    const QDateTime now = QDateTime::fromString(QString::fromLatin1(SandboxFixture::kDefaultNow), Qt::ISODate);
    const QJsonArray pending = pendingInvitations(sandbox, token, now);
    QJsonObject single;
    QJsonObject occurrence;
    QJsonObject moved;
    for (const auto &value : pending) {
        const QJsonObject event = value.toObject();
        const QString answeredAt = event.value(u"responseStatus"_s).toObject().value(u"time"_s).toString();
        if (answeredAt != u"0001-01-01T00:00:00Z"_s)
            moved = event;
        else if (event.value(u"type"_s).toString() == u"singleInstance"_s)
            single = event;
        else if (event.value(u"type"_s).toString() == u"occurrence"_s && occurrence.isEmpty())
            occurrence = event;
    }
    QVERIFY2(!single.isEmpty() && !occurrence.isEmpty() && !moved.isEmpty(),
             qPrintable(QString::number(pending.size())));
    QVERIFY(!single.value(u"onlineMeeting"_s).toObject().value(u"joinUrl"_s).toString().isEmpty());
    QCOMPARE(occurrence.value(u"allowNewTimeProposals"_s).toBool(), false);
    // Moved after the answer: changed later than it was answered.
    QVERIFY(
        QDateTime::fromString(moved.value(u"lastModifiedDateTime"_s).toString(), Qt::ISODateWithMs)
        > QDateTime::fromString(moved.value(u"responseStatus"_s).toObject().value(u"time"_s).toString(), Qt::ISODate));
    for (const QJsonObject &invitation : {single, occurrence, moved}) {
        QVERIFY(organizerOf(invitation) != sandbox.server().mentorUpn());
        QCOMPARE(invitation.value(u"showAs"_s).toString(), u"tentative"_s);
    }

    // Each is backed by the organiser's event: answering shows there.
    const auto organiserEvent = [&](const QJsonObject &invitation) {
        for (const auto &value : sandbox.state().value(u"events"_s).toArray()) {
            const QJsonObject event = value.toObject();
            if (event.value(u"iCalUId"_s) == invitation.value(u"iCalUId"_s)
                && event.value(u"mailbox"_s).toString() == organizerOf(invitation))
                return event;
        }
        return QJsonObject();
    };
    const auto mentorsStatus = [&](const QJsonObject &organiserCopy) {
        for (const auto &attendee : organiserCopy.value(u"attendees"_s).toArray()) {
            if (attendee.toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString()
                == sandbox.server().mentorUpn())
                return attendee.toObject().value(u"status"_s).toObject().value(u"response"_s).toString();
        }
        return QString();
    };
    QCOMPARE(mentorsStatus(organiserEvent(single)), u"none"_s);
    const auto accepted
        = sandbox.postJson(sandbox.graphUrl(u"/me/events/%1/accept"_s.arg(single.value(u"id"_s).toString())),
                           {{u"comment"_s, u"See you then"_s}}, token);
    QCOMPARE(accepted.status, 202);
    QCOMPARE(mentorsStatus(organiserEvent(single)), u"accepted"_s);
    // The series allows no new time.
    const auto proposal = sandbox.postJson(
        sandbox.graphUrl(u"/me/events/%1/tentativelyAccept"_s.arg(occurrence.value(u"id"_s).toString())),
        {{u"proposedNewTime"_s,
          QJsonObject{{u"start"_s, occurrence.value(u"start"_s)}, {u"end"_s, occurrence.value(u"end"_s)}}}},
        token);
    QCOMPARE(proposal.status, 400);
    QCOMPARE(pendingInvitations(sandbox, token, now).size(), pending.size() - 1);
}

void TestSandboxSeedMentorsDay::colleaguesWhoShareAndWhoDoNot_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("shares");
    QTest::addColumn<QString>("doesNot");
    QTest::newRow("contoso") << u"contoso"_s << u"priya.sharma@contoso-mentoring.example"_s
                             << u"kenji.tanaka@contoso-mentoring.example"_s;
    QTest::newRow("programme") << u"programme"_s << u"aisha.khan@mentoring-programme.example"_s
                               << u"yuki.sato@mentoring-programme.example"_s;
}

void TestSandboxSeedMentorsDay::colleaguesWhoShareAndWhoDoNot()
{
    QFETCH(QString, tenant);
    QFETCH(QString, shares);
    QFETCH(QString, doesNot);
    SandboxFixture sandbox(optionsFor(tenant, QString::fromLatin1(SandboxFixture::kDefaultNow)));
    const QString token = sandbox.issueToken({u"Calendars.Read.Shared"_s});
    const QString window
        = u"/calendar/calendarView?startDateTime=2026-11-23T00:00:00Z&endDateTime=2026-11-30T00:00:00Z"_s;
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/users/"_s + shares + window), token).status, 200);
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/users/"_s + doesNot + window), token).status, 403);
}

QTEST_GUILESS_MAIN(TestSandboxSeedMentorsDay)
#include "tst_sandbox_seed_mentorsday.moc"
