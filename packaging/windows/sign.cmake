# Authenticode signing with signtool, run by CPack twice (CPACK_PRE_BUILD_SCRIPTS / CPACK_POST_BUILD_SCRIPTS):
#   - after staging the install tree: every .exe/.dll that carries no valid signature yet (ours: mentordesk.exe,
#     mentordesk-sandbox.exe, qt6keychain.dll; Qt's own DLLs keep The Qt Company's signature);
#   - after writing the installer: the installer .exe(s) in CPACK_PACKAGE_FILES.
# Driven by the environment; without MENTORDESK_SIGN_CERT nothing is signed and the build says so.
#   MENTORDESK_SIGN_CERT            path to the code-signing certificate (.pfx)
#   MENTORDESK_SIGN_PASSWORD        its password (optional)
#   MENTORDESK_SIGN_TIMESTAMP_URL   RFC 3161 timestamp server of your certificate vendor (required when signing)
# signtool: https://learn.microsoft.com/windows/win32/seccrypto/signtool
cmake_minimum_required(VERSION 3.25)

if(DEFINED CPACK_PACKAGE_FILES)
    set(stage "the installer")
    set(candidates)
    foreach(file IN LISTS CPACK_PACKAGE_FILES)
        if(file MATCHES "\\.exe$")
            list(APPEND candidates "${file}")
        endif()
    endforeach()
else()
    set(stage "the staged .exe/.dll files")
    file(GLOB_RECURSE candidates LIST_DIRECTORIES false
        "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.exe" "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.dll")
endif()

if("$ENV{MENTORDESK_SIGN_CERT}" STREQUAL "")
    message(STATUS "sign: MENTORDESK_SIGN_CERT is not set, so nothing is signed (${stage})")
    return()
endif()
if(NOT EXISTS "$ENV{MENTORDESK_SIGN_CERT}")
    message(FATAL_ERROR "sign: MENTORDESK_SIGN_CERT names $ENV{MENTORDESK_SIGN_CERT}, which does not exist")
endif()
if("$ENV{MENTORDESK_SIGN_TIMESTAMP_URL}" STREQUAL "")
    # Without a timestamp the signature becomes invalid when the certificate expires.
    message(FATAL_ERROR "sign: set MENTORDESK_SIGN_TIMESTAMP_URL to your certificate vendor's RFC 3161 timestamp server")
endif()

# signtool ships with the Windows SDK; a Developer Command Prompt has it on PATH.
set(program_files_x86 "ProgramFiles(x86)")
file(GLOB sdk_bins "$ENV{${program_files_x86}}/Windows Kits/10/bin/10.*/x64")
list(SORT sdk_bins COMPARE NATURAL ORDER DESCENDING)
find_program(SIGNTOOL signtool HINTS ${sdk_bins} REQUIRED)

set(to_sign)
foreach(file IN LISTS candidates)
    execute_process(COMMAND "${SIGNTOOL}" verify /pa /q "${file}"
        RESULT_VARIABLE unsigned OUTPUT_QUIET ERROR_QUIET)
    if(unsigned)
        list(APPEND to_sign "${file}")
    endif()
endforeach()
if(NOT to_sign)
    message(STATUS "sign: nothing unsigned among the ${stage}")
    return()
endif()

set(password)
if(NOT "$ENV{MENTORDESK_SIGN_PASSWORD}" STREQUAL "")
    set(password /p "$ENV{MENTORDESK_SIGN_PASSWORD}")
endif()
foreach(file IN LISTS to_sign)
    message(STATUS "sign: ${file}")
    # No COMMAND_ECHO: the command line holds the password.
    execute_process(COMMAND "${SIGNTOOL}" sign /q /fd SHA256 /f "$ENV{MENTORDESK_SIGN_CERT}" ${password}
            /tr "$ENV{MENTORDESK_SIGN_TIMESTAMP_URL}" /td SHA256
            /d "${CPACK_MENTORDESK_SIGN_DESCRIPTION}" /du "${CPACK_MENTORDESK_SIGN_URL}" "${file}"
        RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "sign: signtool could not sign ${file}")
    endif()
    execute_process(COMMAND "${SIGNTOOL}" verify /pa /q "${file}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "sign: ${file} does not verify after signing")
    endif()
endforeach()
