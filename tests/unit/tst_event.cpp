#include "core/model/Calendar.h"
#include "core/model/Event.h"
#include "core/model/GraphTime.h"
#include "support/Fixtures.h"
#include "support/Platform.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return GraphTime::utc(QDate(y, mo, d), QTime(h, mi, s, ms));
}

QJsonArray fixtureItems(const QString &file)
{
    return Test::readJsonFixture(u"calendar/"_s + file).object().value("value"_L1).toArray();
}

QJsonObject fixtureItem(const QString &file, const QString &id)
{
    const QJsonArray items = fixtureItems(file);
    for (const QJsonValue &item : items) {
        if (item.toObject().value("id"_L1).toString() == id)
            return item.toObject();
    }
    qFatal("no item %s in %s", qPrintable(id), qPrintable(file));
    return {};
}

Event fixtureEvent(const QString &file, const QString &id)
{
    return Event::fromJson(fixtureItem(file, id), u"cal-1"_s);
}

const QStringList kEventFixtures = {
    u"events/single.json"_s,    u"events/windows-zones.json"_s,  u"events/dst.json"_s,   u"events/all-day.json"_s,
    u"events/recurring.json"_s, u"events/series-masters.json"_s, u"events/nulls.json"_s,
};

} // namespace

class TestEvent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void times_data();
    void times();
    void localDates_data();
    void localDates();
    void kinds_data();
    void kinds();
    void fullEvent();
    void onlineMeetingAndLinks_data();
    void onlineMeetingAndLinks();
    void recurrence();
    void nullsAndUnknownFields();
    void roundTrip_data();
    void roundTrip();
    void removedMarkers();
    void calendars_data();
    void calendars();
    void calendarKindWithoutProfile();
    void calendarRoundTrip();
};

void TestEvent::initTestCase()
{
    // One fixture uses a custom zone: its single warning is expected.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown time zone.*tzone://Microsoft/Custom"_s));
    GraphTime::zoneForNameOrUtc(u"tzone://Microsoft/Custom"_s);
}

void TestEvent::times_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<bool>("allDay");
    QTest::addColumn<QDate>("startDate");
    QTest::addColumn<QDate>("endDate");

    const QString single = u"events/single.json"_s;
    const QString zones = u"events/windows-zones.json"_s;
    const QString dst = u"events/dst.json"_s;
    const QString allDay = u"events/all-day.json"_s;
    const QDate none;
    QTest::newRow("utc") << single << u"AAMkAGI2TGuLAAA=single"_s << utc(2026, 11, 24, 9) << utc(2026, 11, 24, 9, 30)
                         << false << none << none;
    QTest::newRow("pacific") << zones << u"evt-pst"_s << utc(2026, 11, 24, 17) << utc(2026, 11, 24, 18, 15) << false
                             << none << none;
    QTest::newRow("7-digit fractions") << zones << u"evt-fraction"_s << utc(2026, 11, 24, 13, 45, 30, 123)
                                       << utc(2026, 11, 24, 14, 0, 0, 500) << false << none << none;
    QTest::newRow("iana") << zones << u"evt-iana"_s << utc(2026, 7, 1, 8) << utc(2026, 7, 1, 9) << false << none
                          << none;
    QTest::newRow("half-hour offset") << zones << u"evt-india"_s << utc(2026, 11, 24, 3, 30) << utc(2026, 11, 24, 4, 15)
                                      << false << none << none;
    QTest::newRow("tokyo") << zones << u"evt-tokyo"_s << utc(2026, 11, 24, 23) << utc(2026, 11, 25, 1) << false << none
                           << none;
    QTest::newRow("custom zone as utc") << zones << u"evt-custom"_s << utc(2026, 11, 24, 9) << utc(2026, 11, 24, 10)
                                        << false << none << none;
    QTest::newRow("offset in dateTime") << zones << u"evt-utc-offset"_s << utc(2026, 11, 24, 8) << utc(2026, 11, 24, 10)
                                        << false << none << none;
    QTest::newRow("dst gap") << dst << u"evt-dst-gap"_s << utc(2026, 3, 8, 10, 30) << utc(2026, 3, 8, 11) << false
                             << none << none;
    QTest::newRow("dst fold") << dst << u"evt-dst-fold"_s << utc(2026, 11, 1, 8, 30) << utc(2026, 11, 1, 10, 30)
                              << false << none << none;
    QTest::newRow("multi-day across dst")
        << dst << u"evt-multiday-dst"_s << utc(2026, 3, 6, 17) << utc(2026, 3, 11) << false << none << none;
    QTest::newRow("eu multi-day across dst")
        << dst << u"evt-eu-fallback"_s << utc(2026, 10, 24, 16) << utc(2026, 10, 26, 8) << false << none << none;
    QTest::newRow("all-day across dst") << dst << u"evt-allday-dst"_s << utc(2026, 3, 7, 8) << utc(2026, 3, 10, 7)
                                        << true << QDate(2026, 3, 7) << QDate(2026, 3, 10);
    QTest::newRow("all-day sent as utc, pacific event")
        << allDay << u"evt-allday-utc"_s << utc(2026, 11, 28, 8) << utc(2026, 11, 29, 8) << true << QDate(2026, 11, 28)
        << QDate(2026, 11, 29);
    QTest::newRow("all-day multi") << allDay << u"evt-allday-multi"_s << utc(2026, 12, 24) << utc(2026, 12, 27) << true
                                   << QDate(2026, 12, 24) << QDate(2026, 12, 27);
    QTest::newRow("all-day over new year") << allDay << u"evt-allday-newyear"_s << utc(2026, 12, 30, 23)
                                           << utc(2027, 1, 1, 23) << true << QDate(2026, 12, 31) << QDate(2027, 1, 2);
    QTest::newRow("all-day without end") << allDay << u"evt-allday-noend"_s << utc(2026, 11, 30) << utc(2026, 12, 1)
                                         << true << QDate(2026, 11, 30) << QDate(2026, 12, 1);
    QTest::newRow("null zone") << u"events/nulls.json"_s << u"evt-nulls"_s << utc(2026, 11, 26, 12)
                               << utc(2026, 11, 26, 12, 30) << false << none << none;
}

