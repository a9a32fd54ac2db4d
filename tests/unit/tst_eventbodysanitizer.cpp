// EventBodySanitizer: hostile and ordinary Graph event bodies reduced to the safe HTML subset.
#include "core/calendar/EventBodySanitizer.h"

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
    void adversarialMarkup_data();
    void adversarialMarkup();
    void expensiveLinks_data();
    void expensiveLinks();
    void longBodiesAreCut_data();
    void longBodiesAreCut();
    void longPlainTextIsCut_data();
    void longPlainTextIsCut();
    void plainTextLineBreaks();
};

namespace {

// Whether html (the sanitiser's output, which holds only tags it wrote itself) closes every element it opens, in
// order; also the deepest nesting and the deepest table nesting in it.
bool isWellFormed(const QString &html, int *maxDepth, int *maxTableDepth, QString *why)
{
    QStringList open;
    int tables = 0;
    *maxDepth = 0;
    *maxTableDepth = 0;
    for (qsizetype lt = html.indexOf(u'<'); lt >= 0; lt = html.indexOf(u'<', lt + 1)) {
        const qsizetype gt = html.indexOf(u'>', lt);
        if (gt < 0) {
            *why = u"unterminated tag at %1"_s.arg(lt);
            return false;
        }
        const QString tag = html.mid(lt + 1, gt - lt - 1);
        const bool end = tag.startsWith(u'/');
        const QString name = tag.mid(end ? 1 : 0).section(u' ', 0, 0);
        if (end) {
            if (open.isEmpty() || open.last() != name) {
                *why = u"</%1> at %2 closes <%3>"_s.arg(name).arg(lt).arg(open.isEmpty() ? QString() : open.last());
                return false;
            }
            open.removeLast();
            if (name == "table"_L1)
                --tables;
        } else if (name != "br"_L1 && name != "hr"_L1) {
            open << name;
            *maxDepth = qMax(*maxDepth, int(open.size()));
            if (name == "table"_L1)
                *maxTableDepth = qMax(*maxTableDepth, ++tables);
        }
    }
    if (!open.isEmpty()) {
        *why = u"unclosed <%1>"_s.arg(open.last());
        return false;
    }
    return true;
}

} // namespace

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

