#include "ui/reminders/DesktopNotifier.h"

#include "core/common/Logging.h"

#include <QApplication>
#include <QSystemTrayIcon>

#ifdef MENTORDESK_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#endif

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

#ifdef MENTORDESK_HAVE_QTDBUS
const QString kNotificationsService = u"org.freedesktop.Notifications"_s;
const QString kNotificationsPath = u"/org/freedesktop/Notifications"_s;
const QString kNotificationsInterface = u"org.freedesktop.Notifications"_s;
#endif

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
#ifdef MENTORDESK_HAVE_QTDBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface()->isServiceRegistered(kNotificationsService)) {
        m_service = true;
        const QDBusReply<QStringList> capabilities
            = bus.call(QDBusMessage::createMethodCall(kNotificationsService, kNotificationsPath,
                                                      kNotificationsInterface, u"GetCapabilities"_s),
                       QDBus::Block, 2000);
        m_actions = capabilities.isValid() && capabilities.value().contains(u"actions"_s);
        bus.connect(kNotificationsService, kNotificationsPath, kNotificationsInterface, u"ActionInvoked"_s, this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(kNotificationsService, kNotificationsPath, kNotificationsInterface, u"NotificationClosed"_s, this,
                    SLOT(onClosed(uint, uint)));
    }
#endif
    qCDebug(lcUi) << "notifications:" << (m_service ? "desktop service" : "tray balloon")
                  << (m_actions ? "with buttons" : "without buttons");
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastTrayKey.isEmpty())
                Q_EMIT actionInvoked(m_lastTrayKey, Action::Open);
        });
    }
}

QString DesktopNotifier::actionKey(Action action)
{
    switch (action) {
    case Action::Open:
        return u"default"_s; // the spec's key for clicking the notification itself
    case Action::Join:
        return u"join"_s;
    case Action::Snooze:
        return u"snooze"_s;
    case Action::Dismiss:
        return u"dismiss"_s;
    }
    return {};
}

QString DesktopNotifier::actionLabel(Action action)
{
    switch (action) {
    case Action::Open:
        return tr("Open reminders");
    case Action::Join:
        return tr("Join");
    case Action::Snooze:
        return tr("Snooze 5 minutes");
    case Action::Dismiss:
        return tr("Dismiss");
    }
    return {};
}

void DesktopNotifier::notify(const QString &key, const QString &title, const QString &body,
                             const QList<Action> &actions)
{
#ifdef MENTORDESK_HAVE_QTDBUS
    if (m_service) {
        QStringList actionList;
        for (Action action : actions) {
            if (action == Action::Open || m_actions)
                actionList << actionKey(action) << actionLabel(action);
        }
        QDBusMessage call = QDBusMessage::createMethodCall(kNotificationsService, kNotificationsPath,
                                                           kNotificationsInterface, u"Notify"_s);
        // The body is markup for some services: the event's subject is a stranger's text, so it is escaped.
        call << QApplication::applicationDisplayName() << m_ids.value(key, 0u) << u"io.mentordesk.MentorDesk"_s << title
             << body.toHtmlEscaped() << actionList
             << QVariantMap{{u"category"_s, u"im.received"_s},
                            {u"urgency"_s, QVariant::fromValue(uchar(1))},
                            {u"desktop-entry"_s, u"io.mentordesk.MentorDesk"_s}}
             << int(-1);
        const QDBusReply<uint> reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
        if (reply.isValid()) {
            m_ids.insert(key, reply.value());
            return;
        }
        qCInfo(lcUi) << "notification service did not answer:" << reply.error().name();
    }
#endif
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_lastTrayKey = key;
        m_tray->showMessage(title, body, QSystemTrayIcon::Information);
    }
}

void DesktopNotifier::close(const QString &key)
{
    const uint id = m_ids.take(key);
#ifdef MENTORDESK_HAVE_QTDBUS
    if (id != 0 && m_service) {
        QDBusMessage call = QDBusMessage::createMethodCall(kNotificationsService, kNotificationsPath,
                                                           kNotificationsInterface, u"CloseNotification"_s);
        call << id;
        QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
    }
#else
    Q_UNUSED(id)
#endif
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKeyName)
{
    const QString key = m_ids.key(id);
    if (key.isEmpty())
        return; // another application's notification
    for (Action action : {Action::Open, Action::Join, Action::Snooze, Action::Dismiss}) {
        if (actionKey(action) == actionKeyName) {
            Q_EMIT actionInvoked(key, action);
            return;
        }
    }
}

void DesktopNotifier::onClosed(uint id, uint)
{
    const QString key = m_ids.key(id);
    if (!key.isEmpty())
        m_ids.remove(key);
}

} // namespace MentorDesk