void TestEvent::times()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(bool, allDay);
    QFETCH(QDate, startDate);
    QFETCH(QDate, endDate);

    const Event event = fixtureEvent(file, id);
    QVERIFY(event.isValid());
    QCOMPARE(event.start, start);
    QCOMPARE(event.end, end);
    QCOMPARE(event.start.timeSpec(), Qt::UTC);
    QCOMPARE(event.isAllDay, allDay);
    QCOMPARE(event.startDate, startDate);
    QCOMPARE(event.endDate, endDate);
}

void TestEvent::localDates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("viewer");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    const QString allDay = u"events/all-day.json"_s;
    // An all-day event on 28 Nov is on 28 Nov everywhere.
    QTest::newRow("all-day in Auckland") << allDay << u"evt-allday-utc"_s << QByteArray("Pacific/Auckland")
                                         << QDate(2026, 11, 28) << QDate(2026, 11, 28);
    QTest::newRow("all-day in Honolulu") << allDay << u"evt-allday-utc"_s << QByteArray("Pacific/Honolulu")
                                         << QDate(2026, 11, 28) << QDate(2026, 11, 28);
    QTest::newRow("all-day multi") << allDay << u"evt-allday-multi"_s << QByteArray("America/New_York")
                                   << QDate(2026, 12, 24) << QDate(2026, 12, 26);
    // 23:00-01:00 UTC: two days in London, one in Berlin (00:00-02:00) and Tokyo (08:00-10:00).
    QTest::newRow("tokyo in London") << u"events/windows-zones.json"_s << u"evt-tokyo"_s << QByteArray("Europe/London")
                                     << QDate(2026, 11, 24) << QDate(2026, 11, 25);
    QTest::newRow("tokyo in Berlin") << u"events/windows-zones.json"_s << u"evt-tokyo"_s << QByteArray("Europe/Berlin")
                                     << QDate(2026, 11, 25) << QDate(2026, 11, 25);
    QTest::newRow("multi-day in LA") << u"events/dst.json"_s << u"evt-multiday-dst"_s
                                     << QByteArray("America/Los_Angeles") << QDate(2026, 3, 6) << QDate(2026, 3, 10);
}