void TestEventBodySanitizer::adversarialMarkup_data()
{
    // Inputs that made the old sanitiser quadratic (or that QTextDocument would take minutes to show), with the
    // output they must give.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("removed");

    QTest::newRow("unmatched end tags are ignored") << u"<b>"_s.repeated(50) + u"</i>"_s.repeated(100000) + u"x"_s
                                                    << u"<b>"_s.repeated(50) + u"x"_s + u"</b>"_s.repeated(50) << 0;
    QTest::newRow("100,000 open tags, 100,000 unmatched end tags")
        << u"<b>"_s.repeated(100000) + u"</i>"_s.repeated(100000) + u"x"_s
        << u"<b>"_s.repeated(100) + u"x"_s + u"</b>"_s.repeated(100) << 0;
    QTest::newRow("matched end tags close in order") << u"<i>"_s.repeated(60) + u"<b>"_s.repeated(30) + u"x</i>y"_s
                                                     << u"<i>"_s.repeated(60) + u"<b>"_s.repeated(30) + u"x"_s
            + u"</b>"_s.repeated(30) + u"</i>y"_s + u"</i>"_s.repeated(59)
                                                     << 0;
    QTest::newRow("many svg, then many unmatched math end tags")
        << u"<svg>"_s.repeated(50000) + u"</math>"_s.repeated(50000) + u"</svg>"_s.repeated(50000) + u"after"_s
        << u"after"_s << 1;
    QTest::newRow("many svg, then many body tags")
        << u"<svg>"_s.repeated(50000) + u"<body>"_s.repeated(50000) + u"</svg>"_s.repeated(50000) + u"after"_s
        << u"after"_s << 1;
    QTest::newRow("unclosed svg drops the rest") << u"<svg>"_s.repeated(1000) + u"<p>x</p>"_s << QString() << 1;
    QTest::newRow("head, many svg, then body")
        << u"<head>"_s + u"<svg>"_s.repeated(1000) + u"<body><p>kept</p>"_s << u"<p>kept</p>"_s << 0;
    QTest::newRow("script, then many other end tags")
        << u"<script>"_s + u"</p>"_s.repeated(100000) + u"</script>after"_s << u"after"_s << 1;
    QTest::newRow("many scripts") << u"<script>x</script>"_s.repeated(50000) + u"after"_s << u"after"_s << 50000;
    QTest::newRow("unterminated raw text") << u"<p>a</p><title>"_s + u"</p>"_s.repeated(10000) << u"<p>a</p>"_s << 0;
    QTest::newRow("raw text end tag: case and spaces")
        << u"<script>a</SCRIPT\t\n\v>b<style>c</ style></style >d"_s << u"bd"_s << 2;
    QTest::newRow("raw text end tag: longer name or attributes do not end it")
        << u"<textarea>a</textareax>b</textarea x>c</textarea>d"_s << u"d"_s << 1;
    QTest::newRow("many comments") << u"<!--x-->"_s.repeated(100000) + u"after"_s << u"after"_s << 0;
    QTest::newRow("many comment openers") << u"a"_s + u"<!--"_s.repeated(100000) << u"a"_s << 0;
    QTest::newRow("many doctypes") << u"<!x>"_s.repeated(100000) + u"after"_s << u"after"_s << 0;
    QTest::newRow("many stray less-than signs") << u"<"_s.repeated(100000) << u"&lt;"_s.repeated(100000) << 0;
    QTest::newRow("tag with 100,000 attributes")
        << u"<p"_s + u" a=1"_s.repeated(100000) + u">x</p>"_s << u"<p>x</p>"_s << 0;
    QTest::newRow("unterminated attribute value")
        << u"<p>a</p><p title=\""_s + u"x"_s.repeated(100000) << u"<p>a</p><p></p>"_s << 0;
    QTest::newRow("100,000 entities in a link")
        << u"<a href=\"https://a.example/?"_s + u"&amp;"_s.repeated(100000) + u"\">x</a>"_s
        << u"<a href=\"https://a.example/?"_s + u"&amp;"_s.repeated(100000) + u"\">x</a>"_s << 0;
    QTest::newRow("long entity-like runs")
        << u"<p title=\""_s + u"&#1234567890123;"_s.repeated(10000) + u"\">x</p>"_s << u"<p>x</p>"_s << 0;
    QTest::newRow("nesting deeper than 100")
        << u"<div>"_s.repeated(150) + u"x"_s
        << u"<div>"_s.repeated(100) + u"<br>"_s.repeated(50) + u"x"_s + u"</div>"_s.repeated(100) << 0;
    QTest::newRow("100,000 unclosed list items")
        << u"<ul>"_s + u"<li>x"_s.repeated(100000)
        << u"<ul>"_s + u"<li>x"_s.repeated(99) + u"<br>x"_s.repeated(100000 - 99) + u"</li>"_s.repeated(99) + u"</ul>"_s
        << 0;
    QTest::newRow("tables nested deeper than 6 are flattened")
        << u"<table><tr><td>"_s.repeated(10) + u"x"_s + u"</td></tr></table>"_s.repeated(10) + u"y"_s
        << u"<table><tr><td>"_s.repeated(6) + u"<br><br> "_s.repeated(4) + u"x"_s + u"</td></tr></table>"_s.repeated(6)
            + u"y"_s
        << 0;
    QTest::newRow("flattening ends with the tables around it")
        << u"<div>"_s + u"<table><tr><td>"_s.repeated(7) + u"x</div><table><tr><td>y</td></tr></table>"_s
        << u"<div>"_s + u"<table><tr><td>"_s.repeated(6) + u"<br><br> x"_s + u"</td></tr></table>"_s.repeated(6)
            + u"</div><table><tr><td>y</td></tr></table>"_s
        << 0;
    QTest::newRow("tables nested through other elements") << u"<table><tr><td><div>"_s.repeated(8) + u"x"_s
                                                          << u"<table><tr><td><div>"_s.repeated(6)
            + u"<br><br> <div>"_s.repeated(2) + u"x"_s + u"</div>"_s.repeated(2)
            + u"</div></td></tr></table>"_s.repeated(6) << 0;
}

