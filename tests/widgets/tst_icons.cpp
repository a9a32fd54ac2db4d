// The app's own icon set: every icon is in the resources, renders, takes the palette's colour (light, dark,
// disabled), and shows where no desktop icon theme exists (Windows, macOS, a bare Linux session).
#include "support/widgets/SandboxAppWindow.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/common/Icons.h"
#include "ui/common/Theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyIconRendersInThePaletteColour_data();
    void everyIconRendersInThePaletteColour();
    void resourcesHoldExactlyTheIconSet();
    void toolbarShowsIconsWithoutADesktopTheme();
};

namespace {

const QList<Icons::Name> kAll{Icons::Name::NewSession, Icons::Name::Post, Icons::Name::SignIn, Icons::Name::Refresh};

// The colour of the drawn pixels (all of them must share it), or invalid when nothing is drawn.
QColor drawnColour(const QImage &image, int *drawn)
{
    QColor colour;
    *drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 255)
                continue; // antialiased edges blend with transparency
            ++*drawn;
            if (!colour.isValid())
                colour = pixel;
            else if (pixel.rgb() != colour.rgb())
                return {};
        }
    }
    return colour;
}

} // namespace

void TestIcons::initTestCase()
{
    // As on Windows and macOS: no freedesktop icon theme to take icons from.
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(QString());
}

void TestIcons::cleanup()
{
    Theme::apply(Theme::Mode::Light);
}

void TestIcons::everyIconRendersInThePaletteColour_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::addColumn<QIcon::Mode>("iconMode");
    QTest::addColumn<QPalette::ColorGroup>("group");
    QTest::newRow("light") << Theme::Mode::Light << QIcon::Normal << QPalette::Active;
    QTest::newRow("dark") << Theme::Mode::Dark << QIcon::Normal << QPalette::Active;
    QTest::newRow("light disabled") << Theme::Mode::Light << QIcon::Disabled << QPalette::Disabled;
    QTest::newRow("dark disabled") << Theme::Mode::Dark << QIcon::Disabled << QPalette::Disabled;
}

void TestIcons::everyIconRendersInThePaletteColour()
{
    QFETCH(Theme::Mode, mode);
    QFETCH(QIcon::Mode, iconMode);
    QFETCH(QPalette::ColorGroup, group);
    Theme::apply(mode);
    const QColor expected = QGuiApplication::palette().color(group, QPalette::WindowText);
    for (const Icons::Name name : kAll) {
        const QIcon icon = Icons::get(name);
        QVERIFY2(!icon.isNull(), qPrintable(Icons::themeName(name)));
        for (const int size : {16, 24, 48}) {
            const QImage image = icon.pixmap(QSize(size, size), 2.0, iconMode).toImage();
            QCOMPARE(image.size(), QSize(2 * size, 2 * size)); // sharp on a 2x screen
            int drawn = 0;
            const QColor colour = drawnColour(image, &drawn);
            QVERIFY2(drawn > size / 2, qPrintable(Icons::themeName(name)));
            QVERIFY2(colour.isValid(), qPrintable(Icons::themeName(name) + u": more than one colour"_s));
            QCOMPARE(colour.rgb(), expected.rgb());
        }
    }
}

void TestIcons::resourcesHoldExactlyTheIconSet()
{
    QStringList expected;
    for (const Icons::Name name : kAll)
        expected << Icons::themeName(name) + u".svg"_s;
    expected.sort();
    QCOMPARE(QDir(u":/icons/actions"_s).entryList(QDir::Files, QDir::Name), expected);
    QCOMPARE(QDir(QStringLiteral(MENTORDESK_SOURCE_DIR "/resources/icons/actions")).entryList(QDir::Files, QDir::Name),
             expected);
}

void TestIcons::toolbarShowsIconsWithoutADesktopTheme()
{
    Test::SandboxAppWindow app;
    QVERIFY(app.signIn());
    auto *toolBar = app.find<QToolBar>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    for (const QString &action : {u"actionNewSession"_s, u"actionPostToChannel"_s}) {
        auto *found = app.window->findChild<QAction *>(action);
        QVERIFY2(found, qPrintable(action));
        QVERIFY2(!found->icon().isNull(), qPrintable(action));
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(found));
        QVERIFY2(button, qPrintable(action));
        int drawn = 0;
        drawnColour(found->icon().pixmap(button->iconSize()).toImage(), &drawn);
        QVERIFY2(drawn > 0, qPrintable(action));
    }
    Test::checkScreen(app.window.get(), u"toolbar-icons-light"_s);
    Theme::apply(Theme::Mode::Dark);
    Test::checkScreen(app.window.get(), u"toolbar-icons-dark"_s);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