void TestEvent::localDates()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QByteArray, viewer);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const Event event = fixtureEvent(file, id);
    const QTimeZone zone(viewer);
    QCOMPARE(event.firstDate(zone), first);
    QCOMPARE(event.lastDate(zone), last);
    QCOMPARE(event.spansMultipleDays(zone), first != last);
}

void TestEvent::kinds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Event::Type>("type");
    QTest::addColumn<QString>("seriesMasterId");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QDateTime>("originalStart");
    QTest::addColumn<bool>("hasRecurrence");

    const QString recurring = u"events/recurring.json"_s;
    const QString masters = u"events/series-masters.json"_s;
    const QString master = u"evt-master-weekly"_s;
    QTest::newRow("single") << u"events/single.json"_s << u"AAMkAGI2TGuLAAA=single"_s << Event::Type::SingleInstance
                            << QString() << false << QDateTime() << false;
    QTest::newRow("occurrence") << recurring << u"evt-occ-1"_s << Event::Type::Occurrence << master << false
                                << utc(2026, 11, 23, 9) << false;
    QTest::newRow("exception") << recurring << u"evt-exc-1"_s << Event::Type::Exception << master << false
                               << utc(2026, 12, 7, 9) << false;
    QTest::newRow("cancelled occurrence") << recurring << u"evt-occ-cancelled"_s << Event::Type::Exception << master
                                          << true << utc(2026, 12, 14, 9) << false;
    QTest::newRow("series master") << masters << master << Event::Type::SeriesMaster << QString() << false
                                   << QDateTime() << true;
    QTest::newRow("null type") << u"events/nulls.json"_s << u"evt-nulls"_s << Event::Type::SingleInstance << QString()
                               << false << QDateTime() << false;
}

void TestEvent::kinds()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(Event::Type, type);
    QFETCH(QString, seriesMasterId);
    QFETCH(bool, cancelled);
    QFETCH(QDateTime, originalStart);
    QFETCH(bool, hasRecurrence);

    const Event event = fixtureEvent(file, id);
    QCOMPARE(event.type, type);
    QCOMPARE(event.seriesMasterId, seriesMasterId);
    QCOMPARE(event.isCancelled, cancelled);
    QCOMPARE(event.originalStart, originalStart);
    QCOMPARE(event.recurrence.has_value(), hasRecurrence);
    QCOMPARE(event.isRecurring(), type != Event::Type::SingleInstance);
}

