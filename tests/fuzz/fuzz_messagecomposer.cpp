// MessageComposer::toHtml: the mentor's own text, turned into the HTML Teams gets. Whatever is typed, the output
// holds only the tags the converter writes, and links only with the schemes it allows.
#include "FuzzInput.h"
#include "core/teams/MessageComposer.h"

#include <QRegularExpression>
#include <QUrl>

using namespace MentorDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString html = MessageComposer::toHtml(input);

    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9]+)([^>]*)>"));
    static const QStringList allowed{QStringLiteral("p"),  QStringLiteral("br"), QStringLiteral("strong"),
                                     QStringLiteral("em"), QStringLiteral("ul"), QStringLiteral("li"),
                                     QStringLiteral("a")};
    static const QRegularExpression href(QStringLiteral("^\\s+href=\"([^\"]*)\"$"));
    for (auto tags = tag.globalMatch(html); tags.hasNext();) {
        const QRegularExpressionMatch match = tags.next();
        const QString name = match.captured(2).toLower();
        if (!allowed.contains(name)) {
            std::fprintf(stderr, "unexpected tag <%s> in %s\n", qPrintable(name), qPrintable(html.left(2000)));
            MD_FUZZ_CHECK(false);
        }
        const QString attributes = match.captured(3);
        if (name == QLatin1String("a") && match.captured(1).isEmpty()) {
            const QRegularExpressionMatch link = href.match(attributes);
            MD_FUZZ_CHECK(link.hasMatch());
            // The attribute as a browser reads it: escapeHtml's five entities undone.
            QString address = link.captured(1);
            address.replace(QLatin1String("&lt;"), QLatin1String("<"))
                .replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&quot;"), QLatin1String("\""))
                .replace(QLatin1String("&#39;"), QLatin1String("'"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
            MD_FUZZ_CHECK(MessageComposer::isAllowedLink(QUrl(address)));
        } else {
            MD_FUZZ_CHECK(attributes.trimmed().isEmpty());
        }
    }
    // Text the user typed stays text: a literal '<' never survives unescaped outside a tag the converter wrote.
    QString outsideTags = html;
    outsideTags.remove(tag);
    MD_FUZZ_CHECK(!outsideTags.contains(QLatin1Char('<')) && !outsideTags.contains(QLatin1Char('>')));
    MD_FUZZ_CHECK(!MessageComposer::escapeHtml(input).contains(QLatin1Char('<')));
    // escapeMarkup makes any text literal: converted, no emphasis is applied (bare addresses may still link).
    const QString literal = MessageComposer::toHtml(MessageComposer::escapeMarkup(input));
    MD_FUZZ_CHECK(!literal.contains(QLatin1String("<strong>")) && !literal.contains(QLatin1String("<em>")));
    return 0;
}
