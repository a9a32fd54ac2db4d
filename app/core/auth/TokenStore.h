#pragma once

#include "core/auth/Account.h"
#include "core/auth/AuthError.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/TokenSet.h"

#include <QObject>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace MentorDesk {

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

// The only code that touches the keychain. The session is JSON, split into chunks of at most kChunkSize bytes
// (below the Windows credential limit, as Nextcloud's KeychainChunk does) and joined on read. When no keychain is
// available, tokens stay in memory only and unavailable() says so: never a plaintext fallback. macOS Keychain and
// the Secret Service take larger entries; the chunks are the same everywhere, so a keychain of any platform reads
// what it wrote.
//
// A save is atomic although the keychain only replaces one entry at a time: the chunks go to one of two
// generations (key#a1.., key#b1..), the one the header at the key does not name; then the header ("MDv2:<a|b>:
// <count>", one small entry) is switched; then the other generation is removed. Interrupted anywhere, the header
// names one complete set: the old one before the switch, the new one after. A save reports success once the
// header is switched; left-over chunks are then garbage that the next save or remove() sweeps. The first
// releases' layout (MDv1, chunks key#1..) is still read, and the first save replaces it. Operations run one at a
// time in the order called.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    // Windows Credential Manager, behind QtKeychain on Windows, stores one entry's secret as a credential blob of
    // at most CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512 = 2560) bytes, and QtKeychain writes our bytes into it
    // unchanged; a larger write fails and the tokens would end up in memory only.
    // https://learn.microsoft.com/en-us/windows/win32/api/wincred/ns-wincred-credentialw (CredentialBlobSize)
    static constexpr int kMaxEntryBytes = 5 * 512;
    // The one place the chunk size is set: every entry (a chunk, or the few-byte "MDv2:" header) stays below
    // kMaxEntryBytes, with room for a first-release "MDv1:<count>:" header in front of a chunk.
    static constexpr int kChunkSize = 2048;
    static constexpr int kMaxChunks = 10;
    static_assert(kChunkSize + 16 <= kMaxEntryBytes, "a keychain entry must fit one Windows credential blob");

    explicit TokenStore(SecretBackend *backend, QObject *parent = nullptr);
    ~TokenStore() override;

    using Done = std::function<void(const AuthError &error)>;
    using Loaded = std::function<void(const std::optional<StoredSession> &session, const AuthError &error)>;

    void save(const StoredSession &session, Done done);
    void load(const QString &accountKey, Loaded loaded);
    void remove(const QString &accountKey, Done done); // header and every chunk of any layout, existing or not

    // Another backend from now on (e.g. memory for the demo tenant); the memory fallback is reset.
    void setBackend(SecretBackend *backend);

    // False once the keychain turned out to be missing: tokens then last until MentorDesk quits.
    bool isPersistent() const;
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void unavailable(const QString &reason);

private:
    SecretBackend *backend() const;
    void useMemoryFallback(const SecretBackend::Result &result);
    using Finish = std::function<void()>;
    void enqueue(std::function<void(Finish)> operation);
    void runNext();
    void saveChunks(const QString &key, const QList<QByteArray> &chunks, Done done);
    void loadChunks(const QString &accountKey, Loaded loaded);
    void writeAll(const QList<std::pair<QString, QByteArray>> &writes, int index, SecretBackend::Callback done);
    void readChunks(const QStringList &keys, int index, QByteArray collected, Loaded loaded);
    void removeAll(const QStringList &keys, int index, SecretBackend::Callback done); // NotFound is fine

    std::deque<std::function<void(Finish)>> m_queue; // the front one is running
    SecretBackend *m_backend;
    std::unique_ptr<MemorySecretBackend> m_memory;
    QString m_unavailableReason;
};

} // namespace MentorDesk
