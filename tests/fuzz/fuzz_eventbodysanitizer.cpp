// EventBodySanitizer: event HTML anyone who can invite the user writes. Beyond not crashing, the output must hold
// what the class promises: nothing that loads, runs or submits, no attribute but the allowed ones.
#include "FuzzInput.h"
#include "core/calendar/EventBodySanitizer.h"

#include <QRegularExpression>

using namespace MentorDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const EventBodySanitizer::Result result = EventBodySanitizer::sanitize(input);
    static const QRegularExpression forbiddenTag(
        QStringLiteral("<\\s*/?\\s*(script|style|iframe|frame|object|embed|applet|svg|math|img|form|input|button|"
                       "textarea|select|meta|link|base)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    MD_FUZZ_CHECK(!forbiddenTag.match(result.html).hasMatch());
    // Inside tags only href (http, https, mailto), title, colspan and rowspan survive, each value quoted.
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z][^>]*>"));
    static const QRegularExpression attribute(QStringLiteral("\\s([^\\s=/>]+)\\s*=\\s*\"([^\"]*)\""));
    for (auto tags = tag.globalMatch(result.html); tags.hasNext();) {
        const QString text = tags.next().captured();
        for (auto attributes = attribute.globalMatch(text); attributes.hasNext();) {
            const QRegularExpressionMatch match = attributes.next();
            const QString name = match.captured(1).toLower();
            const QString value = match.captured(2).toLower();
            const bool allowed = name == QLatin1String("title") || name == QLatin1String("colspan")
                || name == QLatin1String("rowspan")
                || (name == QLatin1String("href")
                    && (value.startsWith(QLatin1String("http:")) || value.startsWith(QLatin1String("https:"))
                        || value.startsWith(QLatin1String("mailto:"))));
            if (!allowed) {
                std::fprintf(stderr, "attribute kept in %s\n", qPrintable(text.left(2000)));
                MD_FUZZ_CHECK(false);
            }
        }
        // Nothing else in a tag: no unquoted or single-quoted attribute slips past the check above.
        static const QRegularExpression bareTag(QStringLiteral("^<[a-zA-Z][a-zA-Z0-9]*\\s*/?>$"));
        QString rest = text;
        rest.remove(attribute);
        if (!bareTag.match(rest).hasMatch()) {
            std::fprintf(stderr, "unexpected tag %s\n", qPrintable(text.left(2000)));
            MD_FUZZ_CHECK(false);
        }
    }
    MD_FUZZ_CHECK(result.truncated == (input.size() > EventBodySanitizer::maxBodyLength));

    bool truncated = false;
    const QString plain = EventBodySanitizer::fromPlainText(input, &truncated);
    MD_FUZZ_CHECK(!forbiddenTag.match(plain).hasMatch());
    MD_FUZZ_CHECK(truncated == (input.size() > EventBodySanitizer::maxBodyLength));
    return 0;
}
