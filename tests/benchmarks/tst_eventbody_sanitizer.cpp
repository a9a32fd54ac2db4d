// Event body sanitiser speed on hostile markup (issue 14, point 4: it runs on the GUI thread), against a realistic,
// tag-light 1 MB body sanitised in the same run; and QTextDocument showing the sanitised result. Reported as times and
// ratios (not pass/fail).
#include "core/calendar/EventBodySanitizer.h"
#include "support/BenchmarkTiming.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

using Test::medianMs;

void report(const QString &what, double ms, const char *baselineName, double baselineMs)
{
    qInfo("%-58s %9.2f ms   baseline (%s) %8.2f ms   ratio %6.2fx", qPrintable(what), ms, baselineName, baselineMs,
          baselineMs > 0 ? ms / baselineMs : 0.0);
}

// An ordinary invitation grown to just under the size limit: paragraphs of prose with some bold text, a Teams link
// now and then, a short list and a small table. Deterministic.
QString realisticBody()
{
    const QStringList words{u"agenda"_s, u"goals"_s,    u"mentoring"_s, u"session"_s, u"notes"_s,   u"review"_s,
                            u"career"_s, u"blockers"_s, u"next"_s,      u"steps"_s,   u"project"_s, u"feedback"_s,
                            u"the"_s,    u"and"_s,      u"for"_s,       u"with"_s,    u"our"_s,     u"&amp;"_s};
    QString body = u"<html><head><meta charset=\"utf-8\"><style>p{margin:0}</style></head><body><div>"_s;
    const QString end = u"</div></body></html>"_s;
    for (int paragraph = 0;; ++paragraph) {
        QString p = u"<p>"_s;
        for (int w = 0; w < 50; ++w) {
            const QString &word = words.at((paragraph * 7 + w * 13) % words.size());
            if (w == 10)
                p += u"<b>"_s + word + u"</b> "_s;
            else
                p += word + u' ';
        }
        p += u"</p>"_s;
        if (paragraph % 10 == 0)
            p += u"<p><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_%1%40thread.v2/0\">Join the "
                 u"meeting</a></p>"_s.arg(paragraph);
        if (paragraph % 25 == 0)
            p += u"<ul><li>Goals</li><li>Blockers</li><li>Next steps</li></ul>"_s;
        if (paragraph % 50 == 0)
            p += u"<table><tr><td>10:00</td><td>Check-in</td></tr><tr><td>10:15</td><td>Review</td></tr></table>"_s;
        if (body.size() + p.size() + end.size() > EventBodySanitizer::maxBodyLength)
            break;
        body += p;
    }
    return body + end;
}

EventBodySanitizer::Result sanitize(const QString &input, bool plainText)
{
    Event::Body body;
    body.contentType = plainText ? Event::Body::ContentType::Text : Event::Body::ContentType::Html;
    body.content = input;
    return EventBodySanitizer::sanitizeBody(body);
}

} // namespace

class BenchmarkEventBodySanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostileBody_data();
    void hostileBody();
    void display_data();
    void display();

private:
    QString m_realistic;
    double m_baselineMs = 0;
    double m_displayBaselineMs = 0;
};

void BenchmarkEventBodySanitizer::initTestCase()
{
    m_realistic = realisticBody();
    EventBodySanitizer::Result result;
    m_baselineMs = medianMs(5, [&] { result = EventBodySanitizer::sanitize(m_realistic); });
    QVERIFY(!result.truncated);
    qInfo("baseline: a realistic body of %lld characters, sanitised in %.2f ms (%lld characters out)",
          qlonglong(m_realistic.size()), m_baselineMs, qlonglong(result.html.size()));
    m_displayBaselineMs = medianMs(3, [&] {
        QTextDocument document;
        document.setTextWidth(600);
        document.setHtml(result.html);
        document.size();
    });
    qInfo("display baseline: QTextDocument::setHtml and layout of the sanitised realistic body: %.2f ms",
          m_displayBaselineMs);
}

void BenchmarkEventBodySanitizer::hostileBody_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("plainText");
    QTest::newRow("100,000 <b> then 100,000 </i>") << u"<b>"_s.repeated(100000) + u"</i>"_s.repeated(100000) << false;
    QTest::newRow("80,000 <svg> then 80,000 </math>")
        << u"<svg>"_s.repeated(80000) + u"</math>"_s.repeated(80000) << false;
    QTest::newRow("80,000 <svg> then 80,000 <body>")
        << u"<svg>"_s.repeated(80000) + u"<body>"_s.repeated(80000) << false;
    QTest::newRow("<script> then 100,000 </p>") << u"<script>"_s + u"</p>"_s.repeated(100000) << false;
    QTest::newRow("50,000 <script>x</script>") << u"<script>x</script>"_s.repeated(50000) << false;
    // 8,000 marks of combining class 230, then 8,000 of class 220: canonical reordering moves each one separately.
    QTest::newRow("link host with 16,000 combining marks")
        << u"<a href=\"https://a"_s + u"\u0301"_s.repeated(8000) + u"\u0316"_s.repeated(8000) + u".example/\">x</a>"_s
        << false;
    QTest::newRow("plain text, 500,000 line breaks") << u"a\n"_s.repeated(500000) << true;
}

void BenchmarkEventBodySanitizer::hostileBody()
{
    QFETCH(QString, input);
    QFETCH(bool, plainText);
    EventBodySanitizer::Result result;
    const double ms = medianMs(3, [&] { result = sanitize(input, plainText); });
    QVERIFY(!result.truncated);
    report(QString::fromUtf8(QTest::currentDataTag()), ms, "realistic 1 MB body", m_baselineMs);
}

void BenchmarkEventBodySanitizer::display_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("100,000 <b> then 100,000 </i>") << u"<b>"_s.repeated(100000) + u"x"_s + u"</i>"_s.repeated(100000);
    QTest::newRow("100,000 unclosed <li>") << u"<ul>"_s + u"<li>x"_s.repeated(100000);
    QTest::newRow("tables nested 22 deep")
        << u"<table><tr><td>"_s.repeated(22) + u"x"_s + u"</td></tr></table>"_s.repeated(22);
}

void BenchmarkEventBodySanitizer::display()
{
    // What the details pane pays: sanitising and then QTextDocument parsing and laying out the result.
    QFETCH(QString, input);
    const double ms = medianMs(3, [&] {
        QTextDocument document;
        document.setTextWidth(600);
        document.setHtml(EventBodySanitizer::sanitize(input).html);
        document.size();
    });
    report(u"sanitise + display: "_s + QString::fromUtf8(QTest::currentDataTag()), ms, "display realistic body",
           m_displayBaselineMs);
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    BenchmarkEventBodySanitizer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_eventbody_sanitizer.moc"
