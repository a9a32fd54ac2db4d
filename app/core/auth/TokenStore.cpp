#include "auth/TokenStore.h"

#include "auth/SecretBackend.h"
#include "common/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr auto kHeaderPrefix = "MDv1:"_L1; // MDv1:<chunk count>:<first chunk>

QString chunkKey(const QString &key, int index)
{
    return index == 0 ? key : u"%1#%2"_s.arg(key).arg(index);
}

QByteArray serialise(const StoredSession &session)
{
    QJsonObject json{{"version"_L1, 1},
                     {"account"_L1, session.account.toJson()},
                     {"tokens"_L1, session.tokens.toJson(true)},
                     {"requestedScopes"_L1, QJsonArray::fromStringList(session.requestedScopes)},
                     {"authority"_L1, session.authority.toString()},
                     {"graphBase"_L1, session.graphBase.toString()},
                     {"clientId"_L1, session.clientId}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<StoredSession> deserialise(const QByteArray &data)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    if (json.value("version"_L1).toInt() != 1)
        return std::nullopt;
    StoredSession session;
    session.account = Account::fromJson(json.value("account"_L1).toObject());
    session.tokens = TokenSet::fromJson(json.value("tokens"_L1).toObject());
    for (const QJsonValue &scope : json.value("requestedScopes"_L1).toArray())
        session.requestedScopes << scope.toString();
    session.authority = QUrl(json.value("authority"_L1).toString());
    session.graphBase = QUrl(json.value("graphBase"_L1).toString()); // empty in sessions stored before 0.2
    session.clientId = json.value("clientId"_L1).toString();
    if (!session.account.isValid())
        return std::nullopt;
    return session;
}

AuthError keychainError(const SecretBackend::Result &result)
{
    return AuthError::make(AuthError::Kind::Keychain, result.errorString);
}

} // namespace

TokenStore::TokenStore(SecretBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{ }

TokenStore::~TokenStore() = default;

void TokenStore::setBackend(SecretBackend *backend)
{
    m_backend = backend;
    m_memory.reset();
    m_unavailableReason.clear();
}

bool TokenStore::isPersistent() const
{
    return !m_memory && m_backend->persistsAcrossRestarts();
}

SecretBackend *TokenStore::backend() const
{
    return m_memory ? static_cast<SecretBackend *>(m_memory.get()) : m_backend;
}

void TokenStore::useMemoryFallback(const QString &reason)
{
    if (m_memory)
        return;
    m_memory = std::make_unique<MemorySecretBackend>();
    m_unavailableReason = tr("No system keychain is available (%1). MentorDesk keeps your sign-in in memory only, "
                             "so you will have to sign in again the next time you start it. Install or unlock "
                             "GNOME Keyring or KWallet to stay signed in.")
                              .arg(reason.isEmpty() ? tr("no Secret Service") : reason);
    qCWarning(lcKeychain) << "keychain unavailable, keeping tokens in memory only:" << reason;
    Q_EMIT unavailable(m_unavailableReason);
}

void TokenStore::save(const StoredSession &session, Done done)
{
    const QByteArray data = serialise(session);
    QList<QByteArray> chunks;
    for (qsizetype offset = 0; offset < data.size(); offset += kChunkSize)
        chunks << data.mid(offset, kChunkSize);
    if (chunks.size() > kMaxChunks) {
        done(AuthError::make(AuthError::Kind::Keychain, tr("the sign-in data is too large for the keychain")));
        return;
    }
    chunks.first().prepend(kHeaderPrefix.latin1() + QByteArray::number(chunks.size()) + ':');
    writeChunks(session.account.key(), chunks, 0, std::move(done));
}

void TokenStore::writeChunks(const QString &key, const QList<QByteArray> &chunks, int index, Done done)
{
    if (index == chunks.size()) {
        // Chunks beyond the new count may remain from a longer value: drop them, then report.
        removeChunks(key, index, [done = std::move(done)](const AuthError &) { done({}); });
        return;
    }
    backend()->write(chunkKey(key, index), chunks.at(index), this,
                     [this, key, chunks, index, done = std::move(done)](const SecretBackend::Result &result) {
                         if (result.status == SecretBackend::Status::Unavailable && !m_memory) {
                             useMemoryFallback(result.errorString);
                             writeChunks(key, chunks, 0, done);
                             return;
                         }
                         if (result.status != SecretBackend::Status::Ok) {
                             done(keychainError(result));
                             return;
                         }
                         writeChunks(key, chunks, index + 1, done);
                     });
}

void TokenStore::load(const QString &accountKey, Loaded loaded)
{
    backend()->read(chunkKey(accountKey, 0), this,
                    [this, accountKey, loaded = std::move(loaded)](const SecretBackend::Result &result) {
                        if (result.status == SecretBackend::Status::NotFound) {
                            loaded(std::nullopt, {});
                            return;
                        }
                        if (result.status == SecretBackend::Status::Unavailable) {
                            useMemoryFallback(result.errorString);
                            loaded(std::nullopt, {});
                            return;
                        }
                        if (result.status != SecretBackend::Status::Ok) {
                            loaded(std::nullopt, keychainError(result));
                            return;
                        }
                        QByteArray data = result.data;
                        const qsizetype colon = data.indexOf(':', kHeaderPrefix.size());
                        const int count = data.startsWith(kHeaderPrefix.latin1())
                            ? data.mid(kHeaderPrefix.size(), colon - kHeaderPrefix.size()).toInt()
                            : 0;
                        if (count < 1 || count > kMaxChunks) {
                            loaded(std::nullopt,
                                   AuthError::make(AuthError::Kind::Keychain, tr("the stored sign-in is unreadable")));
                            return;
                        }
                        readChunks(accountKey, count, 1, data.mid(colon + 1), loaded);
                    });
}

void TokenStore::readChunks(const QString &key, int count, int index, QByteArray collected, Loaded loaded)
{
    if (index == count) {
        const auto session = deserialise(collected);
        loaded(session,
               session ? AuthError()
                       : AuthError::make(AuthError::Kind::Keychain, tr("the stored sign-in is unreadable")));
        return;
    }
    backend()->read(
        chunkKey(key, index), this,
        [this, key, count, index, collected, loaded = std::move(loaded)](const SecretBackend::Result &result) {
            if (result.status != SecretBackend::Status::Ok) {
                loaded(std::nullopt,
                       AuthError::make(AuthError::Kind::Keychain, tr("part of the stored sign-in is missing")));
                return;
            }
            readChunks(key, count, index + 1, collected + result.data, loaded);
        });
}

void TokenStore::remove(const QString &accountKey, Done done)
{
    removeChunks(accountKey, 0, std::move(done));
}

void TokenStore::removeChunks(const QString &key, int index, Done done)
{
    if (index == kMaxChunks) {
        done({});
        return;
    }
    backend()->remove(
        chunkKey(key, index), this, [this, key, index, done = std::move(done)](const SecretBackend::Result &result) {
            if (result.status == SecretBackend::Status::Unavailable && !m_memory) {
                // Nothing can be stored where there is no keychain; the in-memory copy goes with it.
                done({});
                return;
            }
            if (result.status != SecretBackend::Status::Ok && result.status != SecretBackend::Status::NotFound) {
                done(keychainError(result));
                return;
            }
            removeChunks(key, index + 1, done);
        });
}

} // namespace MentorDesk
