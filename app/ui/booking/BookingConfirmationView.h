#pragma once

#include "core/booking/BookingResult.h"
#include "core/model/Event.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace MentorDesk {

class NoticeLabel;

// What the mentor sees once a session is booked (or a standalone link is made): what, when, who was invited, the
// Teams join link with Copy, and "Share in a Teams channel…" (shareRequested(), connected by the Teams feature).
class BookingConfirmationView : public QWidget
{
    Q_OBJECT

public:
    explicit BookingConfirmationView(QWidget *parent = nullptr);

    // zone: the zone the session was planned in (shown when it differs from the viewer's).
    void showBooking(const BookingResult &result, const QTimeZone &zone);
    void showMeetingLink(const BookingResult &result, const QTimeZone &zone);

    QString joinLink() const;
    QString headline() const;
    QString invitationText() const;
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *shareButton() const { return m_share; }
    QPushButton *doneButton() const { return m_done; }
    // The session as shared: the booked event, or for a standalone link an event carrying subject, time and link.
    const Event &sharedEvent() const { return m_event; }

Q_SIGNALS:
    void shareRequested(const MentorDesk::Event &event);
    void doneRequested();

private:
    void setLink(const QUrl &url);
    QString whenText(const QDateTime &start, const QDateTime &end, const QTimeZone &zone) const;

    Event m_event;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_subject;
    QLabel *m_when;
    QLabel *m_series;
    QLabel *m_invited;
    NoticeLabel *m_notice;
    QWidget *m_linkRow;
    QLabel *m_linkLabel;
    QLineEdit *m_link;
    QPushButton *m_copy;
    QLabel *m_copied;
    QLabel *m_meetingId;
    QPushButton *m_share;
    QPushButton *m_done;
};

} // namespace MentorDesk
