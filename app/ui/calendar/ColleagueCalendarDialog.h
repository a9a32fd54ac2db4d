#pragma once

#include "core/calendar/ColleagueCalendars.h"
#include "core/model/EmailAddress.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace MentorDesk {

class AddressCompleter;
class BusyIndicator;
class NoticeLabel;

// Calendar ▸ Open a colleague's calendar…: an address (completed from people met before: attendees and organisers
// in the calendar cache, PastAttendees), Open, and the colleagues' calendars opened so far with Remove. Opening asks
// Graph (ColleagueCalendars::add()) with a progress line and Cancel; the notice then says how the calendar is read
// (events, or free/busy only because it is not shared) or why nothing was added.
class ColleagueCalendarDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ColleagueCalendarDialog(ColleagueCalendars *calendars, QWidget *parent = nullptr);

    void setPeople(const QList<EmailAddress> &people);
    AddressCompleter *completer() const { return m_completer; }
    QLineEdit *addressEdit() const { return m_address; }
    QListWidget *calendarList() const { return m_list; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *removeButton() const { return m_remove; }
    BusyIndicator *busyIndicator() const { return m_busy; }
    NoticeLabel *notice() const { return m_notice; }

public Q_SLOTS:
    void openTyped();
    void removeSelected();

protected:
    void reject() override;

private:
    void onAddFinished(const ColleagueCalendars::AddResult &result);
    void reloadList();
    void updateButtons();

    QPointer<ColleagueCalendars> m_calendars;
    QLabel *m_intro;
    QLineEdit *m_address;
    AddressCompleter *m_completer;
    QPushButton *m_open;
    BusyIndicator *m_busy;
    NoticeLabel *m_notice;
    QListWidget *m_list;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
};

} // namespace MentorDesk
