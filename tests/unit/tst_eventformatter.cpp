#include "core/calendar/EventFormatter.h"
#include "core/model/GraphTime.h"
#include "support/Fixtures.h"
#include "support/Platform.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

Event fixtureEvent(const QString &file, const QString &id)
{
    const QJsonArray items = Test::readJsonFixture(u"calendar/events/"_s + file).object().value("value"_L1).toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value("id"_L1).toString() == id)
            return Event::fromJson(item);
    }
    qFatal("no event %s", qPrintable(id));
    return {};
}

const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);
const QString kDash = u" \u2013 "_s;

} // namespace

class TestEventFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeRange_data();
    void timeRange();
    void ownZone_data();
    void ownZone();
    void recurrence_data();
    void recurrence();
    void responsesAndShowAs();
    void lastUpdated_data();
    void lastUpdated();
};

void TestEventFormatter::timeRange_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("viewer");
    QTest::addColumn<QString>("expected");

    QTest::newRow("berlin") << u"single.json"_s << u"AAMkAGI2TGuLAAA=single"_s << QByteArray("Europe/Berlin")
                            << u"10:00"_s + kDash + u"10:30"_s;
    QTest::newRow("all day") << u"all-day.json"_s << u"evt-allday-utc"_s << QByteArray("Pacific/Auckland")
                             << u"All day"_s;
    QTest::newRow("all-day span") << u"all-day.json"_s << u"evt-allday-multi"_s << QByteArray("Europe/Berlin")
                                  << u"24/12"_s + kDash + u"26/12"_s;
    QTest::newRow("over midnight") << u"windows-zones.json"_s << u"evt-tokyo"_s << QByteArray("Europe/London")
                                   << u"24/11 23:00"_s + kDash + u"25/11 01:00"_s;
    QTest::newRow("ends at midnight") << u"windows-zones.json"_s << u"evt-tokyo"_s << QByteArray("Atlantic/Azores")
                                      << u"22:00"_s + kDash + u"00:00"_s;
}

void TestEventFormatter::timeRange()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QByteArray, viewer);
    QFETCH(QString, expected);
    QCOMPARE(EventFormatter::timeRange(fixtureEvent(file, id), QTimeZone(viewer), kBritish), expected);
}

void TestEventFormatter::ownZone_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("viewer");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pacific seen from berlin") << u"windows-zones.json"_s << u"evt-pst"_s << QByteArray("Europe/Berlin")
                                              << u"09:00"_s + kDash + u"10:15 (Pacific Standard Time)"_s;
    QTest::newRow("pacific seen from LA")
        << u"windows-zones.json"_s << u"evt-pst"_s << QByteArray("America/Los_Angeles") << QString();
    QTest::newRow("same offset") << u"single.json"_s << u"AAMkAGI2TGuLAAA=single"_s << QByteArray("Europe/Paris")
                                 << QString();
    QTest::newRow("custom zone") << u"windows-zones.json"_s << u"evt-custom"_s << QByteArray("Europe/Berlin")
                                 << QString();
    QTest::newRow("all day") << u"all-day.json"_s << u"evt-allday-utc"_s << QByteArray("Europe/Berlin") << QString();
}

void TestEventFormatter::ownZone()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QByteArray, viewer);
    QFETCH(QString, expected);
    if (id == "evt-custom"_L1)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown time zone"_s));
    QCOMPARE(EventFormatter::ownZoneTimeRange(fixtureEvent(file, id), QTimeZone(viewer), kBritish), expected);
}

void TestEventFormatter::recurrence_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");

    QTest::newRow("weekly until") << u"evt-master-weekly"_s << u"Weekly on Monday until 28/12/2026"_s;
    QTest::newRow("relative monthly, numbered")
        << u"evt-master-monthly"_s << u"Every 2 months on the last Tuesday and Thursday, 10 times"_s;
    QTest::newRow("yearly") << u"evt-master-yearly"_s << u"Yearly on 15 March"_s;
}

void TestEventFormatter::recurrence()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const Event master = fixtureEvent(u"series-masters.json"_s, id);
    QVERIFY(master.recurrence);
    QCOMPARE(EventFormatter::recurrenceText(*master.recurrence, kBritish), expected);
}

void TestEventFormatter::responsesAndShowAs()
{
    QCOMPARE(EventFormatter::responseText(ResponseStatus::Response::TentativelyAccepted), u"Tentative"_s);
    QCOMPARE(EventFormatter::responseText(ResponseStatus::Response::NotResponded), u"No response"_s);
    QCOMPARE(EventFormatter::showAsText(Event::ShowAs::Oof), u"Away"_s);
    QCOMPARE(EventFormatter::showAsText(Event::ShowAs::WorkingElsewhere), u"Working elsewhere"_s);
}

void TestEventFormatter::lastUpdated_data()
{
    QTest::addColumn<QDateTime>("lastUpdated");
    QTest::addColumn<QString>("expected");

    const QDateTime now = GraphTime::utc(QDate(2026, 11, 24), QTime(15, 0));
    QTest::newRow("never") << QDateTime() << u"Not updated yet"_s;
    QTest::newRow("just now") << now.addSecs(-20) << u"Last updated just now"_s;
    QTest::newRow("minute") << now.addSecs(-61) << u"Last updated 1 minute ago"_s;
    QTest::newRow("minutes") << now.addSecs(-5 * 60) << u"Last updated 5 minutes ago"_s;
    QTest::newRow("today") << now.addSecs(-5 * 3600) << u"Last updated today at 11:00"_s;
    QTest::newRow("earlier") << now.addDays(-3) << u"Last updated on 21/11/2026"_s;
}

void TestEventFormatter::lastUpdated()
{
    QFETCH(QDateTime, lastUpdated);
    QFETCH(QString, expected);
    const QDateTime now = GraphTime::utc(QDate(2026, 11, 24), QTime(15, 0));
    QCOMPARE(EventFormatter::lastUpdatedText(lastUpdated, now, QTimeZone("Europe/Berlin"), kBritish), expected);
}

int main(int argc, char *argv[])
{
    MentorDesk::Test::pinMachineTimeZone("Asia/Tokyo");
    QCoreApplication app(argc, argv);
    TestEventFormatter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_eventformatter.moc"
