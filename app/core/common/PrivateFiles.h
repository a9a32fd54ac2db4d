#pragma once

#include <QString>

namespace MentorDesk {

// MentorDesk's folders hold calendars, drafts, queued writes and settings of the user's organisation: on Unix,
// macOS included, they are 0700 and their files 0600, as ssh and gpg keep theirs. On Windows these functions do
// nothing: QFile::setPermissions does not change ACLs (https://doc.qt.io/qt-6/qfile.html#setPermissions), and the
// folders are in the user's profile (%LOCALAPPDATA%), whose inherited ACL already grants that user, SYSTEM and
// Administrators only (https://learn.microsoft.com/en-us/windows/win32/shell/knownfolderid#FOLDERID_LocalAppData).
class PrivateFiles
{
public:
    // Every file and folder this process creates from now on is private (umask 077 on Unix). Called first in main().
    static void restrictNewFiles();
    // Creates the folder (and its missing parents) and makes it 0700; true when it exists afterwards.
    static bool makeDirectory(const QString &path);
    // Makes an existing folder 0700 and everything under it 0700 (folders) or 0600 (files): repairs what an older
    // version, or another program, created with wider permissions.
    static void restrictTree(const QString &path);
};

} // namespace MentorDesk
