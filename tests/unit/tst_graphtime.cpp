#include "core/model/GraphTime.h"
#include "support/Platform.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return GraphTime::utc(QDate(y, mo, d), QTime(h, mi, s, ms));
}

QTimeZone zone(const char *iana)
{
    return QTimeZone(QByteArray(iana));
}

} // namespace

class TestGraphTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void machineZoneIsFixed();
    void zoneForName_data();
    void zoneForName();
    void unknownZoneFallsBackToUtcWithOneWarning();
    void parse_data();
    void parse();
    void toUtcMatchesWallClock_data();
    void toUtcMatchesWallClock();
    void formatAndParseRoundTrip_data();
    void formatAndParseRoundTrip();
    void formatsForRequests();
    void parseInstant_data();
    void parseInstant();
    void parseDateAndWallClockDate();
    void graphZoneName_data();
    void graphZoneName();
    void differsFromViewer_data();
    void differsFromViewer();
};

void TestGraphTime::machineZoneIsFixed()
{
    // main() pins the process to Auckland (UTC+13 in November): nothing below may depend on it.
    if (!Test::machineTimeZoneIs("Pacific/Auckland"))
        QSKIP("needs the process's time zone pinned through TZ (Unix); Windows keeps the machine's own zone");
    QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(utc(2026, 11, 28, 12)), 13 * 3600);
}

void TestGraphTime::zoneForName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("januaryOffset"); // seconds at 2026-01-15T12:00Z
    QTest::addColumn<int>("julyOffset"); // seconds at 2026-07-15T12:00Z

    QTest::newRow("UTC") << u"UTC"_s << true << 0 << 0;
    QTest::newRow("utc lower case") << u"utc"_s << true << 0 << 0;
    QTest::newRow("Etc/UTC") << u"Etc/UTC"_s << true << 0 << 0;
    QTest::newRow("tzone utc") << u"tzone://Microsoft/Utc"_s << true << 0 << 0;
    QTest::newRow("Windows Pacific") << u"Pacific Standard Time"_s << true << -8 * 3600 << -7 * 3600;
    QTest::newRow("Windows W. Europe") << u"W. Europe Standard Time"_s << true << 3600 << 2 * 3600;
    QTest::newRow("Windows GMT") << u"GMT Standard Time"_s << true << 0 << 3600;
    QTest::newRow("Windows India") << u"India Standard Time"_s << true << 19800 << 19800;
    QTest::newRow("Windows New Zealand") << u"New Zealand Standard Time"_s << true << 13 * 3600 << 12 * 3600;
    QTest::newRow("Windows Tokyo") << u"Tokyo Standard Time"_s << true << 9 * 3600 << 9 * 3600;
    QTest::newRow("IANA Berlin") << u"Europe/Berlin"_s << true << 3600 << 2 * 3600;
    QTest::newRow("IANA Sao Paulo") << u"America/Sao_Paulo"_s << true << -3 * 3600 << -3 * 3600;
    QTest::newRow("custom") << u"tzone://Microsoft/Custom"_s << false << 0 << 0;
    QTest::newRow("customized") << u"Customized Time Zone"_s << false << 0 << 0;
    QTest::newRow("nonsense") << u"Nowhere Standard Time"_s << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
}

void TestGraphTime::zoneForName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(int, januaryOffset);
    QFETCH(int, julyOffset);

    const QTimeZone resolved = GraphTime::zoneForName(name);
    QCOMPARE(resolved.isValid(), valid);
    if (valid) {
        QCOMPARE(resolved.offsetFromUtc(utc(2026, 1, 15, 12)), januaryOffset);
        QCOMPARE(resolved.offsetFromUtc(utc(2026, 7, 15, 12)), julyOffset);
        // Cached lookups give the same zone.
        QCOMPARE(GraphTime::zoneForName(name), resolved);
    }
}

void TestGraphTime::unknownZoneFallsBackToUtcWithOneWarning()
{
    const QString name = u"tzone://Microsoft/Warn-once-test"_s;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown time zone.*Warn-once-test"_s));
    QCOMPARE(GraphTime::zoneForNameOrUtc(name).offsetFromUtc(utc(2026, 7, 1)), 0);
    QTest::failOnWarning(QRegularExpression(u"Warn-once-test"_s));
    QCOMPARE(GraphTime::parse(u"2026-11-24T09:00:00.0000000"_s, name), utc(2026, 11, 24, 9));
    // Empty is Graph's default, UTC, and not worth a warning.
    QCOMPARE(GraphTime::zoneForNameOrUtc(QString()).offsetFromUtc(utc(2026, 7, 1)), 0);
}

