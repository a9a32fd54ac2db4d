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

    # Debian policy files, so the package is lintian-clean (packaging.deb runs lintian). The version has no Debian
    # revision (a native package), so the changelog is changelog.gz, not changelog.Debian.gz.
    install(FILES ${linux_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mentordesk)
    set(changelog ${PROJECT_BINARY_DIR}/changelog.gz)
    set(gzipped ${changelog})
    add_custom_command(OUTPUT ${changelog}
        COMMAND gzip -n -9 -c ${linux_dir}/changelog.Debian > ${changelog}
        DEPENDS ${linux_dir}/changelog.Debian VERBATIM)
    install(FILES ${changelog} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mentordesk)
    foreach(page mentordesk mentordesk-sandbox)
        set(manpage ${PROJECT_BINARY_DIR}/man/${page}.1.gz)
        add_custom_command(OUTPUT ${manpage}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
            COMMAND gzip -n -9 -c ${linux_dir}/${page}.1 > ${manpage}
            DEPENDS ${linux_dir}/${page}.1 VERBATIM)
        list(APPEND gzipped ${manpage})
    endforeach()
    install(FILES ${PROJECT_BINARY_DIR}/man/mentordesk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    if(TARGET mentordesk-sandbox)
        install(FILES ${PROJECT_BINARY_DIR}/man/mentordesk-sandbox.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
    add_custom_target(mentordesk-docs ALL DEPENDS ${gzipped})
endif()
