# Code signing with the hardened runtime, run by CPack after staging the install tree and before it makes the DMG
# (CPACK_PRE_BUILD_SCRIPTS). Inside-out, as Apple requires: libraries, frameworks and plugins first, the app last
# (no --deep: https://developer.apple.com/documentation/xcode/creating-distribution-signed-code-for-the-mac).
#   MENTORDESK_MACOS_SIGN_IDENTITY   e.g. "Developer ID Application: Example Ltd (TEAMID1234)", in an unlocked keychain
# Unset: nothing is signed and the build says so.
cmake_minimum_required(VERSION 3.25)

if("$ENV{MENTORDESK_MACOS_SIGN_IDENTITY}" STREQUAL "")
    message(STATUS "sign: MENTORDESK_MACOS_SIGN_IDENTITY is not set, the app is left unsigned")
    return()
endif()
set(identity "$ENV{MENTORDESK_MACOS_SIGN_IDENTITY}")

function(mentordesk_codesign path)
    execute_process(COMMAND codesign --force --timestamp --options runtime --sign "${identity}" ${ARGN} "${path}"
        RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "sign: codesign failed for ${path}")
    endif()
endfunction()

set(root "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
file(GLOB apps LIST_DIRECTORIES true "${root}/*.app")
if(NOT apps)
    message(FATAL_ERROR "sign: no .app in ${root}")
endif()

foreach(app IN LISTS apps)
    file(GLOB_RECURSE dylibs LIST_DIRECTORIES false "${app}/Contents/*.dylib")
    foreach(lib IN LISTS dylibs)
        mentordesk_codesign("${lib}")
    endforeach()
    file(GLOB frameworks LIST_DIRECTORIES true "${app}/Contents/Frameworks/*.framework")
    foreach(framework IN LISTS frameworks)
        mentordesk_codesign("${framework}")
    endforeach()
    mentordesk_codesign("${app}" --entitlements "${CPACK_MENTORDESK_ENTITLEMENTS}")
    execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${app}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "sign: ${app} does not verify")
    endif()
endforeach()

# Executables installed next to the bundle (bin/, e.g. the demo tenant) are in the DMG too; notarization needs every
# Mach-O in it signed.
file(GLOB_RECURSE others LIST_DIRECTORIES false "${root}/bin/*")
foreach(file IN LISTS others)
    mentordesk_codesign("${file}")
endforeach()
