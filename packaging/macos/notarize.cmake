# Signs, notarizes and staples the DMG, run by CPack after it wrote it (CPACK_POST_BUILD_SCRIPTS).
# https://developer.apple.com/documentation/security/customizing-the-notarization-workflow
#   MENTORDESK_MACOS_SIGN_IDENTITY       signing identity (unset: nothing is signed or notarized)
#   MENTORDESK_NOTARY_KEYCHAIN_PROFILE   a profile stored with `xcrun notarytool store-credentials`, or all three of:
#   MENTORDESK_NOTARY_APPLE_ID, MENTORDESK_NOTARY_TEAM_ID, MENTORDESK_NOTARY_PASSWORD (an app-specific password)
cmake_minimum_required(VERSION 3.25)

if("$ENV{MENTORDESK_MACOS_SIGN_IDENTITY}" STREQUAL "")
    message(STATUS "notarize: MENTORDESK_MACOS_SIGN_IDENTITY is not set, the DMG is neither signed nor notarized")
    return()
endif()

if(NOT "$ENV{MENTORDESK_NOTARY_KEYCHAIN_PROFILE}" STREQUAL "")
    set(credentials --keychain-profile "$ENV{MENTORDESK_NOTARY_KEYCHAIN_PROFILE}")
elseif(NOT "$ENV{MENTORDESK_NOTARY_APPLE_ID}" STREQUAL "" AND NOT "$ENV{MENTORDESK_NOTARY_TEAM_ID}" STREQUAL ""
        AND NOT "$ENV{MENTORDESK_NOTARY_PASSWORD}" STREQUAL "")
    set(credentials --apple-id "$ENV{MENTORDESK_NOTARY_APPLE_ID}" --team-id "$ENV{MENTORDESK_NOTARY_TEAM_ID}"
        --password "$ENV{MENTORDESK_NOTARY_PASSWORD}")
else()
    set(credentials)
endif()

foreach(dmg IN LISTS CPACK_PACKAGE_FILES)
    if(NOT dmg MATCHES "\\.dmg$")
        continue()
    endif()
    execute_process(COMMAND codesign --force --timestamp --sign "$ENV{MENTORDESK_MACOS_SIGN_IDENTITY}" "${dmg}"
        RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "notarize: codesign failed for ${dmg}")
    endif()
    if(NOT credentials)
        message(STATUS "notarize: no notary credentials set, ${dmg} is signed but not notarized")
        continue()
    endif()
    message(STATUS "notarize: submitting ${dmg} (waits for Apple's answer)")
    # No COMMAND_ECHO: the command line may hold the password.
    execute_process(COMMAND xcrun notarytool submit "${dmg}" ${credentials} --wait --output-format json
        OUTPUT_VARIABLE answer RESULT_VARIABLE failed)
    string(JSON status ERROR_VARIABLE no_status GET "${answer}" status)
    string(JSON id ERROR_VARIABLE no_id GET "${answer}" id)
    if(failed OR NOT status STREQUAL "Accepted")
        if(NOT no_id)
            execute_process(COMMAND xcrun notarytool log "${id}" ${credentials})
        endif()
        message(FATAL_ERROR "notarize: ${dmg} was not accepted (status: ${status}); Apple's log is above")
    endif()
    execute_process(COMMAND xcrun stapler staple "${dmg}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "notarize: stapler could not staple ${dmg}")
    endif()
    execute_process(COMMAND xcrun stapler validate "${dmg}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "notarize: the stapled ticket of ${dmg} does not validate")
    endif()
    message(STATUS "notarize: ${dmg} is notarized and stapled")
endforeach()
