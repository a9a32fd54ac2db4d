#pragma once

#include "core/booking/BookingResult.h"
#include "core/booking/SessionDraft.h"

#include <QDateTime>
#include <QGroupBox>
#include <QPointer>

#include <functional>

class QDateEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace MentorDesk {

class BookingOperation;
class BookingService;
class BusyIndicator;
class NoticeLabel;

// "Suggested times" beside the New session form: a window of days, Find times, and the suggestions as a list the
// user clicks (or picks with the keyboard) to take one. Says why when there are none, and labels the fallback
// from the mentor's own calendar as such.
class SuggestionsPanel : public QGroupBox
{
    Q_OBJECT

public:
    SuggestionsPanel(BookingService *service, std::function<SessionDraft()> draft, QWidget *parent = nullptr);
    ~SuggestionsPanel() override;

    // Asks another account's service from now on (the organiser changed): a search under way is stopped and the
    // suggestions shown, which were that account's, are cleared.
    void setService(BookingService *service);
    void setWindow(const QDate &first, const QDate &last);
    QDate windowStart() const;
    QDate windowEnd() const;
    bool isBusy() const;
    QListWidget *list() const { return m_list; }
    QString noteText() const;
    // The suggestions shown, in order.
    QList<MeetingTimeSuggestion> suggestions() const { return m_suggestions; }

public Q_SLOTS:
    void findTimes();
    void cancel();

Q_SIGNALS:
    void suggestionChosen(const QDateTime &startUtc, const QDateTime &endUtc);
    void busyChanged(bool busy);

private:
    void showResult(const BookingResult &result);
    void choose(QListWidgetItem *item);

    BookingService *m_service;
    std::function<SessionDraft()> m_draft;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_find;
    BusyIndicator *m_busy;
    QListWidget *m_list;
    NoticeLabel *m_note;
    QLabel *m_hint;
    QPointer<BookingOperation> m_operation;
    QList<MeetingTimeSuggestion> m_suggestions;
    QTimeZone m_zone;
};

} // namespace MentorDesk
