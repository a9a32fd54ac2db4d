#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace MentorDesk {

struct Event;

// Colours for painting events and calendars that read well on the light and the dark palette: a calendar's colour
// (Outlook's pastel presets or the user's hex) becomes a tinted fill with full-strength accents, and text keeps
// the palette's text colour so contrast never depends on the calendar colour.
class EventPalette
{
public:
    struct Colors
    {
        QColor fill;
        QColor accent; // the bar on the left edge, the dot in month cells, the swatch
        QColor text;
        QColor secondaryText;
        QColor border; // selection outline (invalid: none)
        bool hatched = false; // tentative / free: a hatch over the fill
        bool faded = false; // declined or cancelled
    };

    // The colour of a calendar: its display colour ("#rrggbb"), else one of a fixed set picked by its position.
    static QColor calendarColor(const QString &displayColor, int index);
    static Colors forEvent(const Event &event, const QColor &calendarColor, const QPalette &palette, bool selected);
    static bool isDark(const QPalette &palette);
    // a + (b - a) * t, per channel.
    static QColor mix(const QColor &a, const QColor &b, qreal t);
};

} // namespace MentorDesk
