// Time zones (issue "A mentor's day"): the zone the calendar is shown in and a second zone beside the day and week
// views' hours, chosen in Preferences or View ▸ Time zone and kept in the settings. The second axis is checked
// across daylight-saving changes in zones on both hemispheres, whatever this machine's own zone is.
#include "core/config/Preferences.h"
#include "support/RecordingBrowser.h"
#include "support/SandboxCalendar.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/common/Theme.h"
#include "ui/common/TimeZoneComboBox.h"
#include "ui/main/PreferencesDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

class TestTimeZones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preferencesRoundTrip();
    void secondZoneAcrossDaylightSaving_data();
    void secondZoneAcrossDaylightSaving();
    void weekViewWithSecondZone_data();
    void weekViewWithSecondZone();
    void preferencesDialog();
};

void TestTimeZones::preferencesRoundTrip()
{
    QSettings settings;
    settings.clear();
    const Preferences defaults = Preferences::load(settings);
    QVERIFY(defaults.timeZoneId.isEmpty());
    QCOMPARE(defaults.timeZone(), QTimeZone::systemTimeZone()); // default: the system's zone
    QVERIFY(!defaults.secondTimeZone().isValid());
    QVERIFY(defaults.remindersEnabled);
    QVERIFY(!defaults.closeToTray); // nothing runs once MentorDesk is closed, unless the user asks

    Preferences chosen;
    chosen.timeZoneId = "Asia/Tokyo";
    chosen.secondTimeZoneId = "America/Sao_Paulo";
    chosen.remindersEnabled = false;
    chosen.closeToTray = true;
    chosen.save(settings);
    QCOMPARE(Preferences::load(settings), chosen);
    QCOMPARE(Preferences::load(settings).timeZone(), QTimeZone("Asia/Tokyo"));

    // A zone this system does not know (settings copied from elsewhere, a typo) falls back to the default.
    settings.setValue(u"preferences/timeZone"_s, u"Mars/Olympus_Mons"_s);
    settings.setValue(u"preferences/secondTimeZone"_s, u"not a zone"_s);
    QVERIFY(Preferences::load(settings).timeZoneId.isEmpty());
    QVERIFY(Preferences::load(settings).secondTimeZoneId.isEmpty());
    settings.clear();
}

void TestTimeZones::secondZoneAcrossDaylightSaving_data()
{
    QTest::addColumn<QByteArray>("gridZone");
    QTest::addColumn<QByteArray>("secondZone");
    QTest::addColumn<QDate>("monday"); // the week shown; the axis follows its first day
    QTest::addColumn<int>("hour");
    QTest::addColumn<QString>("expected");

    // Europe switches on the last Sunday of March, the United States on the second Sunday: three weeks apart.
    QTest::newRow("Berlin/New York, both standard") << "Europe/Berlin"_ba
                                                    << "America/New_York"_ba << QDate(2026, 3, 2) << 12 << u"06:00"_s;
    QTest::newRow("Berlin/New York, only New York on summer time")
        << "Europe/Berlin"_ba
        << "America/New_York"_ba << QDate(2026, 3, 9) << 12 << u"07:00"_s;
    QTest::newRow("Berlin/New York, both on summer time")
        << "Europe/Berlin"_ba
        << "America/New_York"_ba << QDate(2026, 3, 30) << 12 << u"06:00"_s;
    // Southern hemisphere: Sydney starts summer time on the first Sunday of October (4 October 2026).
    QTest::newRow("Berlin/Sydney, before Sydney's change")
        << "Europe/Berlin"_ba
        << "Australia/Sydney"_ba << QDate(2026, 9, 28) << 10 << u"18:00"_s;
    QTest::newRow("Berlin/Sydney, after Sydney's change")
        << "Europe/Berlin"_ba
        << "Australia/Sydney"_ba << QDate(2026, 10, 5) << 10 << u"19:00"_s;
    // Another day there: marked.
    QTest::newRow("Berlin/Tokyo, already tomorrow") << "Europe/Berlin"_ba
                                                    << "Asia/Tokyo"_ba << QDate(2026, 1, 12) << 20 << u"04:00 +1"_s;
    QTest::newRow("Tokyo/Los Angeles, still yesterday")
        << "Asia/Tokyo"_ba
        << "America/Los_Angeles"_ba << QDate(2026, 7, 6) << 9 << u"17:00 -1"_s;
    // A half-hour zone.
    QTest::newRow("London/Kolkata") << "Europe/London"_ba
                                    << "Asia/Kolkata"_ba << QDate(2026, 11, 23) << 9 << u"14:30"_s;
}