void TestGraphTime::parse_data()
{
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QDateTime>("expected");

    const QString pst = u"Pacific Standard Time"_s;
    const QString cet = u"W. Europe Standard Time"_s;
    const QString nz = u"New Zealand Standard Time"_s;
    QTest::newRow("utc") << u"2026-11-28T09:00:00.0000000"_s << u"UTC"_s << utc(2026, 11, 28, 9);
    QTest::newRow("windows zone") << u"2026-11-28T09:00:00.0000000"_s << pst << utc(2026, 11, 28, 17);
    QTest::newRow("seven digits") << u"2026-11-28T09:00:00.1234567"_s << u"UTC"_s << utc(2026, 11, 28, 9, 0, 0, 123);
    QTest::newRow("no fraction") << u"2026-11-28T09:00:00"_s << u"UTC"_s << utc(2026, 11, 28, 9);
    QTest::newRow("date only") << u"2026-11-28"_s << u"UTC"_s << utc(2026, 11, 28);
    QTest::newRow("iana summer") << u"2026-07-01T09:00:00.0000000"_s << u"Europe/London"_s << utc(2026, 7, 1, 8);
    QTest::newRow("null zone is utc") << u"2026-07-01T09:00:00.0000000"_s << QString() << utc(2026, 7, 1, 9);
    QTest::newRow("offset wins") << u"2026-11-28T09:00:00+01:00"_s << pst << utc(2026, 11, 28, 8);
    QTest::newRow("Z wins") << u"2026-11-28T09:00:00.0000000Z"_s << pst << utc(2026, 11, 28, 9);
    QTest::newRow("rounds up at the end of a day") << u"2026-11-28T23:59:59.9999999"_s << u"UTC"_s << utc(2026, 11, 29);

    // US spring forward, 8 Mar 2026 02:00 PST -> 03:00 PDT: a gap time is read with the offset before the gap.
    QTest::newRow("us before gap") << u"2026-03-08T01:59:00.0000000"_s << pst << utc(2026, 3, 8, 9, 59);
    QTest::newRow("us gap start") << u"2026-03-08T02:00:00.0000000"_s << pst << utc(2026, 3, 8, 10);
    QTest::newRow("us gap 02:30") << u"2026-03-08T02:30:00.0000000"_s << pst << utc(2026, 3, 8, 10, 30);
    QTest::newRow("us after gap") << u"2026-03-08T03:00:00.0000000"_s << pst << utc(2026, 3, 8, 10);
    // US fall back, 1 Nov 2026 02:00 PDT -> 01:00 PST: an ambiguous time is its first occurrence (PDT).
    QTest::newRow("us before fold") << u"2026-11-01T00:59:00.0000000"_s << pst << utc(2026, 11, 1, 7, 59);
    QTest::newRow("us fold start") << u"2026-11-01T01:00:00.0000000"_s << pst << utc(2026, 11, 1, 8);
    QTest::newRow("us fold 01:30") << u"2026-11-01T01:30:00.0000000"_s << pst << utc(2026, 11, 1, 8, 30);
    QTest::newRow("us after fold") << u"2026-11-01T02:00:00.0000000"_s << pst << utc(2026, 11, 1, 10);
    // EU: 29 Mar 2026 02:00 CET -> 03:00 CEST; 25 Oct 2026 03:00 CEST -> 02:00 CET.
    QTest::newRow("eu gap") << u"2026-03-29T02:30:00.0000000"_s << cet << utc(2026, 3, 29, 1, 30);
    QTest::newRow("eu fold") << u"2026-10-25T02:30:00.0000000"_s << cet << utc(2026, 10, 25, 0, 30);
    // Southern hemisphere: NZ springs forward 27 Sep 2026 02:00 -> 03:00 and falls back 5 Apr 2026 03:00 -> 02:00.
    QTest::newRow("nz gap") << u"2026-09-27T02:30:00.0000000"_s << nz << utc(2026, 9, 26, 14, 30);
    QTest::newRow("nz fold") << u"2026-04-05T02:30:00.0000000"_s << nz << utc(2026, 4, 4, 13, 30);
    QTest::newRow("year boundary") << u"2027-01-01T00:30:00.0000000"_s << cet << utc(2026, 12, 31, 23, 30);

    QTest::newRow("empty") << QString() << u"UTC"_s << QDateTime();
    QTest::newRow("garbage") << u"next tuesday"_s << u"UTC"_s << QDateTime();
    QTest::newRow("month 13") << u"2026-13-01T00:00:00.0000000"_s << u"UTC"_s << QDateTime();
}

void TestGraphTime::parse()
{
    QFETCH(QString, dateTime);
    QFETCH(QString, timeZone);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = GraphTime::parse(dateTime, timeZone);
    QCOMPARE(parsed, expected);
    if (expected.isValid()) {
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        const QJsonObject json{{"dateTime"_L1, dateTime}, {"timeZone"_L1, timeZone}};
        QCOMPARE(GraphTime::fromJson(json), expected);
    }
}

