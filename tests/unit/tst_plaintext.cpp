// PlainText::toolTip(): text from a server shown literally in a tooltip, whatever it contains.
#include "core/common/PlainText.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolTipShowsTheTextLiterally_data();
    void toolTipShowsTheTextLiterally();
    void lineBreaksAreNormalised();
    void emptyStaysEmpty();
};

void TestPlainText::toolTipShowsTheTextLiterally_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("bold") << u"<b>x</b>"_s;
    QTest::newRow("image") << u"<img src=x>"_s;
    QTest::newRow("file image") << u"<img src=file:///etc/passwd>"_s;
    QTest::newRow("link") << u"<a href=\"https://evil.example\">click</a>"_s;
    QTest::newRow("ampersand") << u"a & b"_s;
    QTest::newRow("entity") << u"&lt;"_s;
    QTest::newRow("escaped entity") << u"&amp;lt;b&amp;gt;"_s;
    QTest::newRow("nbsp entity") << u"&nbsp;"_s;
    QTest::newRow("qt tag") << u"<qt>inner</qt>"_s;
    QTest::newRow("comment") << u"<!-- hidden -->"_s;
    QTest::newRow("doctype") << u"<!DOCTYPE html><p>x</p>"_s;
    QTest::newRow("quotes") << u"\"double\" and 'single'"_s;
    QTest::newRow("multi-line") << u"Mentoring <i>kick-off</i>\n10:00–11:00\nRoom <3>"_s;
    QTest::newRow("empty line") << u"first\n\nthird"_s;
    QTest::newRow("trailing break") << u"ends with a break\n"_s;
    QTest::newRow("spaces") << u"  two  spaces, leading and trailing  "_s;
    QTest::newRow("unicode") << u"Zoë · 会议 · 🎓 <u>x</u>"_s;
    QTest::newRow("plain") << u"Mentoring with Ana"_s;
    QTest::newRow("single char") << u"<"_s;
}

void TestPlainText::toolTipShowsTheTextLiterally()
{
    QFETCH(QString, input);
    const QString tip = PlainText::toolTip(input);
    // Qt renders a tooltip as rich text only when it guesses so: the result must always be guessed rich, or its
    // escapes would be shown as "&lt;".
    QVERIFY2(Qt::mightBeRichText(tip), qPrintable(tip));
    // No markup of the input survives: every '<' of the result belongs to the helper's own <qt>, </qt> and <br>.
    QString inner = tip;
    QVERIFY(inner.startsWith(u"<qt>"_s) && inner.endsWith(u"</qt>"_s));
    inner = inner.mid(4, inner.size() - 9).remove(u"<br>"_s);
    QVERIFY2(!inner.contains(u'<') && !inner.contains(u'>'), qPrintable(tip));
    // Rendered, it is the input, character for character (QTextDocument gives a <br> back as '\n').
    QTextDocument document;
    document.setHtml(tip);
    QCOMPARE(document.toPlainText(), input);
    // Nothing became an image or a link (the document escapes the input's own "<img" and "<a " as text).
    QVERIFY(!document.toHtml().contains(u"<img"_s));
    QVERIFY(!document.toHtml().contains(u"<a "_s));
}

void TestPlainText::lineBreaksAreNormalised()
{
    QTextDocument document;
    document.setHtml(PlainText::toolTip(u"Windows\r\nold Mac\rUnix\n"_s));
    QCOMPARE(document.toPlainText(), u"Windows\nold Mac\nUnix\n"_s);
    document.setHtml(PlainText::toolTip(u"a\tb"_s));
    QCOMPARE(document.toPlainText(), u"a b"_s);
}

void TestPlainText::emptyStaysEmpty()
{
    // A non-empty tooltip would open an empty box.
    QVERIFY(PlainText::toolTip(QString()).isEmpty());
    QVERIFY(PlainText::toolTip(u""_s).isEmpty());
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
