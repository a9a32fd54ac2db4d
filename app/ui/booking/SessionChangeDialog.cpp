#include "ui/booking/SessionChangeDialog.h"

#include "core/booking/BookingOperation.h"
#include "ui/booking/BusyIndicator.h"
#include "ui/booking/NoticeLabel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

SessionChangeDialog::SessionChangeDialog(BookingService *service, const Event &event, const QString &objectPrefix,
                                         QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_event(event)
    , m_objectPrefix(objectPrefix)
    , m_layout(new QVBoxLayout(this))
    , m_notice(new NoticeLabel(this))
    , m_busy(new BusyIndicator(this))
{
    m_notice->setObjectName(objectPrefix + u"Notice"_s);
    m_busy->setObjectName(objectPrefix + u"Busy"_s);
    connect(m_busy, &BusyIndicator::cancelRequested, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    setMinimumWidth(460);
}

SessionChangeDialog::~SessionChangeDialog() = default;

QVBoxLayout *SessionChangeDialog::addHeading(const QString &question)
{
    auto *title = new QLabel(question, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subject = new QLabel(m_event.subject, this);
    subject->setObjectName(m_objectPrefix + u"Subject"_s);
    subject->setTextFormat(Qt::PlainText);
    subject->setWordWrap(true);
    QFont subjectFont = subject->font();
    subjectFont.setBold(true);
    subject->setFont(subjectFont);
    m_layout->addWidget(title);
    m_layout->addWidget(subject);
    return m_layout;
}

void SessionChangeDialog::addScopeChoice(const QString &seriesText)
{
    if (!m_event.isRecurring())
        return;
    m_occurrence = new QRadioButton(tr("Only &this session"), this);
    m_occurrence->setObjectName(u"thisOccurrence"_s);
    m_occurrence->setAccessibleName(tr("Only this session"));
    m_series = new QRadioButton(seriesText, this);
    m_series->setObjectName(u"wholeSeries"_s);
    m_series->setAccessibleName(tr("The whole series"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_occurrence);
    group->addButton(m_series);
    m_occurrence->setChecked(m_event.type != Event::Type::SeriesMaster);
    m_series->setChecked(m_event.type == Event::Type::SeriesMaster);
    m_layout->addWidget(m_occurrence);
    m_layout->addWidget(m_series);
}

void SessionChangeDialog::addFooter(const QString &hint, QPushButton *keep, QPushButton *action)
{
    auto *hintLabel = new QLabel(hint, this);
    hintLabel->setWordWrap(true);
    m_layout->addWidget(hintLabel);
    m_layout->addWidget(m_notice);
    m_layout->addWidget(m_busy);

    m_keep = keep;
    m_action = action;
    m_keep->setAutoDefault(false);
    m_action->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_action);
    m_layout->addLayout(buttons);
    connect(m_keep, &QPushButton::clicked, this, &SessionChangeDialog::reject);
}

QString SessionChangeDialog::explainIfNotAllowed(EventChangeRule::Change change)
{
    // Say up front when it cannot be done, instead of an unexplained grey button.
    const FeatureAvailability gate = m_service->availability(Feature::RescheduleCancel);
    const QString why = gate.isAvailable() ? m_service->changeRule(m_event).whyNot(change) : gate.message;
    if (!why.isEmpty()) {
        m_action->setEnabled(false);
        m_notice->showNotice(NoticeLabel::Kind::Error, why);
    }
    return why;
}

bool SessionChangeDialog::isBusy() const
{
    return m_busy->isBusy();
}

QString SessionChangeDialog::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

BookingService::ChangeScope SessionChangeDialog::scope() const
{
    return m_series && m_series->isChecked() ? BookingService::ChangeScope::WholeSeries
                                             : BookingService::ChangeScope::ThisOccurrence;
}

bool SessionChangeDialog::canStart() const
{
    return !isBusy() && m_action->isEnabled();
}

void SessionChangeDialog::run(BookingOperation *operation, const QString &busyText, const QString &stopText)
{
    m_operation = operation;
    m_notice->clearNotice();
    m_action->setEnabled(false);
    setInputsEnabled(false);
    m_busy->start(operation->progressText().isEmpty() ? busyText : operation->progressText(), stopText);
    connect(operation, &BookingOperation::progressChanged, m_busy, &BusyIndicator::setText);
    connect(operation, &BookingOperation::finished, this, &SessionChangeDialog::onFinished);
}

void SessionChangeDialog::onFinished(const BookingResult &result)
{
    using Status = BookingResult::Status;
    m_result = result;
    m_busy->stop();
    // The inputs stay editable when nothing changed (refused as invalid, failed, stopped before it was sent).
    setInputsEnabled(result.status == Status::Cancelled || result.status == Status::Failed
                     || result.status == Status::Invalid);
    Q_EMIT changeFinished(result);
    switch (result.status) {
    case Status::Succeeded:
        accept();
        return;
    case Status::Queued:
        m_notice->showNotice(NoticeLabel::Kind::Info, result.message);
        m_keep->setText(tr("&Close"));
        m_keep->setAccessibleName(tr("Close"));
        return;
    case Status::Cancelled:
        m_notice->showNotice(NoticeLabel::Kind::Info, result.message);
        m_action->setEnabled(actionReady());
        return;
    case Status::NeedsAttention:
        m_notice->showNotice(NoticeLabel::Kind::Warning, result.message);
        return;
    default:
        m_notice->showNotice(NoticeLabel::Kind::Error, result.message);
        // Failed: trying again may work. Invalid: once the input is changed (the subclass turns it on again).
        m_action->setEnabled(result.status == Status::Failed);
        return;
    }
}

void SessionChangeDialog::reject()
{
    if (m_operation && !m_operation->isFinished())
        m_operation->cancel();
    QDialog::reject();
}

} // namespace MentorDesk
