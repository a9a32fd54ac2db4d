#pragma once

#include "core/model/Reminder.h"

#include <QList>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace MentorDesk {

class BrowserOpener;
class Clock;
class ReminderService;

// Like Outlook's reminder window: every due reminder of every account, each with its time, "in 5 minutes" or
// "started 2 minutes ago", Join (where the event has a Teams link), Snooze (5, 10 or 15 minutes, 1 hour, or until
// 5 minutes before start) and Dismiss; Dismiss all below. It shows itself when a reminder goes off (the caller
// decides) and hides when nothing is due.
class ReminderWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSnoozeMinutes[] = {5, 10, 15, 60};

    ReminderWindow(BrowserOpener *browser, Clock *clock, QWidget *parent = nullptr);

    // An account's reminders (label: its address, shown when there are several accounts). Not owned.
    void addService(ReminderService *service, const QString &accountLabel);
    void removeService(ReminderService *service);
    void setTimeZone(const QTimeZone &zone);

    int reminderCount() const;
    QString statusText() const; // the line at the bottom: what happened last (e.g. a dismissal that failed)

public Q_SLOTS:
    void rebuild();
    void dismissAll();
    // "in 5 minutes" moves on (every 20 s by itself): texts and accessible names in place.
    void updateTexts();

Q_SIGNALS:
    void countChanged(int count);

private:
    struct Source
    {
        QPointer<ReminderService> service;
        QString label;
    };
    QWidget *makeRow(ReminderService *service, const Reminder &reminder, const QString &accountLabel);
    void report(bool ok);

    BrowserOpener *m_browser;
    Clock *m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Source> m_sources;
    QLabel *m_heading = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_dismissAll = nullptr;
    QTimer m_tick; // "in 5 minutes" moves on
    int m_count = 0;
};

} // namespace MentorDesk
