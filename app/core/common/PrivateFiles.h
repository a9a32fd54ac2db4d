#pragma once

#include <QString>

namespace MentorDesk {

// MentorDesk's folders hold calendars, drafts, queued writes and settings of the user's organisation: on Unix they
// are 0700 and their files 0600, as ssh and gpg keep theirs. On Windows and macOS the per-user profile folders are
// already private to the user; these functions do nothing there.
class PrivateFiles
{
public:
    // Every file and folder this process creates from now on is private (umask 077). Called first in main().
    static void restrictNewFiles();
    // Creates the folder (and its missing parents) and makes it 0700; true when it exists afterwards.
    static bool makeDirectory(const QString &path);
    // Makes an existing folder 0700 and everything under it 0700 (folders) or 0600 (files): repairs what an older
    // version, or another program, created with wider permissions.
    static void restrictTree(const QString &path);
};

} // namespace MentorDesk
