#pragma once

#include <QFileDevice>

namespace MentorDesk::Test {

// What the tests expect of MentorDesk's folders and files on Unix, written out here rather than taken from the
// app, so a change to the app's permissions fails the tests.
inline constexpr QFileDevice::Permissions kPrivateDirectory = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
inline constexpr QFileDevice::Permissions kPrivateFile
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace MentorDesk::Test
