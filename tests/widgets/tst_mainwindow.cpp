#include "common/Version.h"
#include "main/AboutDialog.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithCalendarAreaAndStatusBar();
    void aboutShowsVersion();
    void menusHaveQuitAndAbout();
};

void TestMainWindow::opensWithCalendarAreaAndStatusBar()
{
    MainWindow window(AppConfig{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget *>(u"calendarArea"_s));
    QVERIFY(window.statusBar()->isVisible());
    QCOMPARE(window.windowTitle(), u"MentorDesk"_s);

    AppConfig demo;
    demo.sandbox = true;
    MainWindow demoWindow(demo);
    QVERIFY(demoWindow.windowTitle().contains(u"demo"_s));
}

void TestMainWindow::aboutShowsVersion()
{
    MainWindow window(AppConfig{});
    window.show();
    auto *about = window.findChild<QAction *>(u"actionAbout"_s);
    QVERIFY(about);
    about->trigger();
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
    QVERIFY2(dialog->versionText().contains(QLatin1StringView(kVersion)), qPrintable(dialog->versionText()));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<AboutDialog *>());
}

void TestMainWindow::menusHaveQuitAndAbout()
{
    MainWindow window(AppConfig{});
    QStringList actions;
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            actions << action->objectName();
    QVERIFY(actions.contains(u"actionQuit"_s));
    QVERIFY(actions.contains(u"actionAbout"_s));
    QCOMPARE(window.findChild<QAction *>(u"actionQuit"_s)->shortcut(), QKeySequence(QKeySequence::Quit));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
