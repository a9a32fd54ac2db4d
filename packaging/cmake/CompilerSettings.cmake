# Warning and sanitizer flags shared by every MentorDesk target (applied through mentordesk_settings).
add_library(mentordesk_settings INTERFACE)
add_library(MentorDesk::Settings ALIAS mentordesk_settings)

target_compile_options(mentordesk_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive->)

if(MENTORDESK_WARNINGS_AS_ERRORS)
    target_compile_options(mentordesk_settings INTERFACE
        $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Werror>
        $<$<CXX_COMPILER_ID:MSVC>:/WX>)
endif()

if(MENTORDESK_SANITIZE)
    target_compile_options(mentordesk_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(mentordesk_settings INTERFACE -fsanitize=address,undefined)
endif()

target_compile_definitions(mentordesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    MENTORDESK_APP_ID="${MENTORDESK_APP_ID}")
