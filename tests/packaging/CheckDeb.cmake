# Builds the .deb from the current build tree with CPack and checks that it ships what a desktop install needs.
include(${CMAKE_CURRENT_LIST_DIR}/PackagingChecks.cmake)
mentordesk_cpack(DEB deb debs)

mentordesk_run(contents COMMAND dpkg-deb -c ${debs})
mentordesk_run(fields COMMAND dpkg-deb -f ${debs} Package Depends)
message(STATUS "Package: ${debs}\n${fields}")
mentordesk_expect_listed(${debs} "${contents}"
    ./usr/bin/mentordesk
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ./usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
    ./usr/share/doc/mentordesk/copyright
    ./usr/share/doc/mentordesk/changelog.gz
    ./usr/share/man/man1/mentordesk.1.gz)
foreach(dependency "libsecret-1-0" "libqt6widgets6" "libqt6keychain1" "libqt6networkauth6" "libqt6sql6-sqlite")
    if(NOT fields MATCHES "${dependency}")
        message(FATAL_ERROR "the .deb does not depend on ${dependency}: ${fields}")
    endif()
endforeach()
# The packaged binary itself (stripped, as installed) starts and finds every run-time part on this system. The
# keychain may be "unavailable" here (no Secret Service on the test's bus): that is reported, not a failure.
mentordesk_run(unpacked COMMAND dpkg-deb -x ${debs} ${WORK_DIR}/root)
foreach(option --version --self-test)
    mentordesk_run(out COMMAND ${WORK_DIR}/root/usr/bin/mentordesk ${option})
    message(STATUS "mentordesk ${option}:\n${out}")
endforeach()

# Debian policy: no errors and no warnings (there are no overrides). --fail-on needs lintian 2.77 (Debian 12 has 2.116).
mentordesk_run(out COMMAND ${LINTIAN} --fail-on error,warning --tag-display-limit 0 ${debs})
message(STATUS "lintian:\n${out}")
