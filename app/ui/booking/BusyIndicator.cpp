#include "ui/booking/BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace MentorDesk {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    m_text->setObjectName(u"busyText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_bar->setObjectName(u"busyBar"_s);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(10);
    m_cancel->setObjectName(u"busyCancel"_s);
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &BusyIndicator::cancelRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    hide();
}

void BusyIndicator::start(const QString &text, const QString &cancelText)
{
    const QString cancel = cancelText.isEmpty() ? tr("&Cancel") : cancelText;
    m_cancel->setText(cancel);
    m_cancel->setAccessibleName(QString(cancel).remove(u'&'));
    setText(text);
    show();
}

void BusyIndicator::setText(const QString &text)
{
    m_text->setText(text);
    m_bar->setAccessibleName(text);
}

void BusyIndicator::stop()
{
    hide();
}

QString BusyIndicator::text() const
{
    return m_text->text();
}

} // namespace MentorDesk
