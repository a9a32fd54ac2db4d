#pragma once

#include <QListView>

namespace MentorDesk {

class CalendarListModel;
class CalendarListProxyModel;

// The calendar list of the left pane: own calendars first, then the ones colleagues share, each with its colour
// and a check box to show or hide it (Space or a click), whose it is, and whether it is read-only or lost.
class CalendarListView : public QListView
{
    Q_OBJECT

public:
    explicit CalendarListView(QWidget *parent = nullptr);

    void setCalendarModel(CalendarListModel *model);
    CalendarListProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    // The context menu's Remove on a colleague's calendar opened by address (ColleagueCalendars).
    void removeColleagueCalendarRequested(const QString &accountKey, const QString &calendarId);
    // The context menu's Open a colleague's calendar….
    void openColleagueCalendarRequested(const QString &accountKey);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    CalendarListProxyModel *m_proxy;
};

} // namespace MentorDesk
