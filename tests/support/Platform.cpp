#include "support/Platform.h"

#include "core/auth/KeychainSecretBackend.h"

#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

QByteArray secretServiceMissing(bool needsSecretTool)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return "needs a D-Bus session with the Secret Service (Linux): run under dbus-run-session with "
               "gnome-keyring, as scripts/with-keyring.sh does";
    if (needsSecretTool && QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
        return "needs secret-tool (libsecret-tools) to look inside the Linux Secret Service";
    // One read of a key that never exists: "not found" proves a Secret Service answers on this bus.
    KeychainSecretBackend probe(u"io.mentordesk.MentorDesk.test-probe"_s);
    std::optional<SecretBackend::Status> status;
    QEventLoop loop;
    QObject context;
    probe.read(u"probe"_s, &context, [&](const SecretBackend::Result &result) {
        status = result.status;
        loop.quit();
    });
    if (!status) {
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (status != SecretBackend::Status::NotFound && status != SecretBackend::Status::Ok)
        return "needs the Secret Service (gnome-keyring) on this D-Bus session (Linux); none answered";
    return {};
#else
    Q_UNUSED(needsSecretTool)
    return "needs the Linux Secret Service (gnome-keyring over D-Bus); here the keychain is the user's own, which "
           "tests leave alone";
#endif
}

} // namespace MentorDesk::Test
