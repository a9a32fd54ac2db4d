#include "core/auth/SecretServiceLock.h"

#include <QtGlobal>

#ifdef MENTORDESK_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QString>

using namespace Qt::StringLiterals;
#endif

namespace MentorDesk::SecretServiceLock {

bool isDefaultCollectionLocked()
{
#ifdef MENTORDESK_HAVE_QTDBUS
    // Only asked after a keychain operation failed or found nothing, so a short blocking call is fine.
    // https://specifications.freedesktop.org/secret-service-spec/latest/org.freedesktop.Secret.Service.html
    constexpr int kTimeoutMs = 1000;
    const QString service = u"org.freedesktop.secrets"_s;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage alias = QDBusMessage::createMethodCall(service, u"/org/freedesktop/secrets"_s,
                                                        u"org.freedesktop.Secret.Service"_s, u"ReadAlias"_s);
    alias << u"default"_s;
    const QDBusReply<QDBusObjectPath> collection = bus.call(alias, QDBus::Block, kTimeoutMs);
    if (!collection.isValid() || collection.value().path() == u"/"_s)
        return false;
    QDBusMessage locked = QDBusMessage::createMethodCall(service, collection.value().path(),
                                                         u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    locked << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    const QDBusReply<QDBusVariant> reply = bus.call(locked, QDBus::Block, kTimeoutMs);
    return reply.isValid() && reply.value().variant().toBool();
#else
    return false;
#endif
}

} // namespace MentorDesk::SecretServiceLock
