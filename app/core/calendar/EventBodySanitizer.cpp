#include "core/calendar/EventBodySanitizer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

// Elements whose content is raw text up to the matching end tag (never parsed as markup).
const QSet<QString> kRawText{u"script"_s, u"style"_s,   u"textarea"_s, u"title"_s,    u"xmp"_s,
                             u"iframe"_s, u"noembed"_s, u"noframes"_s, u"noscript"_s, u"plaintext"_s};
// Elements dropped together with everything inside them.
const QSet<QString> kDropWithContent{u"head"_s,  u"object"_s, u"embed"_s,    u"applet"_s, u"frameset"_s, u"frame"_s,
                                     u"svg"_s,   u"math"_s,   u"template"_s, u"button"_s, u"select"_s,   u"datalist"_s,
                                     u"audio"_s, u"video"_s,  u"canvas"_s,   u"map"_s};
// Elements that never have content (no end tag is expected).
const QSet<QString> kVoid{u"br"_s,    u"hr"_s,    u"img"_s,    u"input"_s,    u"meta"_s,   u"link"_s,
                          u"base"_s,  u"area"_s,  u"col"_s,    u"wbr"_s,      u"source"_s, u"track"_s,
                          u"param"_s, u"embed"_s, u"keygen"_s, u"basefont"_s, u"isindex"_s};
// What survives, without attributes unless listed below.
const QSet<QString> kAllowed{u"p"_s,    u"br"_s,         u"div"_s,     u"span"_s,   u"b"_s,     u"strong"_s, u"i"_s,
                             u"em"_s,   u"u"_s,          u"s"_s,       u"strike"_s, u"del"_s,   u"ins"_s,    u"sub"_s,
                             u"sup"_s,  u"small"_s,      u"big"_s,     u"code"_s,   u"pre"_s,   u"tt"_s,     u"kbd"_s,
                             u"samp"_s, u"blockquote"_s, u"q"_s,       u"cite"_s,   u"h1"_s,    u"h2"_s,     u"h3"_s,
                             u"h4"_s,   u"h5"_s,         u"h6"_s,      u"ul"_s,     u"ol"_s,    u"li"_s,     u"dl"_s,
                             u"dt"_s,   u"dd"_s,         u"table"_s,   u"thead"_s,  u"tbody"_s, u"tfoot"_s,  u"tr"_s,
                             u"td"_s,   u"th"_s,         u"caption"_s, u"hr"_s,     u"a"_s,     u"address"_s};
const QSet<QString> kCountedAsRemoved{
    u"script"_s, u"style"_s, u"iframe"_s, u"frame"_s,  u"frameset"_s, u"object"_s,   u"embed"_s,   u"applet"_s,
    u"form"_s,   u"input"_s, u"button"_s, u"select"_s, u"textarea"_s, u"svg"_s,      u"math"_s,    u"base"_s,
    u"link"_s,   u"meta"_s,  u"audio"_s,  u"video"_s,  u"canvas"_s,   u"noscript"_s, u"template"_s};
// A table's own tags; inside a table flattened for depth they all go.
const QSet<QString> kTableParts{u"table"_s, u"caption"_s, u"thead"_s, u"tbody"_s,
                                u"tfoot"_s, u"tr"_s,      u"td"_s,    u"th"_s};
// Elements that start a new line.
const QSet<QString> kBlock{u"p"_s,  u"div"_s, u"pre"_s, u"blockquote"_s, u"h1"_s,      u"h2"_s,     u"h3"_s,
                           u"h4"_s, u"h5"_s,  u"h6"_s,  u"ul"_s,         u"ol"_s,      u"li"_s,     u"dl"_s,
                           u"dt"_s, u"dd"_s,  u"tr"_s,  u"table"_s,      u"caption"_s, u"address"_s};