void TestEvent::fullEvent()
{
    const Event event = fixtureEvent(u"events/single.json"_s, u"AAMkAGI2TGuLAAA=single"_s);
    QCOMPARE(event.id, u"AAMkAGI2TGuLAAA=single"_s);
    QCOMPARE(event.calendarId, u"cal-1"_s);
    QCOMPARE(event.subject, u"Mentoring: career plan with Jo"_s);
    QCOMPARE(event.body.contentType, Event::Body::ContentType::Html);
    QVERIFY(event.body.content.contains("<script>"_L1)); // kept verbatim: the view sanitises, not the model
    QCOMPARE(event.bodyPreview, u"Agenda: goals for next quarter"_s);
    QCOMPARE(event.originalStartTimeZone, u"W. Europe Standard Time"_s);
    QCOMPARE(event.ownZone().offsetFromUtc(event.start), 3600);
    QCOMPARE(event.location.displayName, u"Microsoft Teams Meeting"_s);
    QCOMPARE(event.organizer, (EmailAddress{u"Ana Lopez"_s, u"ana.lopez@contoso.com"_s}));
    QCOMPARE(event.isOrganizer, false);
    QCOMPARE(event.showAs, Event::ShowAs::Busy);
    QCOMPARE(event.importance, Event::Importance::High);
    QCOMPARE(event.sensitivity, Event::Sensitivity::Private);
    QCOMPARE(event.categories, (QStringList{u"Mentoring"_s, u"Blue category"_s}));
    QCOMPARE(event.changeKey, u"nfZyf7VcrEKLNoU37KWlkQAAA0x0+w=="_s);
    QCOMPARE(event.transactionId, u"7E163156-7762-4BEB-A1C6-729EA81755A7"_s);
    QCOMPARE(event.iCalUId, u"040000008200E00074C5B7101A82E00800000000"_s);
    QCOMPARE(event.createdDateTime, utc(2026, 11, 1, 10, 15, 3, 491));
    QCOMPARE(event.lastModifiedDateTime, utc(2026, 11, 2, 8, 0, 0, 123));
    QCOMPARE(event.responseStatus.response, ResponseStatus::Response::Accepted);
    QCOMPARE(event.responseStatus.time, utc(2026, 11, 1, 11));
    QCOMPARE(event.reminderMinutesBeforeStart, 15);
    QVERIFY(event.isReminderOn);

    QCOMPARE(event.attendees.size(), 4);
    QCOMPARE(event.attendees.at(0).type, Attendee::Type::Required);
    QCOMPARE(event.attendees.at(0).status.response, ResponseStatus::Response::Accepted);
    QCOMPARE(event.attendees.at(1).type, Attendee::Type::Optional);
    QCOMPARE(event.attendees.at(1).status.response, ResponseStatus::Response::TentativelyAccepted);
    QCOMPARE(event.attendees.at(1).status.time, utc(2026, 11, 1, 12, 30, 0, 500));
    QCOMPARE(event.attendees.at(2).type, Attendee::Type::Resource);
    QCOMPARE(event.attendees.at(2).status.response, ResponseStatus::Response::Declined);
    QCOMPARE(event.attendees.at(3).status.response, ResponseStatus::Response::None);
    QVERIFY(!event.attendees.at(3).status.time.isValid()); // 0001-01-01 is "never"
    QCOMPARE(event.attendees.at(3).emailAddress.displayName(), u"guest@fabrikam.com"_s);

    const Event inPerson = fixtureEvent(u"events/single.json"_s, u"AAMkAGI2TGuLAAA=inperson"_s);
    QCOMPARE(inPerson.showAs, Event::ShowAs::Tentative);
    QCOMPARE(inPerson.body.contentType, Event::Body::ContentType::Text);
    QCOMPARE(inPerson.location.addressText(), u"Herrengasse 14, 1010 Wien, Austria"_s);
    QCOMPARE(inPerson.responseStatus.response, ResponseStatus::Response::Organizer);
    QVERIFY(inPerson.isOrganizer);
}

void TestEvent::onlineMeetingAndLinks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("online");
    QTest::addColumn<OnlineMeetingProvider>("provider");
    QTest::addColumn<QString>("joinUrlPrefix");
    QTest::addColumn<bool>("hasWebLink");

    QTest::newRow("teams") << u"AAMkAGI2TGuLAAA=single"_s << true << OnlineMeetingProvider::TeamsForBusiness
                           << u"https://teams.microsoft.com/l/meetup-join/"_s << true;
    // javascript: links never reach a button.
    QTest::newRow("in person, hostile links")
        << u"AAMkAGI2TGuLAAA=inperson"_s << false << OnlineMeetingProvider::Unknown << QString() << false;
}

void TestEvent::onlineMeetingAndLinks()
{
    QFETCH(QString, id);
    QFETCH(bool, online);
    QFETCH(OnlineMeetingProvider, provider);
    QFETCH(QString, joinUrlPrefix);
    QFETCH(bool, hasWebLink);

    const Event event = fixtureEvent(u"events/single.json"_s, id);
    QCOMPARE(event.isOnlineMeeting, online);
    QCOMPARE(event.onlineMeetingProvider, provider);
    QCOMPARE(event.hasJoinUrl(), !joinUrlPrefix.isEmpty());
    if (!joinUrlPrefix.isEmpty()) {
        QVERIFY(event.joinUrl.toString(QUrl::FullyEncoded).startsWith(joinUrlPrefix));
        QCOMPARE(event.joinUrl.scheme(), u"https"_s);
        QCOMPARE(event.conferenceId, u"123456789"_s);
    }
    QCOMPARE(event.webLink.isEmpty(), !hasWebLink);
}

