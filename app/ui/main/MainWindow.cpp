#include "main/MainWindow.h"

#include "main/AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace MentorDesk {

MainWindow::MainWindow(const AppConfig &config, QWidget *parent)
    : QMainWindow(parent)
    , m_config(config)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(config.sandbox ? tr("MentorDesk (demo tenant)") : tr("MentorDesk"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    auto *calendarArea = new QLabel(tr("Your calendar will appear here."), m_pages);
    calendarArea->setObjectName(u"calendarArea"_s);
    calendarArea->setAlignment(Qt::AlignCenter);
    calendarArea->setAccessibleName(tr("Calendar"));
    m_pages->addWidget(calendarArea);
    setCentralWidget(m_pages);

    m_statusLabel = new QLabel(tr("Not signed in"), this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);

    createMenus();
    resize(1100, 720);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About MentorDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace MentorDesk
