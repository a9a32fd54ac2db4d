#include "core/graph/writes/PostChannelMessageWrite.h"
#include "core/teams/MessageComposer.h"
#include "core/teams/SessionAnnouncement.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestMessageComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data();
    void toHtml();
    void hostileInputIsEscaped_data();
    void hostileInputIsEscaped();
    void escapeMarkupKeepsTextLiteral_data();
    void escapeMarkupKeepsTextLiteral();
    void linkSchemes_data();
    void linkSchemes();
    void pathologicalInputStaysLinear();
    void messageJsonAndSize();
    void sizeLimitAtTheBoundary();
    void emptyIsRefused();
    void previewShowsImportanceAndSubject();
    void subjectIsOneLineOfPlainText();
    void announcementForATimedSession();
    void announcementForAnAllDaySession();
    void announcementWithoutJoinLinkAndMarkupInSubject();
};

void TestMessageComposer::toHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");

    QTest::newRow("plain") << u"Hello"_s << u"<p>Hello</p>"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("line break") << u"one\ntwo"_s << u"<p>one<br>two</p>"_s;
    QTest::newRow("crlf") << u"one\r\ntwo\rthree"_s << u"<p>one<br>two<br>three</p>"_s;
    QTest::newRow("paragraphs") << u"one\n\n\ntwo"_s << u"<p>one</p><p>two</p>"_s;
    QTest::newRow("bold") << u"a **bold** b"_s << u"<p>a <strong>bold</strong> b</p>"_s;
    QTest::newRow("italic star") << u"an *italic* word"_s << u"<p>an <em>italic</em> word</p>"_s;
    QTest::newRow("italic underscore") << u"an _italic_ word"_s << u"<p>an <em>italic</em> word</p>"_s;
    QTest::newRow("snake_case stays") << u"call snake_case_name now"_s << u"<p>call snake_case_name now</p>"_s;
    QTest::newRow("arithmetic stays") << u"2 * 3 * 4"_s << u"<p>2 * 3 * 4</p>"_s;
    QTest::newRow("italic inside bold") << u"**very *much* so**"_s
                                        << u"<p><strong>very <em>much</em> so</strong></p>"_s;
    QTest::newRow("bold inside italic") << u"*a **b** c*"_s << u"<p><em>a <strong>b</strong> c</em></p>"_s;
    QTest::newRow("unclosed bold") << u"**not closed"_s << u"<p>**not closed</p>"_s;
    QTest::newRow("spaced bold") << u"** spaced **"_s << u"<p>** spaced **</p>"_s;
    QTest::newRow("escaped stars") << u"\\*not italic\\*"_s << u"<p>*not italic*</p>"_s;
    QTest::newRow("backslash stays") << u"C:\\path\\file"_s << u"<p>C:\\path\\file</p>"_s;
    QTest::newRow("link") << u"see [the docs](https://example.org/a?b=1&c=2)"_s
                          << u"<p>see <a href=\"https://example.org/a?b=1&amp;c=2\">the docs</a></p>"_s;
    QTest::newRow("link with parentheses")
        << u"[wiki](https://en.wikipedia.org/wiki/Rust_(language))"_s
        << u"<p><a href=\"https://en.wikipedia.org/wiki/Rust_(language)\">wiki</a></p>"_s;
    QTest::newRow("bold link label") << u"[**big**](https://example.org)"_s
                                     << u"<p><a href=\"https://example.org\"><strong>big</strong></a></p>"_s;
    QTest::newRow("empty label shows target")
        << u"[](https://example.org)"_s << u"<p><a href=\"https://example.org\">https://example.org</a></p>"_s;
    QTest::newRow("mailto") << u"[write](mailto:ana@example.org)"_s
                            << u"<p><a href=\"mailto:ana@example.org\">write</a></p>"_s;
    QTest::newRow("autolink") << u"Join: https://teams.microsoft.com/l/meetup-join/x, thanks."_s
                              << u"<p>Join: <a href=\"https://teams.microsoft.com/l/meetup-join/x\">"
                                 "https://teams.microsoft.com/l/meetup-join/x</a>, thanks.</p>"_s;
    QTest::newRow("autolink in parentheses")
        << u"(see https://example.org/x)"_s
        << u"<p>(see <a href=\"https://example.org/x\">https://example.org/x</a>)</p>"_s;
    QTest::newRow("list") << u"Agenda:\n- intro\n* goals\n  - next steps"_s
                          << u"<p>Agenda:</p><ul><li>intro</li><li>goals</li><li>next steps</li></ul>"_s;
    QTest::newRow("list then text") << u"- one\n- two\nafter"_s << u"<ul><li>one</li><li>two</li></ul><p>after</p>"_s;
    QTest::newRow("formatted list item") << u"- **bold** item"_s << u"<ul><li><strong>bold</strong> item</li></ul>"_s;
    QTest::newRow("dash without space") << u"-5 degrees"_s << u"<p>-5 degrees</p>"_s;
    QTest::newRow("escaped dash") << u"\\- not a list"_s << u"<p>- not a list</p>"_s;
    QTest::newRow("emoji and rtl") << u"🎉 مرحبا بالعالم שלום"_s << u"<p>🎉 مرحبا بالعالم שלום</p>"_s;
}