void TestEvent::recurrence()
{
    const QString masters = u"events/series-masters.json"_s;
    const Event weekly = fixtureEvent(masters, u"evt-master-weekly"_s);
    QVERIFY(weekly.recurrence);
    QCOMPARE(weekly.recurrence->patternType, Recurrence::PatternType::Weekly);
    QCOMPARE(weekly.recurrence->interval, 1);
    QCOMPARE(weekly.recurrence->daysOfWeek, QList<Qt::DayOfWeek>{Qt::Monday});
    QCOMPARE(weekly.recurrence->firstDayOfWeek, Qt::Sunday);
    QCOMPARE(weekly.recurrence->rangeType, Recurrence::RangeType::EndDate);
    QCOMPARE(weekly.recurrence->startDate, QDate(2026, 11, 2));
    QCOMPARE(weekly.recurrence->endDate, QDate(2026, 12, 28));
    QCOMPARE(weekly.recurrence->recurrenceTimeZone, u"W. Europe Standard Time"_s);

    const Event monthly = fixtureEvent(masters, u"evt-master-monthly"_s);
    QVERIFY(monthly.recurrence);
    QCOMPARE(monthly.recurrence->patternType, Recurrence::PatternType::RelativeMonthly);
    QCOMPARE(monthly.recurrence->interval, 2);
    QCOMPARE(monthly.recurrence->daysOfWeek, (QList<Qt::DayOfWeek>{Qt::Tuesday, Qt::Thursday}));
    QCOMPARE(monthly.recurrence->index, Recurrence::WeekIndex::Last);
    QCOMPARE(monthly.recurrence->rangeType, Recurrence::RangeType::Numbered);
    QCOMPARE(monthly.recurrence->numberOfOccurrences, 10);
    QCOMPARE(monthly.recurrence->endDate, QDate()); // 0001-01-01

    const Event yearly = fixtureEvent(masters, u"evt-master-yearly"_s);
    QVERIFY(yearly.recurrence);
    QCOMPARE(yearly.recurrence->patternType, Recurrence::PatternType::AbsoluteYearly);
    QCOMPARE(yearly.recurrence->month, 3);
    QCOMPARE(yearly.recurrence->dayOfMonth, 15);
    QCOMPARE(yearly.recurrence->rangeType, Recurrence::RangeType::NoEnd);
    QVERIFY(yearly.isAllDay);
}

void TestEvent::nullsAndUnknownFields()
{
    const Event event = fixtureEvent(u"events/nulls.json"_s, u"evt-nulls"_s);
    QVERIFY(event.isValid());
    QCOMPARE(event.subject, QString());
    QCOMPARE(event.body, Event::Body{});
    QVERIFY(event.location.isEmpty());
    QVERIFY(event.organizer.isEmpty());
    QVERIFY(event.attendees.isEmpty());
    QVERIFY(event.categories.isEmpty());
    QCOMPARE(event.showAs, Event::ShowAs::Busy);
    QCOMPARE(event.importance, Event::Importance::Normal);
    QCOMPARE(event.responseStatus.response, ResponseStatus::Response::None);
    QVERIFY(!event.recurrence);
    QVERIFY(!event.hasJoinUrl());
    QVERIFY(!event.createdDateTime.isValid());
    QVERIFY(!event.ownZone().isValid());
    QVERIFY(event.responseRequested); // Graph's default when absent or null

    QVERIFY(!fixtureEvent(u"events/nulls.json"_s, u"evt-no-times"_s).isValid());
    QVERIFY(!fixtureEvent(u"events/nulls.json"_s, u"evt-garbage-time"_s).isValid());
    // Not an object at all.
    QVERIFY(!Event::fromJson(QJsonValue(u"nonsense"_s)).isValid());
    QVERIFY(!Event::fromJson(QJsonValue()).isValid());
}

void TestEvent::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("json");
    for (const QString &file : kEventFixtures) {
        const QJsonArray items = fixtureItems(file);
        for (const QJsonValue &item : items) {
            const QString id = item.toObject().value("id"_L1).toString();
            QTest::addRow("%s %s", qPrintable(file.section(u'/', -1)), qPrintable(id)) << item.toObject();
        }
    }
}

void TestEvent::roundTrip()
{
    QFETCH(QJsonObject, json);
    const Event event = Event::fromJson(json, u"cal-1"_s);
    const QJsonObject written = event.toJson();
    const Event reread = Event::fromJson(written, u"cal-1"_s);
    QCOMPARE(reread, event);
    QCOMPARE(reread.toJson(), written);
}