void TestTimeZones::secondZoneAcrossDaylightSaving()
{
    QFETCH(QByteArray, gridZone);
    QFETCH(QByteArray, secondZone);
    QFETCH(QDate, monday);
    QFETCH(int, hour);
    QFETCH(QString, expected);

    SandboxCalendar calendar;
    RecordingBrowser browser;
    CalendarPage page(&browser, &calendar.clock());
    page.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)); // 24-hour clock, "-1" with a plain minus
    page.setTimeZone(QTimeZone(gridZone));
    page.setFirstDayOfWeek(Qt::Monday);
    page.goToDate(monday);
    QVERIFY(calendar.load(page.range()));
    page.setCalendar(&calendar.store(), &calendar.sync());
    page.setViewMode(CalendarPage::ViewMode::Week);
    page.setSecondTimeZone(QTimeZone(secondZone));
    TimeGridView *week = page.weekView();
    QCOMPARE(week->range().firstDate(), monday);
    QCOMPARE(week->secondTimeZone(), QTimeZone(secondZone));
    QCOMPARE(week->secondZoneLabel(hour), expected);
    QCOMPARE(page.dayView()->secondTimeZone(), QTimeZone(secondZone));

    page.setSecondTimeZone({});
    QVERIFY(week->secondZoneLabel(hour).isEmpty());
}

void TestTimeZones::weekViewWithSecondZone_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestTimeZones::weekViewWithSecondZone()
{
    QFETCH(bool, dark);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    SandboxCalendar calendar;
    RecordingBrowser browser;
    CalendarPage page(&browser, &calendar.clock());
    page.setTimeZone(SandboxCalendar::zone());
    page.setFirstDayOfWeek(Qt::Monday);
    page.goToDate(SandboxCalendar::today());
    page.resize(1400, 860);
    QVERIFY(calendar.load(page.range()));
    page.setCalendar(&calendar.store(), &calendar.sync());
    page.setViewMode(CalendarPage::ViewMode::Week);
    TimeGridView *week = page.weekView();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qreal columnLeftBefore = week->slotRect(SandboxCalendar::today(), 9 * 60).left();
    page.setSecondTimeZone(QTimeZone("Asia/Tokyo"));
    // The days make room for the second axis; nothing else moves.
    const qreal columnLeftAfter = week->slotRect(SandboxCalendar::today(), 9 * 60).left();
    QVERIFY2(columnLeftAfter > columnLeftBefore + 20,
             qPrintable(u"%1 → %2"_s.arg(columnLeftBefore).arg(columnLeftAfter)));
    QCOMPARE(week->secondZoneLabel(9), u"17:00"_s);
    checkScreen(&page, dark ? u"timezones-week-second-zone-dark"_s : u"timezones-week-second-zone-light"_s);
    Theme::apply(Theme::Mode::Light);
}

void TestTimeZones::preferencesDialog()
{
    Preferences initial;
    initial.timeZoneId = "Europe/Berlin";
    PreferencesDialog dialog(initial, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *zone = dialog.findChild<TimeZoneComboBox *>(u"preferencesTimeZone"_s);
    auto *second = dialog.findChild<TimeZoneComboBox *>(u"preferencesSecondTimeZone"_s);
    auto *tray = dialog.findChild<QCheckBox *>(u"preferencesCloseToTray"_s);
    QVERIFY(zone && second && tray);
    QCOMPARE(zone->zoneId(), "Europe/Berlin"_ba);
    QVERIFY(second->zoneId().isEmpty()); // "None"
    QVERIFY(!tray->isChecked()); // off by default
    checkScreen(&dialog, u"preferences"_s);

    second->setZoneId("Asia/Tokyo");
    zone->setZoneId({}); // back to the system's zone
    tray->setChecked(true);
    const Preferences chosen = dialog.preferences();
    QVERIFY(chosen.timeZoneId.isEmpty());
    QCOMPARE(chosen.secondTimeZoneId, "Asia/Tokyo"_ba);
    QVERIFY(chosen.closeToTray);

    // Zones are listed by region id and found by any part of their name.
    QVERIFY(zone->findData("America/Sao_Paulo"_ba) > 0);
    QCOMPARE(zone->findData("EST5EDT"_ba), -1);

    // Without a system tray the option cannot be turned on, and the note says what happens instead.
    PreferencesDialog noTray(initial, false);
    auto *disabled = noTray.findChild<QCheckBox *>(u"preferencesCloseToTray"_s);
    QVERIFY(disabled && !disabled->isEnabled());
}

QTEST_MAIN(TestTimeZones)
#include "tst_timezones.moc"
