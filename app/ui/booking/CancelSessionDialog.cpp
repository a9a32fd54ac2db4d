#include "ui/booking/CancelSessionDialog.h"

#include "core/booking/BookingService.h"
#include "core/booking/BookingText.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

CancelSessionDialog::CancelSessionDialog(BookingService *service, const Event &event, QWidget *parent)
    : SessionChangeDialog(service, event, u"cancel"_s, parent)
    , m_message(new QPlainTextEdit(this))
{
    setObjectName(u"cancelSessionDialog"_s);
    setWindowTitle(tr("Cancel session"));

    QVBoxLayout *layout = addHeading(tr("Cancel this session?"));
    auto *when = new QLabel(BookingText::when(event.start, event.end), this);
    when->setObjectName(u"cancelWhen"_s);

    auto *messageLabel = new QLabel(tr("&Message to your attendees (optional)"), this);
    messageLabel->setBuddy(m_message);
    m_message->setObjectName(u"cancelMessage"_s);
    m_message->setAccessibleName(tr("Message to your attendees"));
    m_message->setPlaceholderText(tr("For example: Sorry, something came up. I will suggest a new time."));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(110);

    layout->addWidget(when);
    layout->addSpacing(4);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    addScopeChoice(tr("The whole &series"));

    auto *keep = new QPushButton(tr("&Keep session"), this);
    keep->setObjectName(u"keepSessionButton"_s);
    keep->setAccessibleName(tr("Keep session"));
    auto *cancel = new QPushButton(tr("C&ancel session"), this);
    cancel->setObjectName(u"cancelSessionButton"_s);
    cancel->setAccessibleName(tr("Cancel session"));
    addFooter(tr("Your attendees get a cancellation with your message, and the session is removed from the "
                 "calendars."),
              keep, cancel);
    connect(cancel, &QPushButton::clicked, this, &CancelSessionDialog::cancelSession);

    if (!explainIfNotAllowed(EventChangeRule::Change::Cancel).isEmpty())
        m_message->setEnabled(false);
    m_message->setFocus();
}

CancelSessionDialog::~CancelSessionDialog() = default;

void CancelSessionDialog::cancelSession()
{
    if (!canStart())
        return;
    run(service()->cancel(event(), m_message->toPlainText(), scope()), tr("Cancelling…"), tr("&Stop"));
}

} // namespace MentorDesk