void TestMessageComposer::toHtml()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(MessageComposer::toHtml(text), html);
}

void TestMessageComposer::hostileInputIsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");

    QTest::newRow("script") << u"<script>alert('x')</script>"_s
                            << u"<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>"_s;
    QTest::newRow("mention tag") << u"<at id=\"0\">Jane Smith</at>"_s
                                 << u"<p>&lt;at id=&quot;0&quot;&gt;Jane Smith&lt;/at&gt;</p>"_s;
    QTest::newRow("attachment tag") << u"<attachment id=\"74d2\"></attachment>"_s
                                    << u"<p>&lt;attachment id=&quot;74d2&quot;&gt;&lt;/attachment&gt;</p>"_s;
    QTest::newRow("entity stays visible") << u"&amp; &lt; &#60;"_s << u"<p>&amp;amp; &amp;lt; &amp;#60;</p>"_s;
    QTest::newRow("markup in bold") << u"**<b>x</b>**"_s << u"<p><strong>&lt;b&gt;x&lt;/b&gt;</strong></p>"_s;
    QTest::newRow("markup in link label")
        << u"[<img src=x onerror=y>](https://example.org)"_s
        << u"<p><a href=\"https://example.org\">&lt;img src=x onerror=y&gt;</a></p>"_s;
    QTest::newRow("quote breaking out of href") << u"[x](https://example.org/\"onmouseover=\"y)"_s
                                                << u"<p>[x](https://example.org/&quot;onmouseover=&quot;y)</p>"_s;
    QTest::newRow("javascript link") << u"[x](javascript:alert(1))"_s << u"<p>[x](javascript:alert(1))</p>"_s;
    QTest::newRow("data link") << u"[x](data:text/html,<b>)"_s << u"<p>[x](data:text/html,&lt;b&gt;)</p>"_s;
    QTest::newRow("control characters dropped") << u"a\u0000b\u0007c\td"_s << u"<p>abc\td</p>"_s;
    QTest::newRow("mixed") << u"**Hi** <at id=\"0\">all</at> &amp; 🎉\n- عربى <script>"_s
                           << u"<p><strong>Hi</strong> &lt;at id=&quot;0&quot;&gt;all&lt;/at&gt; &amp;amp; 🎉</p>"
                              "<ul><li>عربى &lt;script&gt;</li></ul>"_s;
}