void TestGraphTime::toUtcMatchesWallClock_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("gapMinutes"); // 0: no gap that day

    QTest::newRow("LA spring") << QByteArray("America/Los_Angeles") << QDate(2026, 3, 8) << 60;
    QTest::newRow("LA autumn") << QByteArray("America/Los_Angeles") << QDate(2026, 11, 1) << 0;
    QTest::newRow("Berlin spring") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 60;
    QTest::newRow("Berlin autumn") << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << 0;
    QTest::newRow("Auckland spring") << QByteArray("Pacific/Auckland") << QDate(2026, 9, 27) << 60;
    QTest::newRow("Lord Howe half hour") << QByteArray("Australia/Lord_Howe") << QDate(2026, 10, 4) << 30;
    QTest::newRow("plain day") << QByteArray("Asia/Tokyo") << QDate(2026, 6, 1) << 0;
}

void TestGraphTime::toUtcMatchesWallClock()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDate, date);
    QFETCH(int, gapMinutes);

    const QTimeZone tz(zoneId);
    QVERIFY(tz.isValid());
    int shifted = 0;
    for (int minute = 0; minute < 24 * 60; minute += 5) {
        const QTime wall(minute / 60, minute % 60);
        const QDateTime instant = GraphTime::toUtc(date, wall, tz);
        QVERIFY(instant.isValid());
        const QDateTime back = instant.toTimeZone(tz);
        if (back.date() != date || back.time() != wall) {
            // Only gap times move, forward by exactly the gap.
            ++shifted;
            QCOMPARE(back.time(), wall.addSecs(gapMinutes * 60));
        }
    }
    QCOMPARE(shifted, gapMinutes / 5);
}

void TestGraphTime::formatAndParseRoundTrip_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("zoneName");
    QTest::addColumn<QString>("wallClock");

    QTest::newRow("utc") << utc(2026, 11, 28, 9) << u"UTC"_s << u"2026-11-28T09:00:00.0000000"_s;
    QTest::newRow("pacific") << utc(2026, 11, 28, 17) << u"Pacific Standard Time"_s << u"2026-11-28T09:00:00.0000000"_s;
    QTest::newRow("millis") << utc(2026, 11, 28, 9, 15, 30, 250) << u"UTC"_s << u"2026-11-28T09:15:30.2500000"_s;
    QTest::newRow("after the gap") << utc(2026, 3, 8, 10, 30) << u"Pacific Standard Time"_s
                                   << u"2026-03-08T03:30:00.0000000"_s;
    QTest::newRow("first of the fold") << utc(2026, 11, 1, 8, 30) << u"Pacific Standard Time"_s
                                       << u"2026-11-01T01:30:00.0000000"_s;
    QTest::newRow("iana") << utc(2026, 7, 1, 8) << u"Europe/Berlin"_s << u"2026-07-01T10:00:00.0000000"_s;
}

void TestGraphTime::formatAndParseRoundTrip()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, zoneName);
    QFETCH(QString, wallClock);

    const QJsonObject json = GraphTime::toJson(instant, zoneName);
    QCOMPARE(json.value("dateTime"_L1).toString(), wallClock);
    QCOMPARE(json.value("timeZone"_L1).toString(), zoneName);
    QCOMPARE(GraphTime::fromJson(json), instant);
}

void TestGraphTime::formatsForRequests()
{
    // Query parameters are UTC with Z whatever zone the QDateTime carries.
    const QDateTime berlinMidnight(QDate(2026, 11, 23), QTime(0, 0), zone("Europe/Berlin"));
    QCOMPARE(GraphTime::formatQueryParameter(berlinMidnight), u"2026-11-22T23:00:00Z"_s);
    QCOMPARE(GraphTime::formatInstant(utc(2026, 11, 1, 11, 0, 0, 5)), u"2026-11-01T11:00:00.0050000Z"_s);
    QCOMPARE(GraphTime::formatInstant(QDateTime()), QString());
    QCOMPARE(
        GraphTime::dateToJson(QDate(2026, 11, 28), u"Pacific Standard Time"_s),
        (QJsonObject{{"dateTime"_L1, u"2026-11-28T00:00:00.0000000"_s}, {"timeZone"_L1, u"Pacific Standard Time"_s}}));
    QCOMPARE(GraphTime::toJson(utc(2026, 11, 28, 9), QString()).value("timeZone"_L1).toString(), u"UTC"_s);
}

