#pragma once

#include <QIcon>
#include <QString>

namespace MentorDesk {

// The app's own icon set (resources/icons/actions, SVG), so toolbars and buttons look the same on Windows, macOS
// and Linux. Each icon is drawn in the palette's text colour at paint time (light, dark and disabled follow the
// theme). On Linux a desktop icon theme that has the freedesktop name wins, as users of that desktop expect.
class Icons
{
public:
    enum class Name {
        NewSession, // appointment-new
        Post, // mail-send
        SignIn, // im-user
        Refresh, // view-refresh
    };

    static QIcon get(Name name);
    static QString themeName(Name name); // the freedesktop icon name, also the file name in the resources
    static QString resourcePath(Name name); // ":/icons/actions/<themeName>.svg"
};

} // namespace MentorDesk
