# Windows and macOS installers: Qt's deploy tool (windeployqt / macdeployqt) runs at install time so that CPack packs
# a self-contained app. Built on those platforms' CI; Debian/Ubuntu packages use the system Qt instead.
if(NOT (WIN32 OR APPLE))
    return()
endif()

# qt_generate_deploy_app_script took FILENAME_VARIABLE up to Qt 6.4 and OUTPUT_SCRIPT from 6.5.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET mentordesk OUTPUT_SCRIPT mentordesk_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET mentordesk FILENAME_VARIABLE mentordesk_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${mentordesk_deploy_script})

if(WIN32)
    # windeployqt mistakes qt6keychain.dll for a Qt module and skips it (qtkeychain #246): install it explicitly.
    install(FILES $<TARGET_FILE:Qt6Keychain::Qt6Keychain> DESTINATION ${CMAKE_INSTALL_BINDIR})
    # The installer itself (NSIS) is configured in packaging/windows/Windows.cmake.
elseif(APPLE)
    # The bundle and the DMG are configured in packaging/macos/MacOS.cmake.
endif()
