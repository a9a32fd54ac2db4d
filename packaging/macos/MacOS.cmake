# macOS: app bundle (Info.plist, .icns), the post-deploy check, signing + notarization and the DMG.
# Included from packaging/cmake/Packaging.cmake inside if(APPLE), before include(CPack). macdeployqt itself runs
# from packaging/cmake/Deploy.cmake (qt_generate_deploy_app_script).
# Configure with -DCMAKE_OSX_DEPLOYMENT_TARGET=12.0 to match LSMinimumSystemVersion (it must be set before project()).
set(macos_dir ${PROJECT_SOURCE_DIR}/packaging/macos)
set(macos_out ${PROJECT_BINARY_DIR}/packaging/macos)
set(app_svg ${PROJECT_SOURCE_DIR}/resources/icons/${MENTORDESK_APP_ID}.svg)

# Finder and /Applications show the bundle's file name: MentorDesk.app rather than mentordesk.app.
set(MENTORDESK_BUNDLE_EXECUTABLE "MentorDesk")
set_target_properties(mentordesk PROPERTIES OUTPUT_NAME "${MENTORDESK_BUNDLE_EXECUTABLE}")

# --- Icon: .iconset of 16..512 px plus @2x (the list is in render-icon), rendered from the SVG, packed by iconutil -
# mentordesk-render-icon is defined in packaging/cmake/Install.cmake.
set(MENTORDESK_BUNDLE_ICON "MentorDesk")
set(iconset ${macos_out}/${MENTORDESK_BUNDLE_ICON}.iconset)
set(mentordesk_icns ${macos_out}/${MENTORDESK_BUNDLE_ICON}.icns)
add_custom_command(OUTPUT ${mentordesk_icns}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${iconset}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
        $<TARGET_FILE:mentordesk-render-icon> --iconset ${app_svg} ${iconset}
    COMMAND iconutil --convert icns --output ${mentordesk_icns} ${iconset}
    DEPENDS mentordesk-render-icon ${app_svg}
    VERBATIM)
add_custom_target(mentordesk-icns DEPENDS ${mentordesk_icns})
add_dependencies(mentordesk mentordesk-icns)
target_sources(mentordesk PRIVATE ${mentordesk_icns})
set_source_files_properties(${mentordesk_icns} TARGET_DIRECTORY mentordesk
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)

# --- Info.plist (keys: https://developer.apple.com/documentation/bundleresources/information-property-list) --------
# Configured here with @ONLY; CMake's own bundle step then finds nothing left to substitute.
configure_file(${macos_dir}/Info.plist.in ${macos_out}/Info.plist @ONLY)
set_target_properties(mentordesk PROPERTIES MACOSX_BUNDLE_INFO_PLIST ${macos_out}/Info.plist)

# --- Deployed bundle: Qt's qtbase translations (macdeployqt copies none; app/main.cpp loads qtbase_<lang>.qm from
# QLibraryInfo's translations path, <bundle>/Contents/translations), then the check ---------------------------------
install(DIRECTORY ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/
    DESTINATION ${MENTORDESK_BUNDLE_EXECUTABLE}.app/Contents/translations
    FILES_MATCHING PATTERN "qtbase_*.qm")
install(CODE "set(MENTORDESK_BUNDLE \"${MENTORDESK_BUNDLE_EXECUTABLE}.app\")")
install(SCRIPT ${macos_dir}/deploy.cmake)

# --- Signing (hardened runtime) before the DMG is made, notarization of the DMG after ------------------------------
set(CPACK_PRE_BUILD_SCRIPTS ${macos_dir}/sign.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${macos_dir}/notarize.cmake)
set(CPACK_MENTORDESK_ENTITLEMENTS ${macos_dir}/entitlements.plist)

# --- DMG (https://cmake.org/cmake/help/latest/cpack_gen/dmg.html); CPack adds the /Applications link -------------
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "MentorDesk")
set(CPACK_DMG_FORMAT "UDBZ")
set(CPACK_PACKAGE_FILE_NAME "MentorDesk-${PROJECT_VERSION}-macOS")
