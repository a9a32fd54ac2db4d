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

private:
    CalendarListProxyModel *m_proxy;
};

} // namespace MentorDesk
