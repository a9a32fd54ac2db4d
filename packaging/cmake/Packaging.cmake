# CPack: a .deb built offline on Debian/Ubuntu (cpack -G DEB). The Windows installer (NSIS) and the macOS DMG are
# configured in packaging/windows and packaging/macos; they are built by the forge CI (.github/workflows).
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

if(WIN32)
    include(${PROJECT_SOURCE_DIR}/packaging/windows/Windows.cmake)
elseif(APPLE)
    include(${PROJECT_SOURCE_DIR}/packaging/macos/MacOS.cmake)
endif()

include(CPack)
