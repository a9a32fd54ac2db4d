#include "ui/common/Icons.h"

#include "ui/common/PaletteIconEngine.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

QString Icons::themeName(Name name)
{
    switch (name) {
    case Name::NewSession:
        return u"appointment-new"_s;
    case Name::Post:
        return u"mail-send"_s;
    case Name::SignIn:
        return u"im-user"_s;
    case Name::Refresh:
        return u"view-refresh"_s;
    }
    return {};
}

QString Icons::resourcePath(Name name)
{
    return u":/icons/actions/%1.svg"_s.arg(themeName(name));
}

QIcon Icons::get(Name name)
{
    // Without a desktop theme (Windows, macOS, a bare Linux session) fromTheme() returns our own drawing.
    return QIcon::fromTheme(themeName(name), QIcon(new PaletteIconEngine(resourcePath(name))));
}

} // namespace MentorDesk
