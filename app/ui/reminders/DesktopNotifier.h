#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QSystemTrayIcon;

namespace MentorDesk {

// A native notification that points to the reminder window. On Linux it goes to the desktop's notification service
// (org.freedesktop.Notifications, https://specifications.freedesktop.org/notification-spec/latest/) with action
// buttons where the service offers them ("actions" capability); elsewhere, or without that service, to the system
// tray icon's balloon (QSystemTrayIcon::showMessage), which has no buttons: a click opens the window.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Action { Open, Join, Snooze, Dismiss };
    Q_ENUM(Action)

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Used when there is no notification service (not owned; may be null).
    void setTrayIcon(QSystemTrayIcon *tray);

    // Shows (or replaces, per key) a notification; actions offered where the service supports buttons.
    void notify(const QString &key, const QString &title, const QString &body, const QList<Action> &actions);
    void close(const QString &key);
    // Whether notifications here get buttons (the Linux service with "actions").
    bool supportsActions() const { return m_actions; }
    bool usesNotificationService() const { return m_service; }

Q_SIGNALS:
    void actionInvoked(const QString &key, MentorDesk::DesktopNotifier::Action action);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    static QString actionKey(Action action);
    static QString actionLabel(Action action);

    QPointer<QSystemTrayIcon> m_tray;
    bool m_service = false;
    bool m_actions = false;
    QHash<QString, uint> m_ids; // our key -> the service's notification id
    QString m_lastTrayKey;
};

} // namespace MentorDesk
