#include "core/common/PrivateFiles.h"

#include "core/common/Logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr QFileDevice::Permissions kPrivateDirectory = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kPrivateFile
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

bool restrict(const QString &path, bool directory)
{
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions wanted = directory ? kPrivateDirectory : kPrivateFile;
    if (QFile::permissions(path) == wanted)
        return true;
    if (QFile::setPermissions(path, wanted))
        return true;
    qCWarning(lcApp) << "cannot make private:" << QFileInfo(path).fileName();
    return false;
#else
    // Windows: the profile folder's ACL keeps it private (see PrivateFiles.h); there is no mode to set.
    Q_UNUSED(path)
    Q_UNUSED(directory)
    return true;
#endif
}
} // namespace

void PrivateFiles::restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

bool PrivateFiles::makeDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return restrict(path, true);
}

void PrivateFiles::restrictTree(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return;
    restrict(path, true);
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString entry = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue; // never follow a link out of our folder
        restrict(entry, info.isDir());
    }
}

} // namespace MentorDesk
