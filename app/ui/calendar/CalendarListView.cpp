#include "ui/calendar/CalendarListView.h"

#include "core/calendar/CalendarListModel.h"
#include "core/calendar/ColleagueCalendars.h"
#include "ui/calendar/CalendarListDelegate.h"
#include "ui/calendar/CalendarListProxyModel.h"

#include <QContextMenuEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace MentorDesk {

CalendarListView::CalendarListView(QWidget *parent)
    : QListView(parent)
    , m_proxy(new CalendarListProxyModel(this))
{
    setObjectName(u"calendarList"_s);
    setAccessibleName(tr("Calendars"));
    setAccessibleDescription(tr("Space shows or hides the selected calendar"));
    setItemDelegate(new CalendarListDelegate(this));
    setModel(m_proxy);
    setSelectionMode(QAbstractItemView::NoSelection); // rows are check boxes; the current row has focus
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
}

void CalendarListView::setCalendarModel(CalendarListModel *model)
{
    m_proxy->setSourceModel(model);
    if (model && model->rowCount() > 0 && !currentIndex().isValid()) {
        // Start on the first calendar, not on an account's header.
        int row = 0;
        while (row + 1 < model->rowCount() && model->isAccountHeader(row))
            ++row;
        setCurrentIndex(m_proxy->index(row, 0));
    }
}

void CalendarListView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the mouse: the row under it; from the keyboard (Menu key, Shift+F10): the current row.
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    const QString id = index.data(CalendarListModel::IdRole).toString();
    const QString accountKey = index.data(CalendarListModel::AccountKeyRole).toString();
    QMenu menu(this);
    if (ColleagueCalendars::isAdded(id)) {
        const QString name = index.data(CalendarListModel::NameRole).toString();
        menu.addAction(tr("&Remove %1's calendar").arg(name), this,
                       [this, accountKey, id] { Q_EMIT removeColleagueCalendarRequested(accountKey, id); });
    }
    menu.addAction(tr("Open a &colleague's calendar…"), this,
                   [this, accountKey] { Q_EMIT openColleagueCalendarRequested(accountKey); });
    const QPoint at = event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                  : viewport()->mapToGlobal(visualRect(index).center());
    menu.exec(at);
}

} // namespace MentorDesk
