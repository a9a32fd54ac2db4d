#include "core/auth/TokenStore.h"

#include "core/auth/SecretBackend.h"
#include "core/common/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

// Layout 2: the entry at the key is a small header "MDv2:<generation>:<chunk count>" naming one of two chunk
// generations, key#a1..key#aN or key#b1..key#bN. A save writes the generation the header does not name, then
// switches the header (one entry, replaced as a whole), then removes the other generation: an interruption
// anywhere leaves the header naming a complete set.
constexpr auto kHeaderV2 = "MDv2:"_L1;
// Layout 1 (first releases): "MDv1:<chunk count>:<first chunk>" at the key, then key#1, key#2, ...; still read,
// replaced by the first save.
constexpr auto kHeaderV1 = "MDv1:"_L1;

QString legacyChunkKey(const QString &key, int index)
{
    return u"%1#%2"_s.arg(key).arg(index);
}

QString chunkKey(const QString &key, char generation, int index)
{
    return u"%1#%2%3"_s.arg(key, QChar::fromLatin1(generation)).arg(index);
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

// No keychain, or one that stays locked: MentorDesk falls back to memory for this run.
bool isUnusable(const SecretBackend::Result &result)
{
    return result.status == SecretBackend::Status::Unavailable || result.status == SecretBackend::Status::Locked;
}

AuthError keychainError(const SecretBackend::Result &result)
{
    return AuthError::make(AuthError::Kind::Keychain, result.errorString);
}

// What the entry at the key says about where the rest is.
struct Header
{
    enum class Layout { None, V1, V2, Unreadable };
    Layout layout = Layout::None;
    char generation = 0; // V2: 'a' or 'b'
    int count = 0; // V1: chunks including the one in the header; V2: chunks after the header
    QByteArray firstChunk; // V1 only
};

Header parseHeader(const QByteArray &data)
{
    Header header;
    header.layout = Header::Layout::Unreadable;
    if (data.startsWith(kHeaderV2.latin1())) {
        const QList<QByteArray> parts = data.mid(kHeaderV2.size()).split(':');
        bool ok = false;
        const int count = parts.size() == 2 ? parts.at(1).toInt(&ok) : 0;
        if (ok && (parts.at(0) == "a" || parts.at(0) == "b") && count >= 1 && count <= TokenStore::kMaxChunks) {
            header.layout = Header::Layout::V2;
            header.generation = parts.at(0).at(0);
            header.count = count;
        }
    } else if (data.startsWith(kHeaderV1.latin1())) {
        const qsizetype colon = data.indexOf(':', kHeaderV1.size());
        bool ok = false;
        const int count = colon > 0 ? data.mid(kHeaderV1.size(), colon - kHeaderV1.size()).toInt(&ok) : 0;
        if (ok && count >= 1 && count <= TokenStore::kMaxChunks) {
            header.layout = Header::Layout::V1;
            header.count = count;
            header.firstChunk = data.mid(colon + 1);
        }
    }
    return header;
}

// Every chunk key a store may have left besides the header: both generations and the first layout's. Removing
// keys that do not exist is cheap, and sweeping all of them makes the next save or remove clean up after any
// earlier interruption.
QStringList chunkKeys(const QString &key, char keepGeneration = 0, int keepCount = 0)
{
    QStringList keys;
    for (char generation : {'a', 'b'}) {
        for (int i = generation == keepGeneration ? keepCount + 1 : 1; i <= TokenStore::kMaxChunks; ++i)
            keys << chunkKey(key, generation, i);
    }
    for (int i = 1; i < TokenStore::kMaxChunks; ++i)
        keys << legacyChunkKey(key, i);
    return keys;
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

void TokenStore::useMemoryFallback(const SecretBackend::Result &result)
{
    if (m_memory)
        return;
    m_memory = std::make_unique<MemorySecretBackend>();
    // What the user can do about it depends on the keychain QtKeychain uses on this platform. QtKeychain's reason
    // is English and technical (a D-Bus error name, an OSStatus): it goes to the log below, not into the sentence.
    if (result.status == SecretBackend::Status::Locked) {
        // Nothing is read, written or deleted there while it is locked: the saved sign-in is still there.
        m_unavailableReason = tr("Your keyring is locked, so MentorDesk cannot use the sign-in saved there. "
                                 "Nothing was deleted: unlock the keyring and restart MentorDesk to use it again. "
                                 "Until then, a sign-in lasts only while MentorDesk runs.");
    } else {
#if defined(Q_OS_WIN)
        m_unavailableReason = tr("The Windows Credential Manager is not available. MentorDesk keeps your sign-in "
                                 "in memory only, so you will have to sign in again the next time you start it.");
#elif defined(Q_OS_MACOS)
        m_unavailableReason = tr("Your macOS keychain is not available. MentorDesk keeps your sign-in in memory "
                                 "only, so you will have to sign in again the next time you start it. Unlock your "
                                 "login keychain in Keychain Access, or allow MentorDesk to use it, to stay signed "
                                 "in.");
#else
        m_unavailableReason = tr("No system keychain is available. MentorDesk keeps your sign-in in memory only, "
                                 "so you will have to sign in again the next time you start it. Install or unlock "
                                 "GNOME Keyring or KWallet to stay signed in.");
#endif
    }
    qCWarning(lcKeychain) << "keychain unavailable, keeping tokens in memory only:" << result.errorString;
    Q_EMIT unavailable(m_unavailableReason);
}

void TokenStore::enqueue(std::function<void(Finish)> operation)
{
    m_queue.push_back(std::move(operation));
    if (m_queue.size() == 1)
        runNext();
}

void TokenStore::runNext()
{
    if (m_queue.empty())
        return;
    // Finishing runs the next queued operation from the event loop, never inside a backend callback chain.
    m_queue.front()([this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_queue.pop_front();
                runNext();
            },
            Qt::QueuedConnection);
    });
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
    // One operation at a time: two saves writing the same generation at once would mix their chunks.
    enqueue([this, key = session.account.key(), chunks, done = std::move(done)](Finish finish) {
        saveChunks(key, chunks, [done, finish](const AuthError &error) {
            done(error);
            finish();
        });
    });
}

