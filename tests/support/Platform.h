#pragma once

#include <QByteArray>
#include <QTimeZone>
#include <QtGlobal>

#ifndef Q_OS_WIN
#include <time.h> // tzset (POSIX)
#endif

namespace MentorDesk::Test {

// Where tests/CMakeLists.txt gives every test a private home through XDG_CONFIG_HOME, XDG_DATA_HOME and
// XDG_CACHE_HOME: Linux and the other non-Apple Unixes. Qt does not read those on Windows or macOS
// (https://doc.qt.io/qt-6/qstandardpaths.html#StandardLocation-enum) and QSettings uses the registry or a plist
// there, so a test runs in the user's own profile, under its own application name.
inline constexpr bool kXdgHome =
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    true;
#else
    false;
#endif

// Pins this process's local time zone to an IANA zone; call before QCoreApplication exists. Unix (Linux, macOS)
// reads it from TZ. Windows cannot be pinned that way: its C runtime understands only "PST8PDT"-style values
// (https://learn.microsoft.com/en-us/cpp/c-runtime-library/reference/tzset) and Qt asks Windows itself for
// the system zone, so TZ is left alone there and the machine's own zone stays. A test that relies on the pinned
// zone checks machineTimeZoneIs() and skips.
inline void pinMachineTimeZone(const char *ianaId)
{
#ifdef Q_OS_WIN
    Q_UNUSED(ianaId)
#else
    qputenv("TZ", ianaId);
    tzset();
#endif
}

inline bool machineTimeZoneIs(const char *ianaId)
{
    return QTimeZone::systemTimeZoneId() == QByteArray(ianaId);
}

// Why the real-keychain tests cannot run here, or empty when they can. They need the Linux Secret Service
// (gnome-keyring on a private D-Bus session, which scripts/with-keyring.sh starts), answering, and with
// needsSecretTool also secret-tool to look inside it. On Windows and macOS the keychain is the user's own
// Credential Manager or login Keychain, which tests leave alone. Use through MENTORDESK_REQUIRE_SECRET_SERVICE.
QByteArray secretServiceMissing(bool needsSecretTool = false);

} // namespace MentorDesk::Test

// On Linux the Secret Service is part of the test environment (scripts/test.sh starts gnome-keyring), so its absence
// fails the test instead of hiding it; on Windows and macOS the test is skipped with the reason.
#define MENTORDESK_REQUIRE_SECRET_SERVICE(needsSecretTool)                                                             \
    do {                                                                                                               \
        const QByteArray missing_ = ::MentorDesk::Test::secretServiceMissing(needsSecretTool);                         \
        if (!missing_.isEmpty()) {                                                                                     \
            if (::MentorDesk::Test::kXdgHome)                                                                          \
                QFAIL(missing_.constData());                                                                           \
            QSKIP(missing_.constData());                                                                               \
        }                                                                                                              \
    } while (false)
