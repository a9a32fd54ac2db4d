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
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_PACKAGE_NAME "MentorDesk")
    set(CPACK_NSIS_DISPLAY_NAME "MentorDesk")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
    set(CPACK_PACKAGE_EXECUTABLES "mentordesk" "MentorDesk")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "MentorDesk")
    set(CPACK_DMG_FORMAT "UDBZ")
endif()
