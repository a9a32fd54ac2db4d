#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace MentorDesk {

// Why a Teams feature is off (FeatureGate's message: not consented, declined, admin approval pending, personal
// account) and the way to the Permissions page. Never an unexplained grey button.
class PermissionNotice : public QFrame
{
    Q_OBJECT

public:
    explicit PermissionNotice(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const;
    // Personal accounts cannot get the Teams permissions at all: then there is nothing to open.
    void setPermissionsButtonVisible(bool visible);
    // An administrator must approve first: offer the IT request packet beside the Permissions page.
    void setAdminRequestVisible(bool visible);

Q_SIGNALS:
    void permissionsRequested();
    void adminRequestRequested();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_text;
    QPushButton *m_button;
    QPushButton *m_adminRequest;
};

} // namespace MentorDesk
