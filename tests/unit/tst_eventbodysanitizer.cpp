// EventBodySanitizer: hostile and ordinary Graph event bodies reduced to the safe HTML subset.
#include "calendar/EventBodySanitizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestEventBodySanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void sandboxSeedBody();
    void hostileMarkupNeverSurvives_data();
    void hostileMarkupNeverSurvives();
    void links_data();
    void links();
    void plainText();
    void outputIsBalanced();
};

void TestEventBodySanitizer::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("removed");

    QTest::newRow("plain paragraph") << u"<p>Hello <b>there</b></p>"_s << u"<p>Hello <b>there</b></p>"_s << 0 << 0;
    QTest::newRow("document shell") << u"<html><head><title>x</title><meta charset=utf-8></head>"
                                       "<body><p>Hi</p></body></html>"_s
                                    << u"<p>Hi</p>"_s << 0 << 0;
    QTest::newRow("script with markup inside")
        << u"<p>a</p><script>document.write('<b>x</b>')</script><p>b</p>"_s << u"<p>a</p><p>b</p>"_s << 0 << 1;
    QTest::newRow("style block and attribute")
        << u"<style>p{color:red}</style><p style=\"color:red\" class=x onclick=\"evil()\">t</p>"_s << u"<p>t</p>"_s << 0
        << 1;
    QTest::newRow("remote image with alt")
        << u"<p><img src=\"https://t.example/p.gif\" alt=\"Logo\">x</p>"_s << u"<p>[Logo]x</p>"_s << 1 << 0;
    QTest::newRow("tracking pixel") << u"<img src='https://t.example/p.gif' width=1 height=1>"_s << QString() << 1 << 0;
    QTest::newRow("iframe and object")
        << u"<iframe src=\"https://evil.example\">fallback</iframe><object data=x><param name=a>o</object>ok"_s
        << u"ok"_s << 0 << 2;
    QTest::newRow("form keeps text, loses controls")
        << u"<form action=\"https://evil.example\"><p>Name</p><input name=a><button>Go</button></form>"_s
        << u"<p>Name</p>"_s << 0 << 3;
    QTest::newRow("unknown tags unwrap") << u"<font color=red face=x><o:p>Outlook</o:p></font>"_s << u"Outlook"_s << 0
                                         << 0;
    QTest::newRow("comments and conditional comments")
        << u"a<!--[if mso]><script>x</script><![endif]-->b<!-- c -->d"_s << u"abd"_s << 0 << 0;
    QTest::newRow("table spans kept") << u"<table border=1><tr><td colspan=\"2\" bgcolor=red>x</td></tr></table>"_s
                                      << u"<table><tr><td colspan=\"2\">x</td></tr></table>"_s << 0 << 0;
    QTest::newRow("unclosed elements get closed")
        << u"<ul><li>one<li>two"_s << u"<ul><li>one<li>two</li></li></ul>"_s << 0 << 0;
    QTest::newRow("stray less-than") << u"1 < 2 and 3 > 2"_s << u"1 &lt; 2 and 3 &gt; 2"_s << 0 << 0;
    QTest::newRow("entities preserved") << u"<p>Tom &amp; Jerry &lt;3</p>"_s << u"<p>Tom &amp; Jerry &lt;3</p>"_s << 0
                                        << 0;
    QTest::newRow("base and link tags") << u"<base href=\"https://evil.example/\"><link rel=stylesheet href=x>t"_s
                                        << u"t"_s << 0 << 2;
    QTest::newRow("svg with script") << u"<svg><script>x</script><text>t</text></svg>after"_s << u"after"_s << 0 << 2;
    QTest::newRow("unclosed head") << u"<head><style>x</style><body><p>kept</p>"_s << u"<p>kept</p>"_s << 0 << 1;
    QTest::newRow("greater-than in attribute") << u"<p title=\"a>b\">x</p>"_s << u"<p>x</p>"_s << 0 << 0;
}

void TestEventBodySanitizer::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, images);
    QFETCH(int, removed);
    const auto result = EventBodySanitizer::sanitize(input);
    QCOMPARE(result.html, expected);
    QCOMPARE(result.imagesRemoved, images);
    QCOMPARE(result.elementsRemoved, removed);
}

void TestEventBodySanitizer::sandboxSeedBody()
{
    // The sandbox seed's "Review notes" body, verbatim.
    const QString body = u"<html><head><script>alert('sandbox')</script></head><body><p>Agenda for "
                         u"<b>Liam</b>:</p><ul><li>Goals</li><li>Blockers</li></ul>"
                         u"<img src=\"https://tracker.example.net/pixel.gif?u=alex\" width=\"1\" height=\"1\">"
                         u"<a href=\"javascript:alert(1)\">details</a></body></html>"_s;
    const auto result = EventBodySanitizer::sanitize(body);
    QCOMPARE(result.html, u"<p>Agenda for <b>Liam</b>:</p><ul><li>Goals</li><li>Blockers</li></ul>details"_s);
    QCOMPARE(result.imagesRemoved, 1);
    QCOMPARE(result.linksRemoved, 1);
    QCOMPARE(result.elementsRemoved, 1);
}

