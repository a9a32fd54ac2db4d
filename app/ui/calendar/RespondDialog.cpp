#include "ui/calendar/RespondDialog.h"

#include "core/common/DateFormats.h"
#include "core/model/GraphTime.h"
#include "ui/common/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QString RespondDialog::title(Response response)
{
    switch (response) {
    case Response::Accept:
        return tr("Accept invitation");
    case Response::TentativelyAccept:
        return tr("Tentatively accept invitation");
    case Response::Decline:
        return tr("Decline invitation");
    }
    return {};
}

RespondDialog::RespondDialog(const Event &event, Response response, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_response(response)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{
    setObjectName(u"respondDialog"_s);
    setWindowTitle(title(response));
    setAccessibleName(title(response));
    setMinimumWidth(420);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    const QString subject = event.subject.isEmpty() ? tr("(no title)") : event.subject;
    m_heading = wrapped(EventActions::label(EventActions::actionFor(response), subject), this, u"respondHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    // An occurrence: this one, or the whole series (answered on the series master).
    if (event.type != Event::Type::SeriesMaster && !event.seriesMasterId.isEmpty()) {
        auto *scope = new QGroupBox(tr("Answer for"), this);
        scope->setObjectName(u"respondScope"_s);
        auto *scopeLayout = new QVBoxLayout(scope);
        m_occurrence = new QRadioButton(tr("&This occurrence"), scope);
        m_occurrence->setObjectName(u"respondOccurrence"_s);
        m_occurrence->setAccessibleName(tr("This occurrence"));
        m_series = new QRadioButton(tr("The &whole series"), scope);
        m_series->setObjectName(u"respondSeries"_s);
        m_series->setAccessibleName(tr("The whole series"));
        m_occurrence->setChecked(true);
        auto *group = new QButtonGroup(scope);
        group->addButton(m_occurrence);
        group->addButton(m_series);
        scopeLayout->addWidget(m_occurrence);
        scopeLayout->addWidget(m_series);
        layout->addWidget(scope);
    }

    auto *messageLabel = new QLabel(tr("&Message to the organiser (optional)"), this);
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(u"respondMessage"_s);
    m_message->setAccessibleName(tr("Message to the organiser"));
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 4 + 12);
    messageLabel->setBuddy(m_message);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);

    m_dontSend = new QCheckBox(tr("&Don't send a response"), this);
    m_dontSend->setObjectName(u"respondDontSend"_s);
    m_dontSend->setAccessibleName(tr("Don't send a response"));
    m_dontSend->setToolTip(tr("Answer in your calendar only; the organiser is not told"));
    layout->addWidget(m_dontSend);

    if (response != Response::Accept) {
        m_proposal = new QGroupBox(tr("&Propose a new time"), this);
        m_proposal->setObjectName(u"respondProposal"_s);
        m_proposal->setAccessibleName(tr("Propose a new time"));
        m_proposal->setCheckable(true);
        m_proposal->setChecked(false);
        auto *form = new QFormLayout(m_proposal);
        const QDateTime start = event.start.toTimeZone(m_zone);
        const QDateTime end = event.end.toTimeZone(m_zone);
        m_date = new QDateEdit(start.date(), m_proposal);
        m_date->setObjectName(u"respondProposalDate"_s);
        m_date->setAccessibleName(tr("Proposed date"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(DateFormats::weekdayDayMonthYear());
        m_startTime = new QTimeEdit(start.time(), m_proposal);
        m_startTime->setObjectName(u"respondProposalStart"_s);
        m_startTime->setAccessibleName(tr("Proposed start"));
        m_endTime = new QTimeEdit(end.time(), m_proposal);
        // The locale's short time, without seconds (the C locale's has them).
        const QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s);
        m_startTime->setDisplayFormat(timeFormat);
        m_endTime->setDisplayFormat(timeFormat);
        m_endTime->setObjectName(u"respondProposalEnd"_s);
        m_endTime->setAccessibleName(tr("Proposed end"));
        form->addRow(tr("Dat&e"), m_date);
        form->addRow(tr("&From"), m_startTime);
        form->addRow(tr("T&o"), m_endTime);
        //: %1 the zone's name, e.g. Europe/Berlin
        auto *zoneNote
            = wrapped(tr("Times in %1").arg(QString::fromUtf8(m_zone.id())), m_proposal, u"respondProposalZone"_s);
        form->addRow(zoneNote);
        layout->addWidget(m_proposal);
        m_proposalNote = wrapped(QString(), this, u"respondProposalNote"_s);
        layout->addWidget(m_proposalNote);
        if (!event.allowNewTimeProposals) {
            Answer probe;
            probe.response = response;
            probe.proposedNewTime = std::pair{event.start, event.end};
            m_proposalNote->setText(EventActions::refusal(event, probe));
        }
        m_proposalNote->setVisible(!m_proposalNote->text().isEmpty());
    }

    m_error = wrapped(QString(), this, u"respondError"_s);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::danger());
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_send = m_buttons->button(QDialogButtonBox::Ok);
    m_send->setObjectName(u"respondSendButton"_s);
    switch (response) {
    case Response::Accept:
        m_send->setText(tr("&Accept"));
        break;
    case Response::TentativelyAccept:
        m_send->setText(tr("&Send tentative"));
        break;
    case Response::Decline:
        m_send->setText(tr("Dec&line"));
        break;
    }
    m_send->setAccessibleName(QString(m_send->text()).remove(u'&'));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RespondDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RespondDialog::reject);
    connect(m_dontSend, &QCheckBox::toggled, this, &RespondDialog::updateEnabled);
    if (m_proposal)
        connect(m_proposal, &QGroupBox::toggled, this, &RespondDialog::updateEnabled);
    updateEnabled();
    m_message->setFocus(Qt::OtherFocusReason);
}

