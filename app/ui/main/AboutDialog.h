#pragma once

#include <QDialog>

class QLabel;

namespace MentorDesk {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString versionText() const;

private:
    QLabel *m_version = nullptr;
};

} // namespace MentorDesk
