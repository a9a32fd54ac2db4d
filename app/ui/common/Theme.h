#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace MentorDesk {

// Light or dark look. "System" keeps the platform's style and palette; Light and Dark use Fusion with a palette
// of their own, so the app looks right in either even where Qt 6.4 cannot follow the desktop's dark mode.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::Theme)

public:
    enum class Mode {
        System,
        Light,
        Dark,
    };

    static void apply(Mode mode);
    static Mode current();
    static Mode fromSettings();
    static void save(Mode mode);
    static QString displayName(Mode mode);
    static bool isDark(); // by the palette actually in use
    static QPalette darkPalette();
    static QPalette lightPalette();

    // Accent colours that read well on both palettes.
    static QColor accent();
    static QColor success();
    static QColor warning();
    static QColor danger();
};

} // namespace MentorDesk