void TestEventBodySanitizer::adversarialMarkup()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, removed);
    const auto result = EventBodySanitizer::sanitize(input);
    QCOMPARE(result.html, expected);
    QCOMPARE(result.elementsRemoved, removed);
    QVERIFY(!result.truncated);
    int depth = 0;
    int tableDepth = 0;
    QString why;
    QVERIFY2(isWellFormed(result.html, &depth, &tableDepth, &why), qPrintable(why));
    QVERIFY2(depth <= 100, qPrintable(QString::number(depth)));
    QVERIFY2(tableDepth <= 6, qPrintable(QString::number(tableDepth)));
}

void TestEventBodySanitizer::expensiveLinks_data()
{
    // Addresses that QUrl would take seconds to parse are dropped like javascript: links; ordinary ones stay.
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("kept");
    QString marks;
    for (int i = 0; i < 16; ++i)
        marks += u"\u0301\u0316"_s; // combining classes 230 and 220: canonical reordering swaps every pair
    QTest::newRow("32 combining marks in the host") << u"https://a"_s + marks + u".example/"_s << false;
    QTest::newRow("32 combining marks in the path") << u"https://a.example/a"_s + marks << false;
    QTest::newRow("2,000 combining marks in the host")
        << u"https://a"_s + u"\u0301\u0316"_s.repeated(1000) + u".example/"_s << false;
    QTest::newRow("authority of 1,025 characters")
        << u"https://"_s + u"abcdefg."_s.repeated(127) + u"exampless/"_s << false;
    QTest::newRow("scheme-relative, long authority") << u"//"_s + u"a"_s.repeated(5000) << false;
    QTest::newRow("authority of 1,024 characters")
        << u"https://"_s + u"abcdefg."_s.repeated(127) + u"examples/"_s << true;
    QTest::newRow("long path") << u"https://a.example/"_s + u"a"_s.repeated(100000) << true;
    QTest::newRow("a few combining marks") << u"https://a.example/caf\u0065\u0301"_s << true;
    QTest::newRow("international host") << u"https://m\u00fcnchen.example/"_s << true;
}

void TestEventBodySanitizer::expensiveLinks()
{
    QFETCH(QString, href);
    QFETCH(bool, kept);
    const auto result = EventBodySanitizer::sanitize(u"<a href=\"%1\">text</a>"_s.arg(href));
    QCOMPARE(result.html.startsWith(u"<a href=\""_s), kept);
    QCOMPARE(result.linksRemoved, kept ? 0 : 1);
    if (!kept)
        QCOMPARE(result.html, u"text"_s);

    // The same address in a plain-text body.
    Event::Body body;
    body.contentType = Event::Body::ContentType::Text;
    body.content = u"see "_s + href + u" now"_s;
    if (!href.startsWith(u"http"_s))
        return; // not an address in plain text
    QCOMPARE(EventBodySanitizer::sanitizeBody(body).html.contains(u"<a href="_s), kept);
}

void TestEventBodySanitizer::longBodiesAreCut_data()
{
    constexpr qsizetype max = EventBodySanitizer::maxBodyLength;
    static_assert(max == 1048576);
    const QString smile = u"\U0001F600"_s; // a surrogate pair
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("expected");

    QTest::newRow("exactly 1 MiB") << u"a"_s.repeated(max) << false << u"a"_s.repeated(max);
    QTest::newRow("1 MiB and one character") << u"a"_s.repeated(max + 1) << true << u"a"_s.repeated(max);
    QTest::newRow("10 MiB") << u"a"_s.repeated(10 * max) << true << u"a"_s.repeated(max);
    QTest::newRow("surrogate pair across the limit")
        << u"a"_s.repeated(max - 1) + smile + u"b"_s << true << u"a"_s.repeated(max - 1);
    QTest::newRow("surrogate pair just inside the limit")
        << u"a"_s.repeated(max - 2) + smile + u"b"_s << true << u"a"_s.repeated(max - 2) + smile;
    QTest::newRow("exactly 1 MiB of paragraphs")
        << u"<p>x</p>"_s.repeated(max / 8) << false << u"<p>x</p>"_s.repeated(max / 8);
    QTest::newRow("paragraphs past the limit")
        << u"<p>x</p>"_s.repeated(max / 8 + 1) << true << u"<p>x</p>"_s.repeated(max / 8);
    QTest::newRow("cut inside an element") << u"<p>x</p>"_s.repeated(max / 8 - 1) + u"<p>xxxxx</p>"_s << true
                                           << u"<p>x</p>"_s.repeated(max / 8 - 1) + u"<p>xxxxx</p>"_s;
    QTest::newRow("cut inside a start tag") << u"<p>x</p>"_s.repeated(max / 8 - 1) + u"<b>x<i"_s + u"x"_s.repeated(100)
                                            << true << u"<p>x</p>"_s.repeated(max / 8 - 1) + u"<b>x</b>"_s;
    QTest::newRow("cut inside a script") << u"<script>"_s + u"x"_s.repeated(2 * max) + u"</script>after"_s << true
                                         << QString();
    QTest::newRow("open tags past the limit")
        << u"<b>x"_s.repeated(max / 2) << true
        << u"<b>x"_s.repeated(100) + u"x"_s.repeated(max / 4 - 100) + u"</b>"_s.repeated(100);
    QTest::newRow("escaped characters past the limit") << u"<"_s.repeated(2 * max) << true << u"&lt;"_s.repeated(max);
}

