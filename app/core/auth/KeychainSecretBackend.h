#pragma once

#include "core/auth/SecretBackend.h"

namespace MentorDesk {

// The system keychain via QtKeychain: Secret Service (gnome-keyring, KWallet) on Linux, Keychain on macOS,
// Credential Manager on Windows. Never falls back to a plaintext file (QtKeychain's insecure fallback stays off).
class KeychainSecretBackend final : public SecretBackend
{
public:
    explicit KeychainSecretBackend(QString service);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &data, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;
    bool persistsAcrossRestarts() const override { return true; }

private:
    QString m_service;
};

} // namespace MentorDesk