// QTextDocument's HTML parser takes time proportional to the nesting depth for every element, and its table layout
// doubles with every table nested in a cell (20 levels take 20 s); real invitations stay far below both.
constexpr qsizetype kMaxDepth = 100;
constexpr int kMaxTableDepth = 6;
// QUrl's IDNA processing of a host is quadratic in some inputs (long runs of combining marks, which canonical
// reordering sorts one swap at a time). DNS names have at most 253 characters; Unicode's stream-safe text format
// allows at most 30 combining marks in a row.
constexpr qsizetype kMaxAuthorityLength = 1024;
constexpr int kMaxCombiningRun = 30;

// The first maxBodyLength code units of text, not ending in the first half of a surrogate pair.
QString cut(const QString &text, bool *truncated)
{
    *truncated = text.size() > EventBodySanitizer::maxBodyLength;
    if (!*truncated)
        return text;
    qsizetype length = EventBodySanitizer::maxBodyLength;
    if (text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

// Whether QUrl may parse this address in time linear in its length (see kMaxAuthorityLength). Errs on the side of
// "no": an address refused here is treated like a javascript: link.
bool isCheapToParse(QStringView href)
{
    // An authority starts at the first "//" (scheme names have no '/') and ends at the path, query or fragment.
    if (const qsizetype slashes = href.indexOf(u"//"); slashes >= 0) {
        qsizetype end = slashes + 2;
        while (end < href.size() && href.at(end) != u'/' && href.at(end) != u'?' && href.at(end) != u'#')
            ++end;
        if (end - slashes - 2 > kMaxAuthorityLength)
            return false;
    }
    int run = 0;
    for (qsizetype i = 0; i < href.size(); ++i) {
        char32_t c = href.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < href.size() && href.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(href.at(i), href.at(i + 1));
            ++i;
        }
        run = QChar::combiningClass(c) != 0 ? run + 1 : 0;
        if (run > kMaxCombiningRun)
            return false;
    }
    return true;
}

// What stands in for the start tag of an element that goes for depth, so that its text stays apart from the text
// before it.
QLatin1StringView separatorFor(const QString &name)
{
    if (name == "td"_L1 || name == "th"_L1)
        return " "_L1;
    return kBlock.contains(name) ? "<br>"_L1 : QLatin1StringView();
}

// A stack of element names that also counts them by name, so that an end tag with no open element of its name
// costs O(1) instead of a search of the whole stack; a search happens only when it will find a match, and is paid
// for by the elements it then pops.
class ElementStack
{
public:
    qsizetype size() const { return m_names.size(); }
    int count(const QString &name) const { return m_counts.value(name); }
    void push(const QString &name)
    {
        m_names.append(name);
        ++m_counts[name];
    }
    QString pop()
    {
        QString name = m_names.takeLast();
        if (const auto it = m_counts.find(name); --*it == 0)
            m_counts.erase(it);
        return name;
    }
    // The position of the innermost element called name, or -1.
    qsizetype lastIndexOf(const QString &name) const { return count(name) > 0 ? m_names.lastIndexOf(name) : -1; }
    void clear()
    {
        m_names.clear();
        m_counts.clear();
    }

private:
    QList<QString> m_names;
    QHash<QString, int> m_counts;
};

struct Tag
{
    QString name; // lower case
    bool end = false;
    bool selfClosing = false;
    QList<std::pair<QString, QString>> attributes; // lower-case names, values with entities decoded
};

QString decodeEntities(QStringView text)
{
    static const QHash<QString, QChar> named{{u"amp"_s, u'&'},  {u"lt"_s, u'<'},       {u"gt"_s, u'>'},
                                             {u"quot"_s, u'"'}, {u"apos"_s, u'\''},    {u"nbsp"_s, QChar(0xa0)},
                                             {u"tab"_s, u'\t'}, {u"newline"_s, u'\n'}, {u"colon"_s, u':'}};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&') {
            out.append(text.at(i));
            continue;
        }
        qsizetype j = i + 1;
        while (j < text.size() && j - i < 12 && (text.at(j).isLetterOrNumber() || text.at(j) == u'#'))
            ++j;
        const QStringView entity = text.mid(i + 1, j - i - 1);
        const bool terminated = j < text.size() && text.at(j) == u';';
        if (entity.startsWith(u'#') && entity.size() > 1) {
            bool ok = false;
            const uint code = (entity.at(1) == u'x' || entity.at(1) == u'X') ? entity.mid(2).toUInt(&ok, 16)
                                                                             : entity.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10ffff) {
                const char32_t c = code;
                out.append(QString::fromUcs4(&c, 1));
                i = terminated ? j : j - 1;
                continue;
            }
        } else if (const auto it = named.constFind(entity.toString().toLower()); it != named.constEnd()) {
            out.append(*it);
            i = terminated ? j : j - 1;
            continue;
        }
        out.append(u'&');
    }
    return out;
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':' || c == u'_' || c == u'.';
}

