#include "ui/common/Theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
Theme::Mode g_mode = Theme::Mode::System;
QString g_systemStyle;
QPalette g_systemPalette;
bool g_systemCaptured = false;
} // namespace

void Theme::apply(Mode mode)
{
    if (!g_systemCaptured) {
        g_systemStyle = QApplication::style()->name();
        g_systemPalette = QApplication::palette();
        g_systemCaptured = true;
    }
    g_mode = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(g_systemPalette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme::Mode Theme::current()
{
    return g_mode;
}

Theme::Mode Theme::fromSettings()
{
    const QString value = QSettings().value(u"ui/theme"_s).toString();
    if (value == "light"_L1)
        return Mode::Light;
    if (value == "dark"_L1)
        return Mode::Dark;
    return Mode::System;
}

void Theme::save(Mode mode)
{
    QSettings().setValue(u"ui/theme"_s,
                         mode == Mode::Light      ? u"light"_s
                             : mode == Mode::Dark ? u"dark"_s
                                                  : u"system"_s);
}

QString Theme::displayName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return tr("System");
    case Mode::Light:
        return tr("Light");
    case Mode::Dark:
        return tr("Dark");
    }
    return {};
}

bool Theme::isDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x22, 0x26);
    const QColor base(0x17, 0x18, 0x1b);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x82, 0x88);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x32, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2c, 0x2e, 0x33));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3c, 0x42));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2c, 0x30));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x15));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x7f, 0x85, 0xf5));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x14));
    p.setColor(QPalette::Link, QColor(0x9c, 0xa3, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor text(0x1f, 0x1f, 0x23);
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf1, 0xf5));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8c, 0x94));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x5b, 0x5f, 0xc7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x3d, 0x3f, 0x9e));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa2, 0xa8));
    return p;
}

QColor Theme::accent()
{
    return isDark() ? QColor(0x9c, 0xa3, 0xff) : QColor(0x5b, 0x5f, 0xc7);
}

QColor Theme::success()
{
    return isDark() ? QColor(0x6c, 0xcb, 0x5f) : QColor(0x10, 0x7c, 0x10);
}

QColor Theme::warning()
{
    return isDark() ? QColor(0xf2, 0xc6, 0x61) : QColor(0x9d, 0x5d, 0x00);
}

QColor Theme::danger()
{
    return isDark() ? QColor(0xff, 0x99, 0xa4) : QColor(0xa4, 0x26, 0x2c);
}

} // namespace MentorDesk