void TestEventBodySanitizer::hostileMarkupNeverSurvives_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("mixed case script") << u"<ScRiPt>alert(1)</sCrIpT>"_s;
    QTest::newRow("script end with spaces") << u"<script>a</script >b"_s;
    QTest::newRow("unterminated script") << u"<script>alert(1)"_s;
    QTest::newRow("event handler") << u"<p onmouseover=\"alert(1)\">x</p>"_s;
    QTest::newRow("javascript link entity-obfuscated") << u"<a href=\"jav&#x09;ascript:alert(1)\">x</a>"_s;
    QTest::newRow("javascript link with spaces") << u"<a href=\"  javascript:alert(1)\">x</a>"_s;
    QTest::newRow("data link") << u"<a href=\"data:text/html,<script>alert(1)</script>\">x</a>"_s;
    QTest::newRow("file link") << u"<a href=\"file:///etc/passwd\">x</a>"_s;
    QTest::newRow("file image") << u"<img src=\"file:///etc/passwd\">"_s;
    QTest::newRow("css import") << u"<style>@import url(https://evil.example/a.css);</style>"_s;
    QTest::newRow("background attribute") << u"<table background=\"https://evil.example/bg.png\"><tr><td>x"_s;
    QTest::newRow("meta refresh") << u"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">"_s;
    QTest::newRow("nested drop") << u"<object><object></object><script>x</script>https://evil.example</object>"_s;
    QTest::newRow("tag soup") << u"<<script>script>alert(1)<</script>/script>"_s;
}

void TestEventBodySanitizer::hostileMarkupNeverSurvives()
{
    QFETCH(QString, input);
    const QString html = EventBodySanitizer::sanitize(input).html.toLower();
    for (const char *needle : {"<script", "javascript:", "onmouseover", "src=", "file:", "data:", "@import",
                               "background", "http-equiv", "evil.example", "<img", "<meta", "<style"}) {
        QVERIFY2(!html.contains(QLatin1StringView(needle)), qPrintable(QLatin1StringView(needle) + u" in "_s + html));
    }
}

void TestEventBodySanitizer::links_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("expectedHref"); // empty: the link is dropped, its text kept
    QTest::newRow("https") << u"https://teams.microsoft.com/l/meetup-join/19%3ameeting?context=%7b%7d"_s
                           << u"https://teams.microsoft.com/l/meetup-join/19%3Ameeting?context=%7B%7D"_s;
    QTest::newRow("http") << u"http://example.com/a?b=1&amp;c=2"_s << u"http://example.com/a?b=1&amp;c=2"_s;
    QTest::newRow("mailto") << u"mailto:priya.sharma@contoso-mentoring.example"_s
                            << u"mailto:priya.sharma@contoso-mentoring.example"_s;
    QTest::newRow("quote ends the value") << u"https://example.com/\"onclick=x"_s << u"https://example.com/"_s;
    QTest::newRow("relative") << u"/calendar/item/1"_s << QString();
    QTest::newRow("javascript") << u"JavaScript:alert(1)"_s << QString();
    QTest::newRow("ftp") << u"ftp://example.com/x"_s << QString();
    QTest::newRow("tel") << u"tel:+4930555"_s << QString();
}

void TestEventBodySanitizer::links()
{
    QFETCH(QString, href);
    QFETCH(QString, expectedHref);
    const auto result = EventBodySanitizer::sanitize(u"<a href=\"%1\">text</a>"_s.arg(href));
    if (expectedHref.isEmpty()) {
        QCOMPARE(result.html, u"text"_s);
        QCOMPARE(result.linksRemoved, 1);
    } else {
        QCOMPARE(result.html, u"<a href=\"%1\">text</a>"_s.arg(expectedHref));
        QCOMPARE(result.linksRemoved, 0);
    }
}

void TestEventBodySanitizer::plainText()
{
    Event::Body body;
    body.contentType = Event::Body::ContentType::Text;
    body.content = u"Join: https://teams.microsoft.com/l/x.\n<b>not bold</b> & more\njavascript:alert(1)"_s;
    const auto result = EventBodySanitizer::sanitizeBody(body);
    QCOMPARE(result.html,
             u"<p>Join: <a href=\"https://teams.microsoft.com/l/x\">https://teams.microsoft.com/l/x</a>."
             "<br>&lt;b&gt;not bold&lt;/b&gt; &amp; more<br>javascript:alert(1)</p>"_s);
    body.contentType = Event::Body::ContentType::Html;
    body.content = u"<p>x</p>"_s;
    QCOMPARE(EventBodySanitizer::sanitizeBody(body).html, u"<p>x</p>"_s);
}

void TestEventBodySanitizer::outputIsBalanced()
{
    const QString input = u"<div><p><b><i>x</div></p><table><tr><td>y</table><ul><li><a href=https://a.example>z"_s;
    const QString html = EventBodySanitizer::sanitize(input).html;
    QCOMPARE(html.count(u"<div>"_s), html.count(u"</div>"_s));
    QCOMPARE(html.count(u"<b>"_s), html.count(u"</b>"_s));
    QCOMPARE(html.count(u"<td>"_s), html.count(u"</td>"_s));
    QCOMPARE(html.count(u"<a "_s), html.count(u"</a>"_s));
    QVERIFY(html.endsWith(u"</a></li></ul>"_s));
}

QTEST_GUILESS_MAIN(TestEventBodySanitizer)
#include "tst_eventbodysanitizer.moc"
