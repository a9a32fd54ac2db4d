#pragma once

#include "config/AppConfig.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace MentorDesk {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppConfig &config, QWidget *parent = nullptr);

public Q_SLOTS:
    void showAbout();

private:
    void createMenus();

    AppConfig m_config;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace MentorDesk
