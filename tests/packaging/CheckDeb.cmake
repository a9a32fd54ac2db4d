# Builds the .deb from the current build tree with CPack and checks that it ships what a desktop install needs.
include(${CMAKE_CURRENT_LIST_DIR}/CpackHelpers.cmake)
mentordesk_cpack(DEB deb debs)

execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -c failed on ${debs}")
endif()
execute_process(COMMAND dpkg-deb -f ${debs} Package Depends OUTPUT_VARIABLE fields)
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
execute_process(COMMAND dpkg-deb -x ${debs} ${WORK_DIR}/root RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x failed on ${debs}")
endif()
foreach(option --version --self-test)
    execute_process(COMMAND ${WORK_DIR}/root/usr/bin/mentordesk ${option}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "mentordesk ${option}:\n${out}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "the packaged mentordesk ${option} failed (${rc}):\n${out}\n${err}")
    endif()
endforeach()

# Debian policy: no errors and no warnings (there are no overrides). --fail-on needs lintian 2.77 (Debian 12 has 2.116).
execute_process(COMMAND ${LINTIAN} --fail-on error,warning --tag-display-limit 0 ${debs}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "lintian:\n${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lintian found errors or warnings in ${debs} (${rc}):\n${out}\n${err}")
endif()