void TestEvent::removedMarkers()
{
    const QJsonArray items = fixtureItems(u"events/delta.json"_s);
    QCOMPARE(items.size(), 2);
    QVERIFY(!Event::isRemovedMarker(items.at(0)));
    QVERIFY(Event::isRemovedMarker(items.at(1)));
    QCOMPARE(Event::fromJson(items.at(0)).subject, u"Weekly mentoring sync (agenda updated)"_s);
}

void TestEvent::calendars_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Calendar::Kind>("kind");
    QTest::addColumn<bool>("writable");
    QTest::addColumn<QString>("ownerUpn");
    QTest::addColumn<QString>("color");
    QTest::addColumn<bool>("teams");

    QTest::newRow("default") << u"AAMkADJmMVAAA="_s << Calendar::Kind::Own << true << QString() << QString() << true;
    QTest::newRow("own secondary, owner case differs")
        << u"AAMkADJmMVAAB="_s << Calendar::Kind::Own << true << QString() << u"#87d28e"_s << true;
    QTest::newRow("shared read-only") << u"AAMkADShared1="_s << Calendar::Kind::SharedReadOnly << false
                                      << u"ana.lopez@contoso.com"_s << u"#fcab73"_s << true;
    QTest::newRow("delegate") << u"AAMkADDelegate="_s << Calendar::Kind::Delegate << false << u"sam.lead@contoso.com"_s
                              << u"#a6d1f5"_s << true;
    QTest::newRow("no owner, msa provider string")
        << u"AAMkADBirthdays="_s << Calendar::Kind::Own << false << QString() << u"#f7a7c1"_s << false;
}

void TestEvent::calendars()
{
    QFETCH(QString, id);
    QFETCH(Calendar::Kind, kind);
    QFETCH(bool, writable);
    QFETCH(QString, ownerUpn);
    QFETCH(QString, color);
    QFETCH(bool, teams);

    const Calendar calendar = Calendar::fromJson(fixtureItem(u"calendars.json"_s, id), u"mentor@contoso.com"_s);
    QCOMPARE(calendar.id, id);
    QCOMPARE(calendar.kind, kind);
    QCOMPARE(calendar.isWritable(), writable);
    QCOMPARE(calendar.isReadOnly(), !writable);
    QCOMPARE(calendar.ownerUpn(), ownerUpn);
    QCOMPARE(calendar.displayColor(), color);
    QCOMPARE(calendar.allowsTeamsMeetings(), teams);
}

void TestEvent::calendarKindWithoutProfile()
{
    // Without the signed-in address, canShare tells own calendars from shared ones.
    const Calendar own = Calendar::fromJson(fixtureItem(u"calendars.json"_s, u"AAMkADJmMVAAB="_s));
    QCOMPARE(own.kind, Calendar::Kind::Own);
    const Calendar shared = Calendar::fromJson(fixtureItem(u"calendars.json"_s, u"AAMkADShared1="_s));
    QCOMPARE(shared.kind, Calendar::Kind::SharedReadOnly);
    QCOMPARE(shared.owner.name, u"Ana Lopez"_s);
    const Calendar delegate = Calendar::fromJson(fixtureItem(u"calendars.json"_s, u"AAMkADDelegate="_s));
    QCOMPARE(delegate.kind, Calendar::Kind::Delegate);
}

void TestEvent::calendarRoundTrip()
{
    const QJsonArray items = fixtureItems(u"calendars.json"_s);
    QCOMPARE(items.size(), 5);
    for (const QJsonValue &item : items) {
        const Calendar calendar = Calendar::fromJson(item, u"mentor@contoso.com"_s);
        QCOMPARE(Calendar::fromJson(calendar.toJson(), u"mentor@contoso.com"_s), calendar);
    }
}

int main(int argc, char *argv[])
{
    // Viewer-dependent results are tested with explicit zones; the machine's own zone must not matter.
    MentorDesk::Test::pinMachineTimeZone("America/Sao_Paulo");
    QCoreApplication app(argc, argv);
    TestEvent test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_event.moc"
