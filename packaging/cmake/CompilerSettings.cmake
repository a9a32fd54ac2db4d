# Warning and sanitizer flags shared by every MentorDesk target (applied through mentordesk_settings).
add_library(mentordesk_settings INTERFACE)
add_library(MentorDesk::Settings ALIAS mentordesk_settings)

target_compile_options(mentordesk_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor>
    # GCC's spelling; Clang (macOS) has no -Wshadow=local and would warn about an unknown option.
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
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

# The fuzz preset (clang): every library is instrumented for libFuzzer's coverage and checked by ASan and UBSan; the
# fuzz targets themselves link libFuzzer (tests/fuzz/CMakeLists.txt).
option(MENTORDESK_FUZZ "Build the fuzz targets with libFuzzer (clang only)" OFF)
if(MENTORDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MENTORDESK_FUZZ needs clang (cmake --preset fuzz)")
    endif()
    target_compile_options(mentordesk_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(mentordesk_settings INTERFACE -fsanitize=address,undefined)
endif()

target_compile_definitions(mentordesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    MENTORDESK_APP_ID="${MENTORDESK_APP_ID}")

# --- Build speed (README "Build times") ------------------------------------------------------------------------------
# Most of a clean build is spent parsing the same Qt headers in every file. Libraries compile their sources in batches
# (unity build), so each batch parses the headers once; single-file targets (the tests) instead reuse a precompiled
# header built once by the support library they link. A library precompiles its own only when unity builds are off
# (with batches, building the PCH costs more than it saves). -DMENTORDESK_PCH=OFF -DMENTORDESK_UNITY_BUILD=OFF builds
# file by file, which is how the asan preset checks that every file includes what it uses.
option(MENTORDESK_PCH "Precompile the Qt headers the tests (and, without unity builds, the libraries) include" ON)
option(MENTORDESK_UNITY_BUILD "Compile each library's sources in batches" ON)

set(mentordesk_pch_core
    <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QJsonArray> <QtCore/QJsonDocument>
    <QtCore/QJsonObject> <QtCore/QList> <QtCore/QLoggingCategory> <QtCore/QObject> <QtCore/QPointer>
    <QtCore/QString> <QtCore/QStringList> <QtCore/QTimeZone> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QUrlQuery>
    <QtCore/QVariant> <functional> <memory> <optional> <utility>)
set(mentordesk_pch_network <QtNetwork/QNetworkAccessManager> <QtNetwork/QNetworkReply> <QtNetwork/QNetworkRequest>)
set(mentordesk_pch_widgets
    <QtGui/QIcon> <QtGui/QPainter> <QtWidgets/QBoxLayout> <QtWidgets/QDialog> <QtWidgets/QLabel>
    <QtWidgets/QPushButton> <QtWidgets/QWidget>)
set(mentordesk_pch_test <QtTest/QSignalSpy> <QtTest/QTest>)

# Whether <target> links <qt_target> (Qt6::Network, ...), directly or through the project's own libraries.
function(mentordesk_links target qt_target out_var)
    set(seen)
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            list(APPEND queue ${aliased})
            continue()
        endif()
        get_target_property(imported ${current} IMPORTED)
        if(imported)
            continue() # Qt's own targets: compared by name below
        endif()
        get_target_property(type ${current} TYPE)
        set(links)
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(links ${current} LINK_LIBRARIES)
        endif()
        get_target_property(interface_links ${current} INTERFACE_LINK_LIBRARIES)
        foreach(link IN LISTS links interface_links)
            if(link STREQUAL qt_target)
                set(${out_var} ON PARENT_SCOPE)
                return()
            endif()
            list(APPEND queue ${link})
        endforeach()
    endwhile()
    set(${out_var} OFF PARENT_SCOPE)
endfunction()

# mentordesk_speed_up(<target> [PCH_HOST | REUSE_FROM <target>]), called once the target's links are declared.
#   (nothing)   a library: unity build, or its own PCH when unity builds are off
#   PCH_HOST    builds a PCH that single-file targets reuse (the test support libraries)
#   REUSE_FROM  takes that PCH; the compile flags must match, so the host is the support library the target links
# A PCH holds the Qt Core headers plus those of Qt Network, Widgets and Test where the target links them.
function(mentordesk_speed_up target)
    cmake_parse_arguments(arg "PCH_HOST" "REUSE_FROM" "" ${ARGN})
    get_target_property(type ${target} TYPE)
    if(MENTORDESK_UNITY_BUILD AND type MATCHES "LIBRARY" AND NOT arg_PCH_HOST)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
    elseif(MENTORDESK_PCH AND arg_REUSE_FROM AND MSVC)
        # MSVC wants a reused PCH's /D options and PDB to match exactly, and a test adds its own defines: there each
        # test parses the headers itself (not measured: Windows is built only by the forge CI).
    elseif(MENTORDESK_PCH AND arg_REUSE_FROM)
        target_precompile_headers(${target} REUSE_FROM ${arg_REUSE_FROM})
        # AUTOMOC's mocs_compilation.cpp is empty when the moc output is included by the source (tst_*.moc), and
        # loading the header costs seconds: leave it out.
        get_target_property(binary_dir ${target} BINARY_DIR)
        set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp
            TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    elseif(MENTORDESK_PCH)
        set(headers ${mentordesk_pch_core})
        foreach(module Network Widgets Test)
            mentordesk_links(${target} Qt6::${module} linked)
            if(linked)
                string(TOLOWER ${module} name)
                list(APPEND headers ${mentordesk_pch_${name}})
            endif()
        endforeach()
        target_precompile_headers(${target} PRIVATE ${headers})
    endif()
endfunction()
