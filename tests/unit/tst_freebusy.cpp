// FreeBusy: getSchedule's answer as the scheduling strip's rows, working hours placed on the viewer's clock across
// DST changes, and the words read out (docs/graph/scheduling.md#getschedule).
#include "core/booking/BookingText.h"
#include "core/booking/FreeBusy.h"
#include "core/model/GraphTime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestFreeBusy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFromTheAvailabilityView();
    void anErrorItemIsNeverFree();
    void workingHoursAcrossDst_data();
    void workingHoursAcrossDst();
    void zoneLabels_data();
    void zoneLabels();
    void localTimes();
};

void TestFreeBusy::rowsFromTheAvailabilityView()
{
    ScheduleInformation info;
    info.scheduleId = u"kenji@contoso.example"_s;
    info.availabilityView = ScheduleInformation::parseAvailabilityView(u"0022100"_s); // one short: 8 slots asked
    const TimeRange view{GraphTime::utc(QDate(2026, 11, 27), QTime(9, 0)),
                         GraphTime::utc(QDate(2026, 11, 27), QTime(13, 0))};
    const FreeBusyRow row = FreeBusy::row({u"Kenji"_s, info.scheduleId}, &info, view, 30);
    QVERIFY(row.known);
    QCOMPARE(row.blocks.size(), 5);
    QCOMPARE(row.blocks.at(1),
             (FreeBusyBlock{{view.startUtc.addSecs(3600), view.startUtc.addSecs(7200)}, Availability::Busy}));
    QCOMPARE(row.blocks.at(2).availability, Availability::Tentative);
    // What Graph did not say is not known, not free.
    QCOMPARE(row.blocks.last(), (FreeBusyBlock{{view.endUtc.addSecs(-1800), view.endUtc}, Availability::Unknown}));
    QCOMPARE(row.availabilityAt(view.startUtc.addSecs(90 * 60)), Availability::Busy);
    QCOMPARE(row.availabilityAt(view.endUtc), Availability::Unknown);
    const QString summary = FreeBusy::summary(row, QTimeZone::utc());
    QCOMPARE(summary,
             u"Kenji: busy %1–%2, tentative %2–%3, no information %4–%5, free otherwise"_s.arg(
                 BookingText::time(QTime(10, 0)), BookingText::time(QTime(11, 0)), BookingText::time(QTime(11, 30)),
                 BookingText::time(QTime(12, 30)), BookingText::time(QTime(13, 0))));
}

void TestFreeBusy::anErrorItemIsNeverFree()
{
    ScheduleInformation info;
    info.scheduleId = u"guest@fabrikam.example"_s;
    info.error = {u"Unable to resolve e-mail address"_s, u"5009"_s};
    const TimeRange view{GraphTime::utc(QDate(2026, 11, 27)), GraphTime::utc(QDate(2026, 11, 28))};
    const FreeBusyRow row = FreeBusy::row({QString(), info.scheduleId}, &info, view, 30);
    QVERIFY(!row.known);
    QCOMPARE(row.availabilityAt(view.startUtc), Availability::Unknown);
    QVERIFY(FreeBusy::summary(row, QTimeZone::utc()).startsWith(u"guest@fabrikam.example: no free/busy available."_s));
    const FreeBusyRow missing = FreeBusy::row({QString(), u"x@contoso.example"_s}, nullptr, view, 30);
    QVERIFY(!missing.known);
    QVERIFY(!missing.unknownReason.isEmpty());
}

