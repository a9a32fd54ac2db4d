#include "ui/booking/BookingConfirmationView.h"

#include "core/booking/BookingText.h"
#include "core/calendar/EventFormatter.h"
#include "core/model/GraphTime.h"
#include "ui/booking/NoticeLabel.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
// A filled circle with a tick, in the theme's success colour (no icon theme needed).
QPixmap tickPixmap(int size, const QColor &colour, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0, 0, size, size));
    QPen pen(Qt::white, size / 10.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    const QPointF points[] = {{size * 0.28, size * 0.52}, {size * 0.44, size * 0.68}, {size * 0.73, size * 0.36}};
    painter.drawPolyline(points, 3);
    return pixmap;
}
} // namespace

BookingConfirmationView::BookingConfirmationView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_subject(new QLabel(this))
    , m_when(new QLabel(this))
    , m_series(new QLabel(this))
    , m_invited(new QLabel(this))
    , m_notice(new NoticeLabel(this))
    , m_linkRow(new QWidget(this))
    , m_linkLabel(new QLabel(tr("Teams &join link"), this))
    , m_link(new QLineEdit(m_linkRow))
    , m_copy(new QPushButton(tr("&Copy link"), m_linkRow))
    , m_copied(new QLabel(m_linkRow))
    , m_meetingId(new QLabel(this))
    , m_share(new QPushButton(tr("&Share in a Teams channel…"), this))
    , m_done(new QPushButton(tr("&Done"), this))
{
    setObjectName(u"bookingConfirmation"_s);
    m_headline->setObjectName(u"confirmationHeadline"_s);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.4);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_subject->setObjectName(u"confirmationSubject"_s);
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    for (QLabel *label : {m_when, m_series, m_invited, m_meetingId}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_when->setObjectName(u"confirmationWhen"_s);
    m_series->setObjectName(u"confirmationSeries"_s);
    m_invited->setObjectName(u"confirmationInvited"_s);
    m_meetingId->setObjectName(u"confirmationMeetingId"_s);
    m_notice->setObjectName(u"confirmationNotice"_s);

    m_link->setObjectName(u"joinLink"_s);
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Teams join link"));
    m_linkLabel->setBuddy(m_link);
    m_copy->setObjectName(u"copyJoinLink"_s);
    m_copy->setAccessibleName(tr("Copy join link"));
    m_copy->setAutoDefault(false);
    m_copied->setObjectName(u"copiedFeedback"_s);
    m_share->setObjectName(u"shareInChannel"_s);
    m_share->setAccessibleName(tr("Share in a Teams channel"));
    m_share->setAutoDefault(false);
    m_share->setToolTip(tr("Post the session and its join link to a Teams channel you choose."));
    m_done->setObjectName(u"confirmationDone"_s);
    m_done->setAccessibleName(tr("Done"));
    m_done->setAutoDefault(false); // made the default when the view is shown (the form's Book is until then)

    auto *linkLayout = new QHBoxLayout(m_linkRow);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    linkLayout->addWidget(m_link, 1);
    linkLayout->addWidget(m_copy);
    linkLayout->addWidget(m_copied);

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    head->addWidget(m_headline, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_share);
    buttons->addStretch(1);
    buttons->addWidget(m_done);

    // One readable column in the middle of the dialog, whatever its size.
    auto *column = new QWidget(this);
    column->setObjectName(u"confirmationColumn"_s);
    column->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(8);
    layout->addLayout(head);
    layout->addSpacing(6);
    layout->addWidget(m_subject);
    layout->addWidget(m_when);
    layout->addWidget(m_series);
    layout->addWidget(m_invited);
    layout->addWidget(m_notice);
    layout->addSpacing(6);
    layout->addWidget(m_linkLabel);
    layout->addWidget(m_linkRow);
    layout->addWidget(m_meetingId);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(column, 4);
    centred->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(2);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link->text());
        m_copied->setText(tr("Copied"));
        m_copy->setAccessibleDescription(tr("Copied"));
        QTimer::singleShot(3000, m_copied, [label = m_copied] { label->clear(); });
    });
    connect(m_share, &QPushButton::clicked, this, [this] { Q_EMIT shareRequested(m_event); });
    connect(m_done, &QPushButton::clicked, this, &BookingConfirmationView::doneRequested);
}