void TokenStore::saveChunks(const QString &key, const QList<QByteArray> &chunks, Done done)
{
    // A failure reported as "unavailable" moves everything to memory and starts over there.
    const auto fallBack = [this, key, chunks, done](const SecretBackend::Result &result) {
        if (!isUnusable(result) || m_memory)
            return false;
        useMemoryFallback(result);
        saveChunks(key, chunks, done);
        return true;
    };
    backend()->read(key, this, [this, key, chunks, done, fallBack](const SecretBackend::Result &result) {
        if (fallBack(result))
            return;
        if (result.status != SecretBackend::Status::Ok && result.status != SecretBackend::Status::NotFound) {
            // Without the header the current generation is unknown, and writing blindly could overwrite it.
            done(keychainError(result));
            return;
        }
        const Header current = result.status == SecretBackend::Status::Ok ? parseHeader(result.data) : Header();
        const char generation = current.layout == Header::Layout::V2 && current.generation == 'a' ? 'b' : 'a';
        QList<std::pair<QString, QByteArray>> writes;
        for (int i = 0; i < chunks.size(); ++i)
            writes.append({chunkKey(key, generation, i + 1), chunks.at(i)});
        writes.append({key, kHeaderV2.latin1() + QByteArray(1, generation) + ':' + QByteArray::number(chunks.size())});
        writeAll(
            writes, 0,
            [this, key, generation, count = int(chunks.size()), done, fallBack](const SecretBackend::Result &written) {
                if (fallBack(written))
                    return;
                if (written.status != SecretBackend::Status::Ok) {
                    done(keychainError(written));
                    return;
                }
                // Stored: what is left is garbage, so a failed clean-up is logged, not reported (the next save or
                // remove sweeps it).
                removeAll(chunkKeys(key, generation, count), 0, [done](const SecretBackend::Result &removed) {
                    if (removed.status != SecretBackend::Status::Ok)
                        qCWarning(lcKeychain) << "could not remove old keychain chunks:" << removed.errorString;
                    done({});
                });
            });
    });
}

