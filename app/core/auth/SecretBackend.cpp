#include "core/auth/SecretBackend.h"

#include <QMetaObject>

namespace MentorDesk {

SecretBackend::~SecretBackend() = default;

namespace {
// Keeps the asynchronous contract of the real keychain: the callback never runs inside the call.
void deliver(QObject *context, SecretBackend::Callback callback, SecretBackend::Result result)
{
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}
} // namespace

void MemorySecretBackend::read(const QString &key, QObject *context, Callback callback)
{
    Result result;
    if (const auto it = m_secrets.constFind(key); it != m_secrets.cend())
        result.data = *it;
    else
        result.status = Status::NotFound;
    deliver(context, std::move(callback), result);
}

void MemorySecretBackend::write(const QString &key, const QByteArray &data, QObject *context, Callback callback)
{
    m_secrets.insert(key, data);
    deliver(context, std::move(callback), {});
}

void MemorySecretBackend::remove(const QString &key, QObject *context, Callback callback)
{
    Result result;
    if (!m_secrets.remove(key))
        result.status = Status::NotFound;
    deliver(context, std::move(callback), result);
}

} // namespace MentorDesk
