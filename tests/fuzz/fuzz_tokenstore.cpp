// TokenStore's chunk header and joining: what a keychain entry holds is read back by TokenStore::load. Another
// program, an older MentorDesk or a damaged keychain can leave anything there, so every header, chunk count and
// chunk content is fed in. A save followed by a load gives the session back, whatever the tokens' size.
#include "FuzzInput.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/TokenStore.h"

#include <QCoreApplication>

#include <memory>

using namespace MentorDesk;

namespace {

// Never destroyed: QCoreApplication cannot be torn down by exit handlers, after Qt's own globals are gone.
QCoreApplication *application = nullptr;

// The backend's callbacks are queued (as the real keychain's are): run the event loop until done() says so.
template<typename Done>
void waitFor(const Done &done)
{
    for (int i = 0; i < 10000 && !done(); ++i)
        QCoreApplication::processEvents();
    MD_FUZZ_CHECK(done());
}

void write(MemorySecretBackend &backend, QObject *context, const QString &key, const QByteArray &data)
{
    bool written = false;
    backend.write(key, data, context, [&](const SecretBackend::Result &) { written = true; });
    waitFor([&] { return written; });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::FuzzInput input(data, size);
    MemorySecretBackend backend;
    QObject context;
    StoredSession session;
    session.account.objectId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    session.account.tenantId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    session.clientId = QStringLiteral("00000000-0000-0000-0000-00000000c1e7");
    const QString key = session.account.key();
    // The header entry, then chunks of both layouts and generations.
    write(backend, &context, key, input.next());
    for (const QString &chunk : {QStringLiteral("#a1"), QStringLiteral("#a2"), QStringLiteral("#b1"),
                                 QStringLiteral("#b2"), QStringLiteral("#1"), QStringLiteral("#2")}) {
        if (input.atEnd())
            break;
        write(backend, &context, key + chunk, input.next());
    }

    TokenStore store(&backend);
    bool loaded = false;
    store.load(key, [&](const std::optional<StoredSession> &found, const AuthError &) {
        if (found)
            MD_FUZZ_CHECK(found->account.isValid());
        loaded = true;
    });
    waitFor([&] { return loaded; });

    // Saved over whatever was there, any token text (up to what fits kMaxChunks chunks) comes back as saved.
    session.account.username = input.nextString();
    session.tokens.accessToken = input.nextString();
    session.tokens.refreshToken = input.nextString();
    bool saved = false;
    AuthError saveError;
    store.save(session, [&](const AuthError &error) {
        saveError = error;
        saved = true;
    });
    waitFor([&] { return saved; });
    if (saveError.isError())
        return 0; // too large for kMaxChunks: refused, never half-written
    bool reloaded = false;
    store.load(key, [&](const std::optional<StoredSession> &back, const AuthError &error) {
        MD_FUZZ_CHECK(!error.isError());
        MD_FUZZ_CHECK(back.has_value());
        MD_FUZZ_CHECK(back->tokens.accessToken == session.tokens.accessToken);
        MD_FUZZ_CHECK(back->tokens.refreshToken == session.tokens.refreshToken);
        MD_FUZZ_CHECK(back->account.username == session.account.username);
        reloaded = true;
    });
    waitFor([&] { return reloaded; });
    return 0;
}
