#include "booking/CancelSessionDialog.h"

#include "booking/BookingOperation.h"
#include "booking/BookingService.h"
#include "booking/BookingText.h"
#include "booking/BusyIndicator.h"
#include "booking/NoticeLabel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

CancelSessionDialog::CancelSessionDialog(BookingService *service, const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_event(event)
    , m_message(new QPlainTextEdit(this))
    , m_notice(new NoticeLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_keep(new QPushButton(tr("&Keep session"), this))
    , m_cancelSession(new QPushButton(tr("C&ancel session"), this))
{
    setObjectName(u"cancelSessionDialog"_s);
    setWindowTitle(tr("Cancel session"));

    auto *title = new QLabel(tr("Cancel this session?"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subject = new QLabel(event.subject, this);
    subject->setObjectName(u"cancelSubject"_s);
    subject->setTextFormat(Qt::PlainText);
    subject->setWordWrap(true);
    QFont subjectFont = subject->font();
    subjectFont.setBold(true);
    subject->setFont(subjectFont);
    auto *when = new QLabel(BookingText::when(event.start, event.end), this);
    when->setObjectName(u"cancelWhen"_s);

    auto *messageLabel = new QLabel(tr("&Message to your attendees (optional)"), this);
    messageLabel->setBuddy(m_message);
    m_message->setObjectName(u"cancelMessage"_s);
    m_message->setAccessibleName(tr("Message to your attendees"));
    m_message->setPlaceholderText(tr("For example: Sorry, something came up. I will suggest a new time."));
    m_message->setTabChangesFocus(true);
    m_message->setMaximumHeight(110);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subject);
    layout->addWidget(when);
    layout->addSpacing(4);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);

    if (event.isRecurring()) {
        m_occurrence = new QRadioButton(tr("Only &this session"), this);
        m_occurrence->setObjectName(u"thisOccurrence"_s);
        m_occurrence->setAccessibleName(tr("Only this session"));
        m_series = new QRadioButton(tr("The whole &series"), this);
        m_series->setObjectName(u"wholeSeries"_s);
        m_series->setAccessibleName(tr("The whole series"));
        auto *group = new QButtonGroup(this);
        group->addButton(m_occurrence);
        group->addButton(m_series);
        m_occurrence->setChecked(event.type != Event::Type::SeriesMaster);
        m_series->setChecked(event.type == Event::Type::SeriesMaster);
        layout->addWidget(m_occurrence);
        layout->addWidget(m_series);
    }

    auto *hint = new QLabel(tr("Your attendees get a cancellation with your message, and the session is removed "
                               "from the calendars."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_notice->setObjectName(u"cancelNotice"_s);
    m_busy->setObjectName(u"cancelBusy"_s);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);

    m_keep->setObjectName(u"keepSessionButton"_s);
    m_keep->setAccessibleName(tr("Keep session"));
    m_keep->setAutoDefault(false);
    m_cancelSession->setObjectName(u"cancelSessionButton"_s);
    m_cancelSession->setAccessibleName(tr("Cancel session"));
    m_cancelSession->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_cancelSession);
    layout->addLayout(buttons);

    connect(m_keep, &QPushButton::clicked, this, &CancelSessionDialog::reject);
    connect(m_cancelSession, &QPushButton::clicked, this, &CancelSessionDialog::cancelSession);
    connect(m_busy, &BusyIndicator::cancelRequested, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });

    const FeatureAvailability gate = service->availability(Feature::RescheduleCancel);
    const QString why = gate.isAvailable() ? service->whyNotChangeable(event) : gate.message;
    if (!why.isEmpty()) {
        m_cancelSession->setEnabled(false);
        m_message->setEnabled(false);
        m_notice->showNotice(NoticeLabel::Kind::Error, why);
    }
    setMinimumWidth(460);
    m_message->setFocus();
}

CancelSessionDialog::~CancelSessionDialog() = default;

bool CancelSessionDialog::isBusy() const
{
    return m_busy->isBusy();
}

QString CancelSessionDialog::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void CancelSessionDialog::cancelSession()
{
    if (isBusy() || !m_cancelSession->isEnabled())
        return;
    const auto scope = m_series && m_series->isChecked() ? BookingService::ChangeScope::WholeSeries
                                                         : BookingService::ChangeScope::ThisOccurrence;
    m_operation = m_service->cancel(m_event, m_message->toPlainText(), scope);
    m_notice->clearNotice();
    m_cancelSession->setEnabled(false);
    m_busy->start(m_operation->progressText().isEmpty() ? tr("Cancelling…") : m_operation->progressText(), tr("&Stop"));
    connect(m_operation, &BookingOperation::progressChanged, m_busy, &BusyIndicator::setText);
    connect(m_operation, &BookingOperation::finished, this, &CancelSessionDialog::onFinished);
}

void CancelSessionDialog::onFinished(const BookingResult &result)
{
    m_result = result;
    m_busy->stop();
    Q_EMIT changeFinished(result);
    switch (result.status) {
    case BookingResult::Status::Succeeded:
        accept();
        return;
    case BookingResult::Status::Queued:
        m_notice->showNotice(NoticeLabel::Kind::Info, result.message);
        m_keep->setText(tr("&Close"));
        m_keep->setAccessibleName(tr("Close"));
        return;
    case BookingResult::Status::Cancelled:
        m_notice->showNotice(NoticeLabel::Kind::Info, result.message);
        m_cancelSession->setEnabled(true);
        return;
    case BookingResult::Status::NeedsAttention:
        m_notice->showNotice(NoticeLabel::Kind::Warning, result.message);
        return;
    default:
        m_notice->showNotice(NoticeLabel::Kind::Error, result.message);
        m_cancelSession->setEnabled(result.status == BookingResult::Status::Failed);
        return;
    }
}

void CancelSessionDialog::reject()
{
    if (m_operation && !m_operation->isFinished())
        m_operation->cancel();
    QDialog::reject();
}

} // namespace MentorDesk
