# Install layout (GNUInstallDirs): binary, desktop file, metainfo, icons; used by `cmake --install` and CPack.
install(TARGETS mentordesk
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
if(TARGET mentordesk-sandbox)
    install(TARGETS mentordesk-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Renders the SVG master to the icon files each platform needs (hicolor PNGs, .ico, .iconset), at build time.
qt_add_executable(mentordesk-render-icon ${PROJECT_SOURCE_DIR}/packaging/tools/render-icon.cpp)
set_target_properties(mentordesk-render-icon PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
target_link_libraries(mentordesk-render-icon PRIVATE Qt6::Gui Qt6::Svg)

if(UNIX AND NOT APPLE)
    set(linux_dir ${PROJECT_SOURCE_DIR}/packaging/linux)
    install(FILES ${linux_dir}/${MENTORDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${linux_dir}/${MENTORDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${MENTORDESK_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # PNG sizes for the hicolor theme, rendered from the SVG at build time.
    set(icon_pngs)
    foreach(size 48 128 256)
        set(png ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/${MENTORDESK_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                $<TARGET_FILE:mentordesk-render-icon> ${PROJECT_SOURCE_DIR}/resources/icons/${MENTORDESK_APP_ID}.svg ${size} ${png}
            DEPENDS mentordesk-render-icon ${PROJECT_SOURCE_DIR}/resources/icons/${MENTORDESK_APP_ID}.svg
            VERBATIM)
        list(APPEND icon_pngs ${png})
        install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(mentordesk-icons ALL DEPENDS ${icon_pngs})

    # Debian policy files, so the package passes lintian's basic checks.
    install(FILES ${linux_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mentordesk)
    set(changelog ${PROJECT_BINARY_DIR}/changelog.Debian.gz)
    add_custom_command(OUTPUT ${changelog}
        COMMAND gzip -n -9 -c ${linux_dir}/changelog.Debian > ${changelog}
        DEPENDS ${linux_dir}/changelog.Debian VERBATIM)
    add_custom_target(mentordesk-changelog ALL DEPENDS ${changelog})
    install(FILES ${changelog} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mentordesk)
endif()
