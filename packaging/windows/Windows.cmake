# Windows: version resource + icon on mentordesk.exe, the post-deploy check, Authenticode signing and the NSIS
# installer. Included from packaging/cmake/Packaging.cmake inside if(WIN32), before include(CPack).
# windeployqt itself runs from packaging/cmake/Deploy.cmake (qt_generate_deploy_app_script), which also installs
# qt6keychain.dll.
set(windows_dir ${PROJECT_SOURCE_DIR}/packaging/windows)
set(app_svg ${PROJECT_SOURCE_DIR}/resources/icons/${MENTORDESK_APP_ID}.svg)

# --- Icon: one multi-size .ico (16 to 256 px, the list is in render-icon) rendered from the SVG master -------------
# mentordesk-render-icon is defined in packaging/cmake/Install.cmake.
set(mentordesk_ico ${PROJECT_BINARY_DIR}/packaging/windows/mentordesk.ico)
add_custom_command(OUTPUT ${mentordesk_ico}
    # The helper runs from the build tree: put Qt's DLLs on its PATH.
    COMMAND ${CMAKE_COMMAND} -E env --modify "PATH=path_list_prepend:$<TARGET_FILE_DIR:Qt6::Core>"
        QT_QPA_PLATFORM=offscreen
        $<TARGET_FILE:mentordesk-render-icon> --ico ${app_svg} ${mentordesk_ico}
    DEPENDS mentordesk-render-icon ${app_svg}
    VERBATIM)
add_custom_target(mentordesk-ico DEPENDS ${mentordesk_ico})

# --- Version resource (https://learn.microsoft.com/windows/win32/menurc/versioninfo-resource) ----------------------
# IDI_ICON1 is the name Qt looks for as the window icon (https://doc.qt.io/qt-6/appicon.html).
set(MENTORDESK_RC_VERSION_COMMA "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
file(TO_NATIVE_PATH "${mentordesk_ico}" MENTORDESK_RC_ICON)
string(REPLACE "\\" "\\\\" MENTORDESK_RC_ICON "${MENTORDESK_RC_ICON}")
configure_file(${windows_dir}/mentordesk.rc.in ${PROJECT_BINARY_DIR}/packaging/windows/mentordesk.rc @ONLY)
target_sources(mentordesk PRIVATE ${PROJECT_BINARY_DIR}/packaging/windows/mentordesk.rc)
# The resource compiler embeds the .ico: build it first and recompile the .rc when it changes.
add_dependencies(mentordesk mentordesk-ico)
set_source_files_properties(${PROJECT_BINARY_DIR}/packaging/windows/mentordesk.rc TARGET_DIRECTORY mentordesk
    PROPERTIES OBJECT_DEPENDS ${mentordesk_ico})

# --- Deployed tree check, after windeployqt (install scripts run in the order they are declared) -------------------
# Deploy.cmake's windeployqt writes qt_<lang>.qm; the app loads qtbase_<lang>.qm (app/main.cpp), so ship those too.
install(DIRECTORY ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/ DESTINATION translations
    FILES_MATCHING PATTERN "qtbase_*.qm")
install(SCRIPT ${windows_dir}/deploy.cmake)

# --- Signing: CPack runs these after staging the install tree / after writing the installer ------------------------
set(CPACK_PRE_BUILD_SCRIPTS ${windows_dir}/sign.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${windows_dir}/sign.cmake)
set(CPACK_MENTORDESK_SIGN_DESCRIPTION "MentorDesk")
set(CPACK_MENTORDESK_SIGN_URL "${PROJECT_HOMEPAGE_URL}")

# --- NSIS installer (https://cmake.org/cmake/help/latest/cpack_gen/nsis.html) ---------------------------------------
# Per-machine install: CPack's stock NSIS template asks for elevation (RequestExecutionLevel admin), installs under
# Program Files and registers the uninstaller in HKLM; a per-user install would need a custom template.
set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MentorDesk")
# A stable key (CPack's default includes the version) lets a new version find and replace the installed one.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "MentorDesk")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_PACKAGE_NAME "MentorDesk")
set(CPACK_NSIS_DISPLAY_NAME "MentorDesk")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "hello@mentordesk.io")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_MUI_ICON "${mentordesk_ico}")
set(CPACK_NSIS_MUI_UNIICON "${mentordesk_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mentordesk.exe")
# Start-menu shortcut "MentorDesk" to bin\mentordesk.exe (plus CPack's own "Uninstall" shortcut).
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_PACKAGE_EXECUTABLES "mentordesk" "MentorDesk")
# No "Run MentorDesk" on the finish page: it would start the app elevated, with the installer's admin token.
set(CPACK_PACKAGE_FILE_NAME "MentorDesk-${PROJECT_VERSION}-win64")
