#include "ui/calendar/EventPalette.h"

#include "core/calendar/EventFormatter.h"
#include "core/model/Event.h"

#include <array>

using namespace Qt::StringLiterals;

namespace MentorDesk {

QColor EventPalette::mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool EventPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor EventPalette::calendarColor(const QString &displayColor, int index)
{
    const QColor color(displayColor);
    if (displayColor.size() == 7 && color.isValid())
        return color;
    // Distinct hues of similar weight for calendars without a colour ("auto").
    static const std::array<QColor, 8> automatic{
        QColor(0x6f, 0x9f, 0xe0), QColor(0xe3, 0x9a, 0x55), QColor(0x5f, 0xb5, 0x8f), QColor(0xb4, 0x84, 0xd6),
        QColor(0xde, 0x76, 0x7c), QColor(0xc9, 0xaa, 0x3f), QColor(0x4f, 0xb3, 0xc1), QColor(0x9a, 0x9c, 0xa8)};
    return automatic.at(size_t(qMax(0, index)) % automatic.size());
}

EventPalette::Colors EventPalette::forEvent(const Event &event, const QColor &calendarColor, const QPalette &palette,
                                            bool selected)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    Colors colors;
    // Pastel presets are too light for an accent on white: darken them there; on dark they glow enough as is.
    colors.accent = dark ? calendarColor : mix(calendarColor, QColor(0x20, 0x24, 0x30), 0.35);
    colors.fill = mix(base, calendarColor, dark ? (selected ? 0.55 : 0.34) : (selected ? 0.62 : 0.38));
    colors.text = palette.color(QPalette::Text);
    colors.secondaryText = mix(colors.text, colors.fill, 0.28);
    colors.hatched = event.showAs == Event::ShowAs::Tentative || event.showAs == Event::ShowAs::Free
        || EventFormatter::isFreeBusyBlock(event) // a colleague's busy block: no event behind it to open
        || event.responseStatus.response == ResponseStatus::Response::TentativelyAccepted;
    colors.faded = event.isCancelled || event.responseStatus.response == ResponseStatus::Response::Declined;
    if (colors.faded) {
        colors.fill = mix(base, colors.fill, 0.45);
        colors.text = mix(colors.text, base, 0.35);
        colors.secondaryText = mix(colors.secondaryText, base, 0.35);
        colors.accent = mix(colors.accent, base, 0.35);
    }
    if (selected)
        colors.border = palette.color(QPalette::Highlight);
    return colors;
}

} // namespace MentorDesk