// Reads a tag starting at html[pos] == '<'. Returns the position after it, or -1 when this '<' does not start a
// tag (it is then text).
qsizetype readTag(const QString &html, qsizetype pos, Tag *tag)
{
    qsizetype i = pos + 1;
    const qsizetype n = html.size();
    if (i < n && html.at(i) == u'/') {
        tag->end = true;
        ++i;
    }
    if (i >= n || !isNameStart(html.at(i)))
        return -1;
    const qsizetype nameStart = i;
    while (i < n && isNameChar(html.at(i)))
        ++i;
    tag->name = html.mid(nameStart, i - nameStart).toLower();
    while (i < n) {
        while (i < n && (html.at(i).isSpace() || html.at(i) == u'/')) {
            if (html.at(i) == u'/' && i + 1 < n && html.at(i + 1) == u'>')
                tag->selfClosing = true;
            ++i;
        }
        if (i >= n)
            break;
        if (html.at(i) == u'>')
            return i + 1;
        const qsizetype attrStart = i;
        while (i < n && !html.at(i).isSpace() && html.at(i) != u'>' && html.at(i) != u'=' && html.at(i) != u'/')
            ++i;
        QString name = html.mid(attrStart, i - attrStart).toLower();
        if (name.isEmpty()) {
            ++i; // a stray character: skip it
            continue;
        }
        while (i < n && html.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && html.at(i) == u'=') {
            ++i;
            while (i < n && html.at(i).isSpace())
                ++i;
            if (i < n && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                const QChar quote = html.at(i);
                const qsizetype close = html.indexOf(quote, i + 1);
                const qsizetype end = close < 0 ? n : close;
                value = html.mid(i + 1, end - i - 1);
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !html.at(i).isSpace() && html.at(i) != u'>')
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        tag->attributes.append({name, decodeEntities(value)});
    }
    return n; // unterminated tag at the end: swallow it
}

QString attribute(const Tag &tag, const QString &name)
{
    for (const auto &[key, value] : tag.attributes) {
        if (key == name)
            return value;
    }
    return {};
}

QString escapeText(QStringView text)
{
    // Text between tags keeps its entities (they are already HTML); only bare '<' and '>' are made explicit.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'<')
            out.append("&lt;"_L1);
        else if (c == u'>')
            out.append("&gt;"_L1);
        else
            out.append(c);
    }
    return out;
}

QString digitsOnly(const QString &value, int max)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    return ok && number > 0 && number <= max ? QString::number(number) : QString();
}

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r';
}

