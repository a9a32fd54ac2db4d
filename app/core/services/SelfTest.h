#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace MentorDesk {

class SecretBackend;

// `mentordesk --self-test`: checks, without a window, that each run-time part an install needs is present and
// works, so an installer, a package test or a user can tell a broken install from a broken sign-in. The parts are
// mostly Qt plugins that deployment tools (windeployqt, macdeployqt, a distribution's packaging) must ship next
// to the binary: the TLS backend, the SQLite driver, the platform plugin, the SVG image and icon plugins; then the
// app's translations and icons (resources) and the keychain.
class SelfTest
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::SelfTest)

public:
    enum class Status {
        Ok,
        Missing, // the install is broken: the self-test fails
        Unavailable, // present but not usable on this session (e.g. no Secret Service); reported, not a failure
    };
    struct Check
    {
        QString part; // tls, sqlite, keychain, platform, images, translations, icons
        Status status = Status::Ok;
        QString detail; // what was found, or what is missing (English: for install logs)
    };

    struct Parts
    {
        SecretBackend *keychain = nullptr; // probed with one read of a key that does not exist
        QString translationsDirectory = QStringLiteral(":/i18n");
        QString iconsDirectory = QStringLiteral(":/icons"); // every SVG in it must render
        int keychainTimeoutMs = 10000;
    };

    static QList<Check> run(const Parts &parts);
    static QString line(const Check &check); // "tls: ok (openssl 3.0.11)"
    static int exitCode(const QList<Check> &checks); // 0, or 1 when a part is Missing

    // The platform plugin names that can show MentorDesk's window on this operating system.
    static QStringList platformPlugins();
};

} // namespace MentorDesk