void TestFreeBusy::workingHoursAcrossDst_data()
{
    QTest::addColumn<QString>("theirZone"); // as Graph names it
    QTest::addColumn<QString>("viewerZone");
    QTest::addColumn<QDate>("day"); // in the viewer's zone
    QTest::addColumn<QDateTime>("fromUtc");
    QTest::addColumn<QDateTime>("toUtc");
    // 09:00-17:00 on weekdays, read in their zone, on the viewer's day.
    QTest::newRow("Seattle seen from Berlin, in step")
        << u"Pacific Standard Time"_s << u"Europe/Berlin"_s << QDate(2026, 3, 4)
        << GraphTime::utc(QDate(2026, 3, 4), QTime(17, 0)) << GraphTime::utc(QDate(2026, 3, 4), QTime(23, 0));
    QTest::newRow("Seattle seen from Berlin, out of step")
        << u"Pacific Standard Time"_s << u"Europe/Berlin"_s << QDate(2026, 3, 20)
        << GraphTime::utc(QDate(2026, 3, 20), QTime(16, 0)) << GraphTime::utc(QDate(2026, 3, 20), QTime(23, 0));
    QTest::newRow("Dublin seen from New York, out of step")
        << u"GMT Standard Time"_s << u"America/New_York"_s << QDate(2026, 3, 20)
        << GraphTime::utc(QDate(2026, 3, 20), QTime(9, 0)) << GraphTime::utc(QDate(2026, 3, 20), QTime(17, 0));
    QTest::newRow("Dublin on the day Europe changes, seen from Tokyo")
        << u"GMT Standard Time"_s << u"Asia/Tokyo"_s << QDate(2026, 3, 30)
        << GraphTime::utc(QDate(2026, 3, 30), QTime(8, 0)) << GraphTime::utc(QDate(2026, 3, 30), QTime(15, 0));
}

void TestFreeBusy::workingHoursAcrossDst()
{
    QFETCH(QString, theirZone);
    QFETCH(QString, viewerZone);
    QFETCH(QDate, day);
    QFETCH(QDateTime, fromUtc);
    QFETCH(QDateTime, toUtc);
    WorkingHours hours;
    hours.daysOfWeek = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
    hours.startTime = QTime(9, 0);
    hours.endTime = QTime(17, 0);
    hours.timeZone = GraphTime::zoneForName(theirZone);
    QVERIFY(hours.timeZone.isValid());
    const QTimeZone viewer(viewerZone.toUtf8());
    const TimeRange view{GraphTime::toUtc(day, QTime(0, 0), viewer),
                         GraphTime::toUtc(day.addDays(1), QTime(0, 0), viewer)};
    const QList<TimeRange> ranges = FreeBusy::workingRanges(hours, view);
    // The day before may reach into the view too (Seattle's afternoon is Berlin's night); this day's hours are there.
    QVERIFY2(ranges.contains(TimeRange{fromUtc, toUtc}),
             qPrintable(ranges.isEmpty() ? u"none"_s : ranges.last().startUtc.toString(Qt::ISODate)));
    // An unknown zone cannot be placed at all.
    hours.timeZone = QTimeZone();
    QVERIFY(FreeBusy::workingRanges(hours, view).isEmpty());
}

void TestFreeBusy::zoneLabels_data()
{
    QTest::addColumn<QString>("graphName");
    QTest::addColumn<QString>("label");
    QTest::newRow("Tokyo") << u"Tokyo Standard Time"_s << u"Tokyo"_s;
    QTest::newRow("India, renamed city") << u"India Standard Time"_s << u"Kolkata"_s;
    QTest::newRow("IANA with underscore") << u"America/New_York"_s << u"New York"_s;
    QTest::newRow("UTC") << u"UTC"_s << u"UTC"_s;
    QTest::newRow("custom") << u"Customized Time Zone"_s << QString();
}

void TestFreeBusy::zoneLabels()
{
    QFETCH(QString, graphName);
    QFETCH(QString, label);
    QCOMPARE(FreeBusy::zoneLabel(GraphTime::zoneForName(graphName)), label);
}

void TestFreeBusy::localTimes()
{
    const QDateTime start = GraphTime::utc(QDate(2026, 3, 20), QTime(16, 0));
    const QList<FreeBusy::LocalZone> mentees{
        {{u"María García"_s, u"maria@contoso.example"_s},
         FreeBusy::LocalZone::State::Known,
         QTimeZone("America/Los_Angeles")},
        {{QString(), u"sam@fabrikam.example"_s}, FreeBusy::LocalZone::State::Unknown, {}},
        {{u"Kenji Tanaka"_s, u"kenji@contoso.example"_s}, FreeBusy::LocalZone::State::LookingUp, {}},
    };
    QCOMPARE(FreeBusy::localTimes(start, QTimeZone("Europe/Berlin"), mentees),
             u"%1 for you · %2 for María (Los Angeles) · sam@fabrikam.example's local time is not known · looking up "
             u"Kenji's time zone…"_s.arg(BookingText::time(QTime(17, 0)), BookingText::time(QTime(9, 0))));
}

QTEST_GUILESS_MAIN(TestFreeBusy)
#include "tst_freebusy.moc"
