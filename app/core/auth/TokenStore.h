#pragma once

#include "auth/Account.h"
#include "auth/AuthError.h"
#include "auth/TokenSet.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace MentorDesk {

class SecretBackend;
class MemorySecretBackend;

// What is kept of a signed-in session between runs; secret, so it lives in the keychain only.
struct StoredSession
{
    Account account;
    TokenSet tokens; // the refresh token only when the user opted in
    QStringList requestedScopes;
    // What the tokens are bound to: a session is restored only where all three are the same again, so a changed
    // Graph address or app registration never receives them.
    QUrl authority;
    QUrl graphBase;
    QString clientId;
};

// The only code that touches the keychain. One entry per account, holding the session as JSON; values larger
// than the Windows credential limit are split into chunks (as Nextcloud's KeychainChunk does) and joined on
// read. When no keychain is available, tokens stay in memory only and unavailable() says so: never a
// plaintext fallback.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kChunkSize = 2048;
    static constexpr int kMaxChunks = 10;

    explicit TokenStore(SecretBackend *backend, QObject *parent = nullptr);
    ~TokenStore() override;

    using Done = std::function<void(const AuthError &error)>;
    using Loaded = std::function<void(const std::optional<StoredSession> &session, const AuthError &error)>;

    void save(const StoredSession &session, Done done);
    void load(const QString &accountKey, Loaded loaded);
    void remove(const QString &accountKey, Done done); // every chunk, whether or not it exists

    // Another backend from now on (e.g. memory for the demo tenant); the memory fallback is reset.
    void setBackend(SecretBackend *backend);

    // False once the keychain turned out to be missing: tokens then last until MentorDesk quits.
    bool isPersistent() const;
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void unavailable(const QString &reason);

private:
    SecretBackend *backend() const;
    void useMemoryFallback(const QString &reason);
    void writeChunks(const QString &key, const QList<QByteArray> &chunks, int index, Done done);
    void readChunks(const QString &key, int count, int index, QByteArray collected, Loaded loaded);
    void removeChunks(const QString &key, int index, Done done);

    SecretBackend *m_backend;
    std::unique_ptr<MemorySecretBackend> m_memory;
    QString m_unavailableReason;
};

} // namespace MentorDesk
