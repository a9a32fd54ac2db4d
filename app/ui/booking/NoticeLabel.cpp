#include "ui/booking/NoticeLabel.h"

#include "ui/common/Theme.h"

#include <QEvent>
#include <QPainter>

namespace MentorDesk {

namespace {
QColor toneOf(NoticeLabel::Kind kind)
{
    switch (kind) {
    case NoticeLabel::Kind::Success:
        return Theme::success();
    case NoticeLabel::Kind::Warning:
        return Theme::warning();
    case NoticeLabel::Kind::Error:
        return Theme::danger();
    case NoticeLabel::Kind::Info:
        break;
    }
    return Theme::accent();
}
} // namespace

NoticeLabel::NoticeLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(8);
    setIndent(6);
    setAutoFillBackground(true);
    hide();
}

void NoticeLabel::showNotice(Kind kind, const QString &text)
{
    m_kind = kind;
    setText(text);
    setAccessibleName(text);
    updateColours();
    setVisible(!text.isEmpty());
}

void NoticeLabel::clearNotice()
{
    setText({});
    setAccessibleName({});
    hide();
}

void NoticeLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updating)
        updateColours(); // the theme changed
}

void NoticeLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, 3, height()), toneOf(m_kind));
}

void NoticeLabel::updateColours()
{
    m_updating = true;
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    const QColor tone = toneOf(m_kind);
    const QColor base = p.color(QPalette::Base);
    p.setColor(QPalette::Window,
               QColor::fromRgbF(base.redF() * 0.88 + tone.redF() * 0.12, base.greenF() * 0.88 + tone.greenF() * 0.12,
                                base.blueF() * 0.88 + tone.blueF() * 0.12));
    setPalette(p);
    m_updating = false;
}

} // namespace MentorDesk
