#pragma once

#include "core/calendar/CalendarSource.h"
#include "core/model/Event.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QListWidget;
class QModelIndex;

namespace MentorDesk {

class Clock;

// "Awaiting your answer (n)": the invitations on the user's own, visible calendars, in every signed-in account's
// cache, that want an answer and have none yet (responseStatus none or notResponded, responseRequested, not organised
// by the user, not cancelled), ongoing or still to come, soonest first; a series once, when its next occurrence waits
// for an answer. One
// that the organiser changed after the user had answered (notResponded, answered before its last change) says so.
// Clicking one, or Enter, asks for it to be shown (eventActivated). It follows the caches: a sync or an answer that
// reached Graph updates it.
class AwaitingAnswerPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role { CalendarIdRole = Qt::UserRole + 1, EventIdRole, AccountKeyRole, ChangedRole };

    explicit AwaitingAnswerPanel(Clock *clock = nullptr, QWidget *parent = nullptr);

    void setSources(const QList<CalendarSource> &sources);
    void setTimeZone(const QTimeZone &zone);

    // The invitations listed, soonest first.
    QList<Event> invitations() const { return m_invitations; }
    int count() const { return int(m_invitations.size()); }
    QString headingText() const;
    QListWidget *list() const { return m_list; }

    // Whether event is an invitation waiting for the user's answer at now (calendar ownership aside).
    static bool isAwaiting(const Event &event, const QDateTime &nowUtc);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void eventActivated(const QString &calendarId, const QString &eventId, const QString &accountKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleReload();
    void onActivated(const QModelIndex &index);

    Clock *m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<CalendarSource> m_sources;
    QList<Event> m_invitations;
    bool m_reloadPending = false;
    QLabel *m_heading;
    QLabel *m_empty;
    QListWidget *m_list;
};

} // namespace MentorDesk
