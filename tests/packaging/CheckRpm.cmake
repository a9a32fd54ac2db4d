# Builds the RPM from the current build tree with CPack and checks, with rpm itself, that it lists what a desktop
# install needs and requires what the binary loads. Built on Debian it links Debian's Qt, so it only proves the recipe;
# the forge CI builds and installs the real one on Fedora (.github/workflows/build.yml).
include(${CMAKE_CURRENT_LIST_DIR}/PackagingChecks.cmake)
mentordesk_cpack(RPM rpm rpm_file)

mentordesk_run(contents COMMAND ${RPM} -qpl ${rpm_file})
message(STATUS "rpm -qpl ${rpm_file}:\n${contents}")
mentordesk_expect_listed(${rpm_file} "${contents}"
    /usr/bin/mentordesk
    /usr/share/applications/${APP_ID}.desktop
    /usr/share/metainfo/${APP_ID}.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    /usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
    /usr/share/icons/hicolor/128x128/apps/${APP_ID}.png
    /usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
    /usr/share/man/man1/mentordesk.1.gz)
# Directories the filesystem package owns would make rpm -e remove them or conflict with other packages.
foreach(shared /usr/share/applications /usr/share/icons/hicolor /usr/share/man/man1 /usr/bin)
    string(FIND "${contents}\n" "\n${shared}\n" hit)
    if(NOT hit EQUAL -1 OR contents MATCHES "^${shared}\n")
        message(FATAL_ERROR "${rpm_file} claims the shared directory ${shared}")
    endif()
endforeach()

mentordesk_run(requires COMMAND ${RPM} -qpR ${rpm_file})
message(STATUS "rpm -qpR:\n${requires}")
foreach(needed "libQt6Widgets.so.6" "libQt6NetworkAuth.so.6" "libqt6keychain.so.1" "libsecret" "qt6-qtsvg")
    string(FIND "${requires}" "${needed}" hit)
    if(hit EQUAL -1)
        message(FATAL_ERROR "${rpm_file} does not require ${needed}:\n${requires}")
    endif()
endforeach()