void TestMessageComposer::hostileInputIsEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    const QString result = MessageComposer::toHtml(text);
    QCOMPARE(result, html);
    // Whatever was typed, the only tags are the composer's own.
    static const QRegularExpression tag(u"<(/?)([a-zA-Z]+)"_s);
    for (auto it = tag.globalMatch(result); it.hasNext();) {
        const QString name = it.next().captured(2);
        QVERIFY2(QStringList({u"p"_s, u"br"_s, u"strong"_s, u"em"_s, u"a"_s, u"ul"_s, u"li"_s}).contains(name),
                 qPrintable(name));
    }
}

void TestMessageComposer::escapeMarkupKeepsTextLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("stars") << u"C++ *advanced* **bold**"_s;
    QTest::newRow("underscores") << u"_init_ and __main__"_s;
    QTest::newRow("brackets") << u"[not](a link)"_s;
    QTest::newRow("dash at start") << u"- not a list"_s;
    QTest::newRow("backslashes") << u"a\\*b \\ c\\"_s;
    QTest::newRow("html") << u"<b>&amp;</b>"_s;
}

void TestMessageComposer::escapeMarkupKeepsTextLiteral()
{
    QFETCH(QString, text);
    QCOMPARE(MessageComposer::toHtml(MessageComposer::escapeMarkup(text)),
             u"<p>"_s + MessageComposer::escapeHtml(text) + u"</p>"_s);
}

void TestMessageComposer::linkSchemes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://example.org"_s << true;
    QTest::newRow("http") << u"http://example.org/x"_s << true;
    QTest::newRow("HTTPS upper") << u"HTTPS://example.org"_s << true;
    QTest::newRow("mailto") << u"mailto:a@example.org"_s << true;
    QTest::newRow("mailto without address") << u"mailto:"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("data") << u"data:text/html;base64,PGI+"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("relative") << u"/teams"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
    QTest::newRow("ftp") << u"ftp://example.org"_s << false;
}

void TestMessageComposer::linkSchemes()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(MessageComposer::isAllowedLink(QUrl(url, QUrl::StrictMode)), allowed);
    const QString html = MessageComposer::toHtml(u"[x]("_s + url + u")"_s);
    QCOMPARE(html.contains(u"<a href="_s), allowed);
}

void TestMessageComposer::pathologicalInputStaysLinear()
{
    // Thousands of unclosed markers: each closing search fails once, not once per marker. (Not timed: a
    // quadratic parser would still finish, but this keeps the shapes that once were quadratic covered.)
    const QString unclosed = QString(u"*a _b [c "_s).repeated(3000);
    QCOMPARE(MessageComposer::toHtml(unclosed), u"<p>"_s + unclosed.trimmed() + u"</p>"_s);
    const QString brackets = QString(u"["_s).repeated(10000) + u"](https://x.org)"_s;
    QCOMPARE(MessageComposer::toHtml(brackets),
             u"<p><a href=\"https://x.org\">"_s + QString(u"["_s).repeated(9999) + u"</a></p>"_s);
}

void TestMessageComposer::messageJsonAndSize()
{
    MessageComposer composer(u"  Sessions\nopen  "_s, u"Hello **all** & welcome"_s, ChatMessage::Importance::Urgent);
    const QJsonObject json = composer.messageJson();
    QCOMPARE(json.value("subject"_L1).toString(), u"Sessions open"_s);
    QCOMPARE(json.value("importance"_L1).toString(), u"urgent"_s);
    QCOMPARE(json.value("body"_L1).toObject().value("contentType"_L1).toString(), u"html"_s);
    QCOMPARE(json.value("body"_L1).toObject().value("content"_L1).toString(),
             u"<p>Hello <strong>all</strong> &amp; welcome</p>"_s);
    QVERIFY(!json.contains("mentions"_L1));
    QVERIFY(!json.contains("attachments"_L1));
    // The size is that of the exact body the outbox sends.
    const GraphRequest request = PostChannelMessageWrite::request(u"team"_s, u"19:abc@thread.tacv2"_s, json);
    QCOMPARE(composer.requestBytes(), request.body.size());
    QVERIFY(request.idempotencyKey.isEmpty());
    QVERIFY(!request.isRetrySafe());
    QCOMPARE(request.path, u"/teams/team/channels/19:abc@thread.tacv2/messages"_s);
    // An id from a Teams link (percent-encoded) goes to the same path.
    QCOMPARE(PostChannelMessageWrite::request(u"team"_s, u"19%3aabc%40thread.tacv2"_s, json).path, request.path);

    MessageComposer noSubject(QString(), u"x"_s);
    QVERIFY(!noSubject.messageJson().contains("subject"_L1));
    QCOMPARE(noSubject.messageJson().value("importance"_L1).toString(), u"normal"_s);
}

