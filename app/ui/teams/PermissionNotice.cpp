#include "ui/teams/PermissionNotice.h"

#include "ui/common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

PermissionNotice::PermissionNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"permissionNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(u"permissionNoticeText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button = new QPushButton(tr("Open &Permissions…"), this);
    m_button->setObjectName(u"openPermissionsButton"_s);
    m_button->setAccessibleName(tr("Open Permissions"));
    connect(m_button, &QPushButton::clicked, this, &PermissionNotice::permissionsRequested);
    m_adminRequest = new QPushButton(tr("Request approval from &IT…"), this);
    m_adminRequest->setObjectName(u"noticeAdminRequestButton"_s);
    m_adminRequest->setAccessibleName(tr("Request approval from IT"));
    m_adminRequest->hide();
    connect(m_adminRequest, &QPushButton::clicked, this, &PermissionNotice::adminRequestRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_button);
    buttons->addWidget(m_adminRequest);
    buttons->addStretch();
    auto *text = new QVBoxLayout;
    text->addWidget(m_text);
    text->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void PermissionNotice::paintEvent(QPaintEvent *event)
{
    // A tint of the accent over the current palette's base, so it follows a theme switch.
    const QColor base = palette().color(QPalette::Base);
    const QColor tone = Theme::accent();
    QPainter painter(this);
    painter.fillRect(rect(),
                     QColor::fromRgbF(base.redF() * 0.88 + tone.redF() * 0.12,
                                      base.greenF() * 0.88 + tone.greenF() * 0.12,
                                      base.blueF() * 0.88 + tone.blueF() * 0.12));
    painter.end();
    QFrame::paintEvent(event);
}

void PermissionNotice::setMessage(const QString &message)
{
    m_text->setText(message);
    setAccessibleName(message);
}

QString PermissionNotice::message() const
{
    return m_text->text();
}

void PermissionNotice::setPermissionsButtonVisible(bool visible)
{
    m_button->setVisible(visible);
}

void PermissionNotice::setAdminRequestVisible(bool visible)
{
    m_adminRequest->setVisible(visible);
}

} // namespace MentorDesk
