#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace MentorDesk {

// Asynchronous secret storage, keyed by name. KeychainSecretBackend talks to the system keychain through
// QtKeychain; MemorySecretBackend keeps secrets in this process only (the fallback when no keychain exists, and
// for tests). Callbacks run on the context's thread and are dropped when the context is destroyed.
class SecretBackend
{
public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable, // no keychain service (e.g. no Secret Service on this Linux session) or access denied
        Locked, // the keychain is there but locked, and was not unlocked (prompt cancelled or not shown)
        Error,
    };
    struct Result
    {
        Status status = Status::Ok;
        QByteArray data;
        QString errorString;
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~SecretBackend();
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QByteArray &data, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
    virtual bool persistsAcrossRestarts() const = 0;
};

class MemorySecretBackend final : public SecretBackend
{
public:
    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &data, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;
    bool persistsAcrossRestarts() const override { return false; }

    QStringList keys() const { return m_secrets.keys(); }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace MentorDesk
