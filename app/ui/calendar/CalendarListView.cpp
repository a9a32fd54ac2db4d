#include "ui/calendar/CalendarListView.h"

#include "core/calendar/CalendarListModel.h"
#include "ui/calendar/CalendarListDelegate.h"
#include "ui/calendar/CalendarListProxyModel.h"

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

} // namespace MentorDesk
