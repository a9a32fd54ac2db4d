#include "support/widgets/ScreenCheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

QString screenshotDirectory()
{
    const QString dir = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(u"screenshots"_s);
    QDir().mkpath(dir);
    return dir;
}

namespace {
bool isInteractive(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
        || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSlider *>(widget)
        || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
        || qobject_cast<QTabBar *>(widget);
}

QString describe(QWidget *widget)
{
    return u"%1 \"%2\" (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                   widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
}
} // namespace

void checkScreen(QWidget *screen, const QString &name)
{
    QTest::qWait(50); // let layouts settle
    const QList<QWidget *> widgets = screen->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(screen) || !isInteractive(widget))
            continue;
        // Scroll bars belong to their scroll area and are named by Qt itself.
        if (qobject_cast<QAbstractSlider *>(widget) && widget->parentWidget()
            && widget->parentWidget()->objectName() == "qt_scrollarea_vcontainer"_L1)
            continue;
        if (widget->objectName().startsWith("qt_"_L1))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString accessibleName = accessible ? accessible->text(QAccessible::Name) : QString();
        QVERIFY2(!accessibleName.trimmed().isEmpty(), qPrintable(u"no accessible name: "_s + describe(widget)));
    }
    const QImage image = screen->grab().toImage();
    QVERIFY2(!image.isNull() && image.width() > 50 && image.height() > 50, qPrintable(name));
    // Not blank: more than a handful of distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 50; y += 7)
        for (int x = 0; x < image.width() && colours.size() < 50; x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() >= 10, qPrintable(name + u" looks blank"_s));
    QVERIFY(image.save(QDir(screenshotDirectory()).filePath(name + u".png"_s)));
}

QStringList tabThrough(QWidget *window, int limit)
{
    QStringList visited;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return visited; // the callers' checks of what was visited then fail
    QWidget *first = nullptr;
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        if (focused == first)
            break;
        if (!first)
            first = focused;
        visited << focused->objectName();
    }
    return visited;
}

} // namespace MentorDesk::Test