void TestGraphTime::parseInstant_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Z") << QJsonValue(u"2026-11-01T11:00:00Z"_s) << utc(2026, 11, 1, 11);
    QTest::newRow("seven digits") << QJsonValue(u"2026-11-01T12:30:00.5000000Z"_s) << utc(2026, 11, 1, 12, 30, 0, 500);
    QTest::newRow("offset") << QJsonValue(u"2026-11-01T11:00:00+02:00"_s) << utc(2026, 11, 1, 9);
    QTest::newRow("no offset means utc") << QJsonValue(u"2026-11-01T11:00:00"_s) << utc(2026, 11, 1, 11);
    QTest::newRow("graph's never") << QJsonValue(u"0001-01-01T00:00:00Z"_s) << QDateTime();
    QTest::newRow("null") << QJsonValue() << QDateTime();
    QTest::newRow("number") << QJsonValue(42) << QDateTime();
    QTest::newRow("garbage") << QJsonValue(u"yesterday"_s) << QDateTime();
}

void TestGraphTime::parseInstant()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    QCOMPARE(GraphTime::parseInstant(value), expected);
}

void TestGraphTime::parseDateAndWallClockDate()
{
    QCOMPARE(GraphTime::parseDate(u"2026-11-28"_s), QDate(2026, 11, 28));
    QCOMPARE(GraphTime::parseDate(u"0001-01-01"_s), QDate());
    QCOMPARE(GraphTime::parseDate(QJsonValue()), QDate());
    // All-day: the written date, never moved by the zone (28 Nov in Pacific is still 28 Nov).
    QCOMPARE(GraphTime::wallClockDate(QJsonObject{{"dateTime"_L1, u"2026-11-28T00:00:00.0000000"_s},
                                                  {"timeZone"_L1, u"Pacific Standard Time"_s}}),
             QDate(2026, 11, 28));
    QCOMPARE(GraphTime::wallClockDate(
                 QJsonObject{{"dateTime"_L1, u"2026-11-28T23:59:59.9999999"_s}, {"timeZone"_L1, u"UTC"_s}}),
             QDate(2026, 11, 28));
    QCOMPARE(GraphTime::wallClockDate(QJsonValue()), QDate());
}

void TestGraphTime::graphZoneName_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utc") << QTimeZone::utc() << u"UTC"_s;
    QTest::newRow("Etc/UTC") << zone("Etc/UTC") << u"UTC"_s;
    QTest::newRow("LA") << zone("America/Los_Angeles") << u"Pacific Standard Time"_s;
    QTest::newRow("Berlin") << zone("Europe/Berlin") << u"W. Europe Standard Time"_s;
    QTest::newRow("Auckland") << zone("Pacific/Auckland") << u"New Zealand Standard Time"_s;
    QTest::newRow("invalid") << QTimeZone() << u"UTC"_s;
}

void TestGraphTime::graphZoneName()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QString, expected);
    QCOMPARE(GraphTime::graphZoneName(zone), expected);
    QCOMPARE(GraphTime::zoneDisplayName(expected), expected);
}

void TestGraphTime::differsFromViewer_data()
{
    QTest::addColumn<QString>("eventZone");
    QTest::addColumn<QByteArray>("viewer");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<bool>("differs");

    QTest::newRow("same zone") << u"Pacific Standard Time"_s << QByteArray("America/Los_Angeles")
                               << utc(2026, 11, 24, 17) << false;
    QTest::newRow("other zone") << u"Pacific Standard Time"_s << QByteArray("Europe/Berlin") << utc(2026, 11, 24, 17)
                                << true;
    QTest::newRow("same offset, other name")
        << u"Romance Standard Time"_s << QByteArray("Europe/Berlin") << utc(2026, 11, 24, 17) << false;
    // London and Lisbon share an offset all year.
    QTest::newRow("iana same offset") << u"Europe/Lisbon"_s << QByteArray("Europe/London") << utc(2026, 7, 1) << false;
    // Between the US and EU changes, New York is 4 hours behind London instead of 5: still different.
    QTest::newRow("between changes") << u"Eastern Standard Time"_s << QByteArray("Europe/London")
                                     << utc(2026, 3, 20, 12) << true;
    QTest::newRow("unknown zone") << u"tzone://Microsoft/Custom"_s << QByteArray("Europe/Berlin")
                                  << utc(2026, 11, 24, 17) << false;
}

void TestGraphTime::differsFromViewer()
{
    QFETCH(QString, eventZone);
    QFETCH(QByteArray, viewer);
    QFETCH(QDateTime, instant);
    QFETCH(bool, differs);
    QCOMPARE(GraphTime::differsFromViewer(instant, GraphTime::zoneForName(eventZone), QTimeZone(viewer)), differs);
    QCOMPARE(GraphTime::toViewerTime(instant, QTimeZone(viewer)), instant);
}

int main(int argc, char *argv[])
{
    // A fixed machine zone far from UTC with southern-hemisphere DST: results must not depend on it.
    MentorDesk::Test::pinMachineTimeZone("Pacific/Auckland");
    QCoreApplication app(argc, argv);
    TestGraphTime test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_graphtime.moc"
