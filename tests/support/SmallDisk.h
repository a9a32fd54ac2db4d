#pragma once

#include <QByteArray>
#include <QString>

namespace MentorDesk::Test {

// A small disk of the test's own that it can fill up, for "disk full" cells: a tmpfs mounted in a mount namespace
// private to the test process (Linux), so the operating system itself answers "no space left on device" to every
// write that needs a new block, as on a full disk, and nothing of it is visible to the rest of the system. The mount
// goes away with the process; release() unmounts it and removes the empty mount point.
//
// prepare() must run first thing in main(), before QCoreApplication: a process joins a user namespace of its own
// (what it needs to mount when it is not root) only while it has one thread.
//   int main(int argc, char *argv[]) { SmallDisk::prepare(); QCoreApplication app(argc, argv); ... }
class SmallDisk
{
public:
    static constexpr qint64 kDefaultSize = 16 * 1024 * 1024;

    // Empty when the disk is mounted, else why not (not Linux, namespaces not allowed here, ...).
    static QByteArray prepare(qint64 sizeBytes = kDefaultSize);
    static void release();
    static bool isAvailable();
    static QByteArray unavailableReason();
    static QString path(); // the mount point (a fresh folder under the temporary folder), empty when unavailable

    // Takes every block still free with a ballast file: true when none is left.
    static bool fill();
    // Deletes the ballast: the space is back.
    static bool makeRoom();
    static qint64 bytesAvailable(); // -1 when unavailable
};

} // namespace MentorDesk::Test
