#include "support/SmallDisk.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

namespace {

QString g_path;
QByteArray g_reason = "SmallDisk::prepare() was not called";

QString ballastPath()
{
    return g_path + u"/.ballast"_s;
}

#ifdef Q_OS_LINUX
QByteArray systemError(const char *what)
{
    return QByteArray(what) + ": " + std::strerror(errno);
}

bool writeProcFile(const char *path, const QByteArray &content)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    ::close(fd);
    return written;
}

// A mount namespace of its own: directly as root, else inside a user namespace of its own that maps the user to
// itself (which gives the process the right to mount there; see user_namespaces(7) and mount_namespaces(7)).
QByteArray enterPrivateMountNamespace()
{
    if (::unshare(CLONE_NEWNS) == 0)
        return {};
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
        return systemError("unshare(CLONE_NEWUSER | CLONE_NEWNS)");
    if (!writeProcFile("/proc/self/setgroups", "deny")
        || !writeProcFile("/proc/self/uid_map", QByteArray::number(uid) + ' ' + QByteArray::number(uid) + " 1")
        || !writeProcFile("/proc/self/gid_map", QByteArray::number(gid) + ' ' + QByteArray::number(gid) + " 1"))
        return systemError("mapping the user into its namespace");
    return {};
}
#endif

} // namespace

QByteArray SmallDisk::prepare(qint64 sizeBytes)
{
#ifdef Q_OS_LINUX
    g_reason = enterPrivateMountNamespace();
    if (!g_reason.isEmpty())
        return g_reason;
    // Mounts made from here on stay in this namespace: none of them propagates to the rest of the system.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return g_reason = systemError("making the mounts private");
    QByteArray mountPoint = QFile::encodeName(QDir::tempPath() + u"/mentordesk-small-disk-XXXXXX"_s);
    if (!::mkdtemp(mountPoint.data()))
        return g_reason = systemError("mkdtemp");
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0700";
    if (::mount("tmpfs", mountPoint.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
        g_reason = systemError("mounting a tmpfs");
        ::rmdir(mountPoint.constData());
        return g_reason;
    }
    g_path = QFile::decodeName(mountPoint);
    g_reason.clear();
    return {};
#else
    Q_UNUSED(sizeBytes)
    return g_reason = "a disk of the test's own needs a private tmpfs mount (Linux)";
#endif
}

void SmallDisk::release()
{
#ifdef Q_OS_LINUX
    if (g_path.isEmpty())
        return;
    const QByteArray mountPoint = QFile::encodeName(g_path);
    if (::umount2(mountPoint.constData(), MNT_DETACH) == 0)
        ::rmdir(mountPoint.constData());
    g_path.clear();
    g_reason = "released";
#endif
}

bool SmallDisk::isAvailable()
{
    return !g_path.isEmpty();
}

QByteArray SmallDisk::unavailableReason()
{
    return g_reason;
}

QString SmallDisk::path()
{
    return g_path;
}

bool SmallDisk::fill()
{
#ifdef Q_OS_LINUX
    if (g_path.isEmpty())
        return false;
    const int fd
        = ::open(QFile::encodeName(ballastPath()).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    // Large pieces first, then single blocks, until the file system refuses (ENOSPC).
    const QByteArray zeros(1024 * 1024, '\0');
    for (const qsizetype piece : {zeros.size(), qsizetype(4096), qsizetype(1)}) {
        while (::write(fd, zeros.constData(), size_t(piece)) == piece) { }
    }
    ::close(fd);
    return bytesAvailable() == 0;
#else
    return false;
#endif
}

bool SmallDisk::makeRoom()
{
    return !g_path.isEmpty() && QFile::remove(ballastPath());
}

qint64 SmallDisk::bytesAvailable()
{
#ifdef Q_OS_LINUX
    struct statvfs stats = {};
    if (g_path.isEmpty() || ::statvfs(QFile::encodeName(g_path).constData(), &stats) != 0)
        return -1;
    return qint64(stats.f_bavail) * qint64(stats.f_frsize);
#else
    return -1;
#endif
}

} // namespace MentorDesk::Test