void RespondDialog::updateEnabled()
{
    const bool send = !m_dontSend->isChecked();
    // Without a response there is nothing to carry a message or a proposal.
    m_message->setEnabled(send);
    if (m_proposal) {
        m_proposal->setEnabled(send && m_event.allowNewTimeProposals);
        if (!m_proposal->isEnabled())
            m_proposal->setChecked(false);
        m_dontSend->setEnabled(!m_proposal->isChecked());
    }
}

void RespondDialog::setAnswer(const Answer &answer, bool wholeSeries, const QString &error)
{
    m_message->setPlainText(answer.comment);
    m_dontSend->setChecked(!answer.sendResponse);
    if (m_series && wholeSeries)
        m_series->setChecked(true);
    if (m_proposal && answer.proposedNewTime && m_event.allowNewTimeProposals) {
        m_proposal->setChecked(true);
        const QDateTime start = answer.proposedNewTime->first.toTimeZone(m_zone);
        const QDateTime end = answer.proposedNewTime->second.toTimeZone(m_zone);
        m_date->setDate(start.date());
        m_startTime->setTime(start.time());
        m_endTime->setTime(end.time());
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    updateEnabled();
}

RespondDialog::Answer RespondDialog::answer() const
{
    Answer answer;
    answer.response = m_response;
    answer.sendResponse = !m_dontSend->isChecked();
    if (answer.sendResponse)
        answer.comment = m_message->toPlainText().trimmed();
    if (m_proposal && m_proposal->isEnabled() && m_proposal->isChecked()) {
        const QDateTime start(m_date->date(), m_startTime->time(), m_zone);
        QDateTime end(m_date->date(), m_endTime->time(), m_zone);
        answer.proposedNewTime = std::pair{start.toUTC(), end.toUTC()};
        // The calendar's zone as Graph names it; UTC when it has no name Graph knows (the instants are exact).
        const QString zoneName = GraphTime::graphZoneName(m_zone);
        answer.proposalTimeZone = zoneName.isEmpty() ? u"UTC"_s : zoneName;
    }
    return answer;
}

bool RespondDialog::wholeSeries() const
{
    return m_series && m_series->isChecked();
}

Event RespondDialog::target() const
{
    if (!wholeSeries())
        return m_event;
    Event master = m_event;
    master.id = m_event.seriesMasterId;
    master.type = Event::Type::SeriesMaster;
    master.seriesMasterId.clear();
    return master;
}

QString RespondDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void RespondDialog::accept()
{
    const QString why = EventActions::refusal(target(), answer());
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace MentorDesk