// The position after the first end tag of the raw-text element name ("</name>", any case, spaces allowed before
// and after the name) at or after from, or -1. One pass: every '<' is looked at once, every character at most twice.
qsizetype findRawTextEnd(QStringView html, qsizetype from, QStringView name)
{
    const qsizetype n = html.size();
    for (qsizetype lt = html.indexOf(u'<', from); lt >= 0; lt = html.indexOf(u'<', lt + 1)) {
        qsizetype i = lt + 1;
        if (i >= n || html.at(i) != u'/')
            continue;
        ++i;
        while (i < n && isAsciiSpace(html.at(i)))
            ++i;
        if (i >= n || !isNameStart(html.at(i)))
            continue;
        const qsizetype nameStart = i;
        while (i < n && (isNameStart(html.at(i)) || (html.at(i) >= u'0' && html.at(i) <= u'9')))
            ++i;
        const QStringView found = html.mid(nameStart, i - nameStart);
        while (i < n && isAsciiSpace(html.at(i)))
            ++i;
        if (i < n && html.at(i) == u'>' && found.compare(name, Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return -1;
}

// HTML-escaped plain text with line breaks (CRLF or LF) as <br>, in one pass (QString::replace with a longer
// replacement is quadratic in Qt 6.4).
void appendPlainText(QString &out, QStringView text)
{
    const QString escaped = text.toString().toHtmlEscaped();
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c == u'\r' && i + 1 < escaped.size() && escaped.at(i + 1) == u'\n')
            continue; // the LF that follows becomes the line break
        if (c == u'\n')
            out.append("<br>"_L1);
        else
            out.append(c);
    }
}

} // namespace