void TokenStore::writeAll(const QList<std::pair<QString, QByteArray>> &writes, int index, SecretBackend::Callback done)
{
    if (index == writes.size()) {
        done({});
        return;
    }
    backend()->write(writes.at(index).first, writes.at(index).second, this,
                     [this, writes, index, done = std::move(done)](const SecretBackend::Result &result) {
                         if (result.status != SecretBackend::Status::Ok) {
                             done(result);
                             return;
                         }
                         writeAll(writes, index + 1, done);
                     });
}

void TokenStore::removeAll(const QStringList &keys, int index, SecretBackend::Callback done)
{
    if (index == keys.size()) {
        done({});
        return;
    }
    backend()->remove(
        keys.at(index), this, [this, keys, index, done = std::move(done)](const SecretBackend::Result &result) {
            if (result.status != SecretBackend::Status::Ok && result.status != SecretBackend::Status::NotFound) {
                done(result);
                return;
            }
            removeAll(keys, index + 1, done);
        });
}

void TokenStore::load(const QString &accountKey, Loaded loaded)
{
    enqueue([this, accountKey, loaded = std::move(loaded)](Finish finish) {
        loadChunks(accountKey, [loaded, finish](const std::optional<StoredSession> &session, const AuthError &error) {
            loaded(session, error);
            finish();
        });
    });
}

void TokenStore::loadChunks(const QString &accountKey, Loaded loaded)
{
    backend()->read(accountKey, this, [this, accountKey, loaded](const SecretBackend::Result &result) {
        if (result.status == SecretBackend::Status::NotFound) {
            loaded(std::nullopt, {});
            return;
        }
        if (isUnusable(result)) {
            useMemoryFallback(result);
            loaded(std::nullopt, {});
            return;
        }
        if (result.status != SecretBackend::Status::Ok) {
            loaded(std::nullopt, keychainError(result));
            return;
        }
        const Header header = parseHeader(result.data);
        QStringList keys;
        if (header.layout == Header::Layout::V2) {
            for (int i = 1; i <= header.count; ++i)
                keys << chunkKey(accountKey, header.generation, i);
        } else if (header.layout == Header::Layout::V1) {
            for (int i = 1; i < header.count; ++i)
                keys << legacyChunkKey(accountKey, i);
        } else {
            loaded(std::nullopt, AuthError::make(AuthError::Kind::Keychain, tr("the stored sign-in is unreadable")));
            return;
        }
        readChunks(keys, 0, header.firstChunk, loaded);
    });
}

void TokenStore::readChunks(const QStringList &keys, int index, QByteArray collected, Loaded loaded)
{
    if (index == keys.size()) {
        const auto session = deserialise(collected);
        loaded(session,
               session ? AuthError()
                       : AuthError::make(AuthError::Kind::Keychain, tr("the stored sign-in is unreadable")));
        return;
    }
    backend()->read(
        keys.at(index), this,
        [this, keys, index, collected, loaded = std::move(loaded)](const SecretBackend::Result &result) {
            if (result.status != SecretBackend::Status::Ok) {
                loaded(std::nullopt,
                       AuthError::make(AuthError::Kind::Keychain, tr("part of the stored sign-in is missing")));
                return;
            }
            readChunks(keys, index + 1, collected + result.data, loaded);
        });
}

void TokenStore::remove(const QString &accountKey, Done done)
{
    enqueue([this, accountKey, done = std::move(done)](Finish finish) {
        // The header first: once it is gone nothing half-removed can be loaded.
        removeAll(QStringList{accountKey} + chunkKeys(accountKey), 0,
                  [this, done, finish](const SecretBackend::Result &result) {
                      if (result.status == SecretBackend::Status::Unavailable && !m_memory) {
                          // Nothing can be stored where there is no keychain; the in-memory copy goes with it.
                          done({});
                      } else {
                          done(result.status == SecretBackend::Status::Ok ? AuthError() : keychainError(result));
                      }
                      finish();
                  });
    });
}

} // namespace MentorDesk