void TestMessageComposer::sizeLimitAtTheBoundary()
{
    MessageComposer composer;
    composer.setText(u"x"_s);
    const qsizetype overhead = composer.requestBytes() - 1;
    // Exactly at the limit is accepted; one byte more is refused, with a message that says by how much.
    composer.setText(QString(u'x').repeated(MessageComposer::kMaxRequestBytes - overhead));
    QCOMPARE(composer.requestBytes(), MessageComposer::kMaxRequestBytes);
    QCOMPARE(composer.status(), MessageComposer::Status::Ok);
    QVERIFY(composer.problem().isEmpty());
    composer.setText(QString(u'x').repeated(MessageComposer::kMaxRequestBytes - overhead + 1));
    QCOMPARE(composer.status(), MessageComposer::Status::TooLarge);
    QVERIFY(!composer.canPost());
    QVERIFY2(composer.problem().contains(u"too long"_s), qPrintable(composer.problem()));
    QVERIFY2(composer.problem().contains(u"28 KB"_s), qPrintable(composer.problem()));

    // Escaping and multi-byte characters count as sent: 5000 '&' are 25,000 bytes of "&amp;".
    composer.setText(QString(u'&').repeated(5000));
    QVERIFY(composer.requestBytes() > 25000);
    composer.setText(QString(u'&').repeated(6000));
    QCOMPARE(composer.status(), MessageComposer::Status::TooLarge);
    composer.setText(u"🎉"_s.repeated(7200)); // 4 bytes each in UTF-8: 28,800
    QCOMPARE(composer.status(), MessageComposer::Status::TooLarge);
    // The subject counts too.
    composer.setText(u"short"_s);
    composer.setSubject(QString(u's').repeated(30000));
    QCOMPARE(composer.status(), MessageComposer::Status::TooLarge);
    QVERIFY(composer.sizeText().contains(u"of 28 KB"_s));
}

void TestMessageComposer::emptyIsRefused()
{
    MessageComposer composer(u"Only a subject"_s, u"  \n\t\n "_s);
    QCOMPARE(composer.status(), MessageComposer::Status::Empty);
    QVERIFY(!composer.problem().isEmpty());
    composer.setText(u"\u0001"_s); // nothing visible survives
    QCOMPARE(composer.status(), MessageComposer::Status::Empty);
}

void TestMessageComposer::previewShowsImportanceAndSubject()
{
    MessageComposer composer(u"<Subject>"_s, u"Body"_s, ChatMessage::Importance::High);
    const QString preview = composer.previewHtml();
    QVERIFY(preview.contains(u"Important!"_s));
    QVERIFY(preview.contains(u"<h3>&lt;Subject&gt;</h3>"_s));
    QVERIFY(preview.contains(u"<p>Body</p>"_s));
    composer.setImportance(ChatMessage::Importance::Urgent);
    QVERIFY(composer.previewHtml().contains(u"Urgent!"_s));
    composer.setImportance(ChatMessage::Importance::Normal);
    QVERIFY(!composer.previewHtml().contains(u"Important!"_s));
}

void TestMessageComposer::subjectIsOneLineOfPlainText()
{
    MessageComposer composer(u"a\nb\r\nc\u0000d  e"_s, u"x"_s);
    QCOMPARE(composer.postedSubject(), u"a b cd e"_s);
}