QString BookingConfirmationView::whenText(const QDateTime &start, const QDateTime &end, const QTimeZone &zone) const
{
    const QTimeZone viewer = QTimeZone::systemTimeZone();
    QString text = BookingText::when(start, end, viewer);
    if (zone.isValid() && GraphTime::differsFromViewer(start, zone, viewer)) {
        //: the session's time in its own zone: "(10:00 – 11:00 in Europe/Berlin)"
        text += u' '
            + tr("(%1 – %2 in %3)")
                  .arg(BookingText::time(start.toTimeZone(zone).time()), BookingText::time(end.toTimeZone(zone).time()),
                       QString::fromUtf8(zone.id()));
    }
    return text;
}

void BookingConfirmationView::setLink(const QUrl &url)
{
    const bool has = url.isValid() && !url.isEmpty();
    m_link->setText(has ? url.toString(QUrl::FullyEncoded) : QString());
    m_link->setCursorPosition(0);
    m_linkLabel->setVisible(has);
    m_linkRow->setVisible(has);
    m_copied->clear();
}

void BookingConfirmationView::showBooking(const BookingResult &result, const QTimeZone &zone)
{
    m_event = result.event;
    m_icon->setPixmap(tickPixmap(28, Theme::success(), devicePixelRatioF()));
    m_headline->setText(result.teamsMeeting && !result.joinUrlMissing ? tr("Teams meeting booked")
                                                                      : tr("Session booked"));
    m_subject->setText(m_event.subject);
    m_when->setText(whenText(m_event.start, m_event.end, zone));
    if (m_event.recurrence) {
        m_series->setText(EventFormatter::recurrenceText(*m_event.recurrence));
        m_series->show();
    } else {
        m_series->hide();
    }
    QList<EmailAddress> invited;
    for (const Attendee &attendee : std::as_const(m_event.attendees))
        invited << attendee.emailAddress;
    m_invited->setText(invited.isEmpty() ? tr("No one was invited.")
                                         : tr("Invitation sent to %1.").arg(BookingText::people(invited, 5)));
    m_invited->show();
    if (result.joinUrlMissing) {
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("Microsoft 365 did not return a Teams join link, even when asked again. Open the "
                                "meeting in Outlook or Teams to add one; the invitation has been sent."));
    } else if (!result.teamsMeeting) {
        m_notice->showNotice(NoticeLabel::Kind::Info,
                             tr("This is a calendar event without a Teams meeting: agree with your mentees where "
                                "you meet."));
    } else {
        m_notice->clearNotice();
    }
    setLink(m_event.joinUrl);
    m_meetingId->hide();
    m_share->setVisible(m_event.hasJoinUrl() || !m_event.subject.isEmpty());
    m_done->setDefault(true);
    m_done->setFocus();
}

void BookingConfirmationView::showMeetingLink(const BookingResult &result, const QTimeZone &zone)
{
    const OnlineMeeting &meeting = result.meeting;
    m_event = Event();
    m_event.subject = meeting.subject;
    m_event.start = meeting.start;
    m_event.end = meeting.end;
    m_event.joinUrl = meeting.joinWebUrl;
    m_event.isOnlineMeeting = true;
    m_event.onlineMeetingProvider = OnlineMeetingProvider::TeamsForBusiness;
    m_event.conferenceId = meeting.joinMeetingId;
    m_icon->setPixmap(tickPixmap(28, Theme::accent(), devicePixelRatioF()));
    m_headline->setText(tr("Teams meeting link ready"));
    m_subject->setText(meeting.subject);
    m_when->setText(meeting.start.isValid() ? whenText(meeting.start, meeting.end, zone) : QString());
    m_when->setVisible(meeting.start.isValid());
    m_series->hide();
    m_invited->hide();
    m_notice->showNotice(NoticeLabel::Kind::Warning,
                         tr("No calendar entry was created and no invitation was sent. Share the link with your "
                            "mentee yourself."));
    setLink(meeting.joinWebUrl);
    if (!meeting.joinMeetingId.isEmpty()) {
        m_meetingId->setText(meeting.passcode.isEmpty()
                                 ? tr("Meeting ID: %1").arg(meeting.joinMeetingId)
                                 : tr("Meeting ID: %1 · Passcode: %2").arg(meeting.joinMeetingId, meeting.passcode));
        m_meetingId->show();
    } else {
        m_meetingId->hide();
    }
    m_share->show();
    m_done->setDefault(true);
    m_done->setFocus();
}

QString BookingConfirmationView::joinLink() const
{
    return m_link->text();
}

QString BookingConfirmationView::headline() const
{
    return m_headline->text();
}

QString BookingConfirmationView::invitationText() const
{
    return m_invited->isHidden() ? QString() : m_invited->text();
}

} // namespace MentorDesk
