#include "ui/common/Banner.h"

#include "ui/common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace MentorDesk {

Banner::Banner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"banner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text = new QLabel(this);
    m_text->setObjectName(u"bannerText"_s);
    m_text->setTextFormat(Qt::PlainText); // messages quote Graph and sign-in errors; none needs markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_primary = new QPushButton(this);
    m_primary->setObjectName(u"bannerPrimary"_s);
    m_secondary = new QPushButton(this);
    m_secondary->setObjectName(u"bannerSecondary"_s);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"bannerClose"_s);
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_primary, &QPushButton::clicked, this, &Banner::primaryActionTriggered);
    connect(m_secondary, &QPushButton::clicked, this, &Banner::secondaryActionTriggered);
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_primary);
    layout->addWidget(m_secondary);
    layout->addWidget(m_close);
    hide();
}

void Banner::showMessage(Kind kind, const QString &text, const QString &primaryAction, const QString &secondaryAction)
{
    m_text->setText(text);
    m_primary->setText(primaryAction);
    m_primary->setAccessibleName(QString(primaryAction).remove(u'&'));
    m_primary->setVisible(!primaryAction.isEmpty());
    m_secondary->setText(secondaryAction);
    m_secondary->setAccessibleName(QString(secondaryAction).remove(u'&'));
    m_secondary->setVisible(!secondaryAction.isEmpty());
    QPalette p = palette();
    const QColor tone = kind == Kind::Error ? Theme::danger()
        : kind == Kind::Warning             ? Theme::warning()
                                            : Theme::accent();
    QColor background = p.color(QPalette::Base);
    background = QColor::fromRgbF(background.redF() * 0.85 + tone.redF() * 0.15,
                                  background.greenF() * 0.85 + tone.greenF() * 0.15,
                                  background.blueF() * 0.85 + tone.blueF() * 0.15);
    p.setColor(QPalette::Window, background);
    setPalette(p);
    setAccessibleName(text);
    show();
}

QString Banner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace MentorDesk