void TestMessageComposer::announcementForATimedSession()
{
    Event event;
    event.id = u"e1"_s;
    event.subject = u"Career planning"_s;
    event.start = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
    event.end = QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc());
    event.joinUrl = QUrl(u"https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d"_s);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const SessionAnnouncement a = SessionAnnouncement::fromEvent(event, QTimeZone("Europe/Berlin"), locale);
    QCOMPARE(a.subject, u"Mentoring session: Career planning"_s);
    const QStringList lines = a.text.split(u'\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"**Career planning**"_s);
    QVERIFY2(lines.at(1).startsWith(u"When: "_s) && lines.at(1).contains(u"2 December 2026"_s)
                 && lines.at(1).contains(u"10:00 \u2013 11:00"_s)
                 && lines.at(1).contains(u"(Europe/Berlin, UTC+01:00)"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"In UTC: "_s) && lines.at(2).contains(u"09:00 \u2013 10:00"_s),
             qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3), u"[Join the Teams meeting](" + event.joinUrl.toString(QUrl::FullyEncoded) + u")");
    const QString html = MessageComposer::toHtml(a.text);
    QVERIFY(html.startsWith(u"<p><strong>Career planning</strong><br>When: "_s));
    QVERIFY(html.endsWith(u"<br><a href=\""_s + event.joinUrl.toString(QUrl::FullyEncoded)
                          + u"\">Join the Teams meeting</a></p>"_s));

    // Late at night in Berlin: the range crosses midnight, both dates are named.
    event.start = QDateTime(QDate(2026, 12, 2), QTime(22, 30), QTimeZone::utc());
    event.end = QDateTime(QDate(2026, 12, 2), QTime(23, 30), QTimeZone::utc());
    const QString late = SessionAnnouncement::fromEvent(event, QTimeZone("Europe/Berlin"), locale).text;
    QVERIFY2(late.contains(u"2 December 2026, 23:30 \u2013 Thursday, 3 December 2026, 00:30"_s), qPrintable(late));
    // A reader in UTC: no separate UTC line.
    QCOMPARE(SessionAnnouncement::fromEvent(event, QTimeZone::utc(), locale).text.split(u'\n').size(), 3);
    QCOMPARE(SessionAnnouncement::offsetText(QTimeZone("America/St_Johns"), event.start), u"UTC\u221203:30"_s);
}

void TestMessageComposer::announcementForAnAllDaySession()
{
    Event event;
    event.id = u"e2"_s;
    event.subject = u"Mentoring day"_s;
    event.isAllDay = true;
    event.startDate = QDate(2026, 12, 4);
    event.endDate = QDate(2026, 12, 5);
    event.start = QDateTime(event.startDate, QTime(0, 0), QTimeZone::utc());
    event.end = QDateTime(event.endDate, QTime(0, 0), QTimeZone::utc());
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const SessionAnnouncement a = SessionAnnouncement::fromEvent(event, QTimeZone("Asia/Tokyo"), locale);
    const QStringList lines = a.text.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(u"4 December 2026 (all day)"_s), qPrintable(lines.at(1)));
}

void TestMessageComposer::announcementWithoutJoinLinkAndMarkupInSubject()
{
    Event event;
    event.id = u"e3"_s;
    event.subject = u"C++ *templates* & <generics> [part 1]"_s;
    event.start = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
    event.end = event.start.addSecs(1800);
    const SessionAnnouncement a = SessionAnnouncement::fromEvent(event, QTimeZone::utc(), QLocale::c());
    QCOMPARE(a.subject, u"Mentoring session: C++ *templates* & <generics> [part 1]"_s);
    QVERIFY(!a.text.contains(u"Join"_s));
    // The session's subject shows exactly as written, escaped once, never as formatting.
    QVERIFY(MessageComposer::toHtml(a.text).startsWith(
        u"<p><strong>C++ *templates* &amp; &lt;generics&gt; [part 1]</strong><br>"_s));
}

QTEST_GUILESS_MAIN(TestMessageComposer)
#include "tst_messagecomposer.moc"