void TestEventBodySanitizer::longBodiesAreCut()
{
    QFETCH(QString, input);
    QFETCH(bool, truncated);
    QFETCH(QString, expected);
    const auto result = EventBodySanitizer::sanitize(input);
    QCOMPARE(result.truncated, truncated);
    QCOMPARE(result.html.size(), expected.size());
    QCOMPARE(result.html, expected);
    QVERIFY(result.html.isEmpty() || !result.html.back().isHighSurrogate());

    Event::Body body;
    body.contentType = Event::Body::ContentType::Html;
    body.content = input;
    QCOMPARE(EventBodySanitizer::sanitizeBody(body).truncated, truncated);
}

void TestEventBodySanitizer::longPlainTextIsCut_data()
{
    constexpr qsizetype max = EventBodySanitizer::maxBodyLength;
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exactly 1 MiB") << u"a"_s.repeated(max) << false << u"<p>"_s + u"a"_s.repeated(max) + u"</p>"_s;
    QTest::newRow("1 MiB and one character")
        << u"a"_s.repeated(max + 1) << true << u"<p>"_s + u"a"_s.repeated(max) + u"</p>"_s;
    QTest::newRow("surrogate pair across the limit")
        << u"a"_s.repeated(max - 1) + u"\U0001F600"_s << true << u"<p>"_s + u"a"_s.repeated(max - 1) + u"</p>"_s;
    QTest::newRow("line breaks past the limit")
        << u"\r\n"_s.repeated(max) << true << u"<p>"_s + u"<br>"_s.repeated(max / 2) + u"</p>"_s;
    QTest::newRow("links past the limit")
        << u"http://a.example/ "_s.repeated(max / 18 + 1) << true
        << u"<p>"_s + u"<a href=\"http://a.example/\">http://a.example/</a> "_s.repeated(max / 18) + u"http</p>"_s;
}

void TestEventBodySanitizer::longPlainTextIsCut()
{
    QFETCH(QString, input);
    QFETCH(bool, truncated);
    QFETCH(QString, expected);
    Event::Body body;
    body.contentType = Event::Body::ContentType::Text;
    body.content = input;
    const auto result = EventBodySanitizer::sanitizeBody(body);
    QCOMPARE(result.truncated, truncated);
    QCOMPARE(result.html.size(), expected.size());
    QCOMPARE(result.html, expected);
    bool cut = !truncated;
    QCOMPARE(EventBodySanitizer::fromPlainText(input, &cut), expected);
    QCOMPARE(cut, truncated);
}

void TestEventBodySanitizer::plainTextLineBreaks()
{
    QCOMPARE(EventBodySanitizer::fromPlainText(u"a\r\nb\nc\rd\n\n<e>\r"_s),
             u"<p>a<br>b<br>c\rd<br><br>&lt;e&gt;\r</p>"_s);
    QCOMPARE(EventBodySanitizer::fromPlainText(u"\r\nhttps://a.example/\r\n"_s),
             u"<p><br><a href=\"https://a.example/\">https://a.example/</a><br></p>"_s);
    QCOMPARE(EventBodySanitizer::fromPlainText(QString()), u"<p></p>"_s);
}

QTEST_GUILESS_MAIN(TestEventBodySanitizer)
#include "tst_eventbodysanitizer.moc"
