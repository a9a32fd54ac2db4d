#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace MentorDesk::Test {

// Checks a visible screen as a user with a screen reader or a keyboard would meet it, and saves a picture:
// - every visible interactive widget (buttons, inputs, lists, tabs, ...) has an accessible name that is not empty;
// - the rendered picture is not blank;
// - the picture goes to <build>/screenshots/<name>.png for people to look at.
// Failures are reported through QTest (QVERIFY2 inside), so call it directly from a test function.
void checkScreen(QWidget *screen, const QString &name);

// Presses Tab until focus comes back round (or a limit) and returns the objectName of each widget focused.
QStringList tabThrough(QWidget *window, int limit = 200);

QString screenshotDirectory();

} // namespace MentorDesk::Test
