# CPack: a .deb (cpack -G DEB) and an RPM (cpack -G RPM) built offline on Linux. The Windows installer (NSIS) and the
# macOS DMG are configured in packaging/windows and packaging/macos; they are built by the forge CI (.github/workflows).
set(CPACK_PACKAGE_NAME "mentordesk")
set(CPACK_PACKAGE_VENDOR "The MentorDesk developers")
set(CPACK_PACKAGE_CONTACT "The MentorDesk developers <hello@mentordesk.io>")
# Debian wants a synopsis under 80 characters that the long description does not repeat.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Teams mentoring sessions and Outlook calendars for Microsoft 365")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MentorDesk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QtKeychain dlopens libsecret at run time, so dpkg-shlibdeps cannot see it; a Secret Service is only recommended.
# The SQLite driver is a plugin: dpkg-shlibdeps cannot see it either.
# The SVG image and icon plugins (icons, --self-test) are in libqt6svg6 up to Qt 6.5 and in qt6-svg-plugins from 6.6.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libsecret-1-0, qt6-qpa-plugins, libqt6svg6, qt6-svg-plugins | libqt6svg6 (<< 6.6), libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, xdg-utils, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "MentorDesk signs mentors in with delegated Microsoft Graph permissions only,
shows every permission before consent, shows Outlook calendars (own and
shared), books Teams mentoring sessions and posts to a chosen Teams channel.")

# RPM for Fedora and openSUSE. rpmbuild finds the shared libraries' sonames itself (AUTOREQ); what is dlopened
# (libsecret by QtKeychain, the SQLite and SVG plugins) is named here, with Fedora's name first and openSUSE's second
# as rich dependencies (rpm 4.13+). Fedora's qt6-qtbase ships the SQLite driver itself.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-only")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "(libsecret or libsecret-1-0), (qt6-qtsvg or qt6-svg), (qt6-qtbase or qt6-sql-sqlite)")
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring, xdg-utils")
# Directories the system already owns must not be claimed by the package (rpm -e would try to remove them).
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/doc)
foreach(size 48x48 128x128 256x256 scalable)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()

# Which installer recipe applies. tests/packaging/platforms sets it to check the Windows and macOS recipes on Linux.
if(NOT MENTORDESK_PACKAGING_PLATFORM)
    if(WIN32)
        set(MENTORDESK_PACKAGING_PLATFORM Windows)
    elseif(APPLE)
        set(MENTORDESK_PACKAGING_PLATFORM macOS)
    else()
        set(MENTORDESK_PACKAGING_PLATFORM Linux)
    endif()
endif()
if(MENTORDESK_PACKAGING_PLATFORM STREQUAL "Windows")
    include(${PROJECT_SOURCE_DIR}/packaging/windows/Windows.cmake)
elseif(MENTORDESK_PACKAGING_PLATFORM STREQUAL "macOS")
    include(${PROJECT_SOURCE_DIR}/packaging/macos/MacOS.cmake)
endif()

include(CPack)