bool EventBodySanitizer::isAllowedLink(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == "mailto"_L1)
        return !url.path().isEmpty();
    return (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

EventBodySanitizer::Result EventBodySanitizer::sanitize(const QString &body)
{
    Result result;
    const QString html = cut(body, &result.truncated);
    QString &out = result.html;
    out.reserve(html.size());
    ElementStack open; // allowed elements written and not yet closed
    int dropDepth = 0; // > 0 while inside an element dropped with its content
    ElementStack dropStack;
    int flattenedTables = 0; // > 0 while inside a table nested too deep, whose table tags all go
    const auto closeInnermost = [&](qsizetype at) {
        while (open.size() > at)
            out.append(u"</"_s + open.pop() + u'>');
        if (open.count(u"table"_s) < kMaxTableDepth)
            flattenedTables = 0; // the tables around the flattened ones are closed
    };
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? n : lt;
        if (textEnd > i && dropDepth == 0)
            out.append(escapeText(QStringView(html).mid(i, textEnd - i)));
        if (lt < 0)
            break;
        i = lt;
        // Comments, doctypes, CDATA and processing instructions.
        if (QStringView(html).mid(i, 4) == "<!--"_L1) {
            const qsizetype close = html.indexOf("-->"_L1, i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
            const qsizetype close = html.indexOf(u'>', i + 2);
            i = close < 0 ? n : close + 1;
            continue;
        }
        Tag tag;
        const qsizetype after = readTag(html, i, &tag);
        if (after < 0) {
            if (dropDepth == 0)
                out.append("&lt;"_L1);
            ++i;
            continue;
        }
        i = after;
        const QString &name = tag.name;

        if (!tag.end && kRawText.contains(name)) {
            // Skip everything up to the matching end tag, unparsed.
            if (kCountedAsRemoved.contains(name))
                ++result.elementsRemoved; // also inside a dropped <head>: a script is worth mentioning anywhere
            const qsizetype end = findRawTextEnd(html, i, name);
            i = end < 0 ? n : end;
            continue;
        }
        if (kDropWithContent.contains(name)) {
            if (tag.end) {
                if (const qsizetype at = dropStack.lastIndexOf(name); at >= 0) {
                    while (dropStack.size() > at)
                        dropStack.pop();
                    dropDepth = int(dropStack.size());
                }
            } else if (!tag.selfClosing && !kVoid.contains(name)) {
                if (dropDepth == 0 && kCountedAsRemoved.contains(name))
                    ++result.elementsRemoved;
                dropStack.push(name);
                dropDepth = int(dropStack.size());
            } else if (dropDepth == 0 && kCountedAsRemoved.contains(name)) {
                ++result.elementsRemoved;
            }
            continue;
        }
        if (name == "body"_L1 && !tag.end && dropStack.count(u"head"_s) > 0) {
            // An unclosed <head>: the body starts here all the same.
            dropStack.clear();
            dropDepth = 0;
        }
        if (dropDepth > 0)
            continue;

        if (name == "img"_L1) {
            if (!tag.end) {
                ++result.imagesRemoved;
                const QString alt = attribute(tag, u"alt"_s).simplified();
                if (!alt.isEmpty())
                    out.append(u'[' + alt.toHtmlEscaped() + u']');
            }
            continue;
        }
        if (!kAllowed.contains(name)) {
            if (!tag.end && kCountedAsRemoved.contains(name))
                ++result.elementsRemoved;
            continue; // the tag goes, its content stays
        }
        if (flattenedTables > 0 && kTableParts.contains(name)) {
            if (name == "table"_L1)
                flattenedTables += tag.end ? -1 : 1;
            if (!tag.end)
                out.append(separatorFor(name));
            continue;
        }
        if (tag.end) {
            if (const qsizetype at = open.lastIndexOf(name); at >= 0)
                closeInnermost(at);
            continue;
        }
        if (name == "table"_L1 && open.count(name) >= kMaxTableDepth) {
            ++flattenedTables;
            out.append(separatorFor(name));
            continue;
        }
        QString attributes;
        if (name == "a"_L1) {
            const QString href = attribute(tag, u"href"_s).trimmed();
            if (!href.isEmpty()) {
                const QUrl url = isCheapToParse(href) ? QUrl(href, QUrl::StrictMode) : QUrl();
                if (isAllowedLink(url)) {
                    attributes += u" href=\""_s + url.toString(QUrl::FullyEncoded).toHtmlEscaped() + u'"';
                } else {
                    ++result.linksRemoved;
                    continue; // the link text stays as text
                }
            }
        }
        const bool hasContent = !kVoid.contains(name) && !tag.selfClosing;
        if (hasContent && open.size() >= kMaxDepth) {
            out.append(separatorFor(name));
            continue; // too deep: the tag goes, its content stays
        }
        const QString title = attribute(tag, u"title"_s).simplified();
        if (!title.isEmpty() && (name == "a"_L1 || name == "abbr"_L1))
            attributes += u" title=\""_s + title.toHtmlEscaped() + u'"';
        if (name == "td"_L1 || name == "th"_L1) {
            for (const QString &span : {u"colspan"_s, u"rowspan"_s}) {
                const QString value = digitsOnly(attribute(tag, span), 100);
                if (!value.isEmpty())
                    attributes += u' ' + span + u"=\""_s + value + u'"';
            }
        }
        if (name == "ol"_L1) {
            const QString start = digitsOnly(attribute(tag, u"start"_s), 100000);
            if (!start.isEmpty())
                attributes += u" start=\""_s + start + u'"';
        }
        out.append(u'<' + name + attributes + u'>');
        if (hasContent)
            open.push(name);
    }
    closeInnermost(0);
    return result;
}

QString EventBodySanitizer::fromPlainText(const QString &body, bool *truncated)
{
    static const QRegularExpression link(uR"((https?://[^\s<>"']+[^\s<>"'.,;:!?)\]]))"_s);
    bool wasCut = false;
    const QString text = cut(body, &wasCut);
    if (truncated)
        *truncated = wasCut;
    QString out = u"<p>"_s;
    qsizetype last = 0;
    auto matches = link.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        appendPlainText(out, QStringView(text).mid(last, match.capturedStart() - last));
        const QString address = match.captured(1);
        const QUrl url = isCheapToParse(address) ? QUrl(address, QUrl::StrictMode) : QUrl();
        if (isAllowedLink(url)) {
            out += u"<a href=\""_s + url.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"_s
                + address.toHtmlEscaped() + u"</a>"_s;
        } else {
            out += address.toHtmlEscaped();
        }
        last = match.capturedEnd();
    }
    appendPlainText(out, QStringView(text).mid(last));
    out += u"</p>"_s;
    return out;
}

EventBodySanitizer::Result EventBodySanitizer::sanitizeBody(const Event::Body &body)
{
    if (body.contentType == Event::Body::ContentType::Text) {
        Result result;
        result.html = fromPlainText(body.content, &result.truncated);
        return result;
    }
    return sanitize(body.content);
}

} // namespace MentorDesk
