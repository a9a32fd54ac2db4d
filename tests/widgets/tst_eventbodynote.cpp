// The details pane says when an invitation's body was too long to show in full (EventBodySanitizer cut it).
#include "core/calendar/EventBodySanitizer.h"
#include "ui/calendar/EventDetailsPane.h"
#include "ui/calendar/SafeTextBrowser.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestEventBodyNote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longBodyIsNoted_data();
    void longBodyIsNoted();
};

void TestEventBodyNote::longBodyIsNoted_data()
{
    constexpr int max = int(EventBodySanitizer::maxBodyLength);
    QTest::addColumn<bool>("html");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("noted");
    QTest::newRow("HTML, 1 MiB") << true << max << false;
    QTest::newRow("HTML, over 1 MiB") << true << max + 1 << true;
    QTest::newRow("text, 1 MiB") << false << max << false;
    QTest::newRow("text, over 1 MiB") << false << max + 100 << true;
}

void TestEventBodyNote::longBodyIsNoted()
{
    QFETCH(bool, html);
    QFETCH(int, length);
    QFETCH(bool, noted);

    Event event;
    event.id = u"long"_s;
    event.calendarId = u"cal"_s;
    event.subject = u"Long invitation"_s;
    event.start = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
    event.end = event.start.addSecs(3600);
    event.body.contentType = html ? Event::Body::ContentType::Html : Event::Body::ContentType::Text;
    // Words, so that laying the body out stays cheap; the last character is the one that is cut.
    event.body.content = u"word "_s.repeated(length / 5 + 1).left(length - 1) + u'Z';
    Calendar calendar;
    calendar.id = u"cal"_s;
    calendar.name = u"Calendar"_s;

    EventDetailsPane pane;
    pane.resize(400, 600);
    pane.setEvent(event, calendar, QColor(Qt::blue));
    const QString note = pane.bodyNoteText();
    QCOMPARE(note.contains(u"shows its first megabyte only"_s), noted);
    QVERIFY2(note.contains(u"Links open in your browser."_s), qPrintable(note)); // the other notes stay
    QCOMPARE(pane.bodyBrowser()->toPlainText().endsWith(u'Z'), !noted);
}

QTEST_MAIN(TestEventBodyNote)
#include "tst_eventbodynote.moc"
