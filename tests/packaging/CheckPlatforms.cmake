# The Windows and macOS recipes, checked on Linux with the tools Debian has (cmake -P; see platforms/CMakeLists.txt).
#   -DPLATFORM=Windows: the .ico holds 16 to 256 px (ImageMagick identify); CPack writes the NSIS script and Debian's
#     makensis compiles it into an installer. That installer packs Linux stand-ins, so this checks the script only:
#     Start-menu shortcut, uninstaller, upgrade in place. The deployed-tree check must fail when a plugin is missing.
#   -DPLATFORM=macOS: Info.plist parses (Python's plistlib) with the keys Finder and the App Store read; the .iconset
#     holds 16 to 1024 px and packs into an .icns (png2icns here, iconutil on macOS) that lists 16 to 256 px.
set(common -DMENTORDESK_SOURCE_DIR=${SOURCE_DIR} -DMENTORDESK_VERSION=${VERSION}
    -DMENTORDESK_RENDER_ICON=${RENDER_ICON} -DMENTORDESK_PACKAGING_PLATFORM=${PLATFORM})
set(svg ${SOURCE_DIR}/resources/icons/${APP_ID}.svg)

include(${CMAKE_CURRENT_LIST_DIR}/PackagingChecks.cmake)

function(configure_standin dir)
    file(REMOVE_RECURSE ${dir})
    mentordesk_run(out COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/packaging/platforms -B ${dir} -G Ninja ${common} ${ARGN})
endfunction()

function(expect_sizes what listing)
    foreach(size IN LISTS ARGN)
        if(NOT listing MATCHES "(^|[^0-9])${size}x${size}([^0-9]|$)")
            message(FATAL_ERROR "${what} has no ${size}x${size} image:\n${listing}")
        endif()
    endforeach()
    message(STATUS "${what}:\n${listing}")
endfunction()

if(PLATFORM STREQUAL "Windows")
    set(dir ${WORK_DIR}/windows)
    configure_standin(${dir})
    mentordesk_run(out COMMAND ${CMAKE_COMMAND} --build ${dir})
    mentordesk_run(out COMMAND ${IDENTIFY} -format "%wx%h\\n" ${dir}/packaging/windows/mentordesk.ico)
    expect_sizes("mentordesk.ico" "${out}" 16 24 32 48 64 128 256)

    mentordesk_run(out COMMAND cpack -G NSIS -B ${dir}/out --config ${dir}/CPackConfig.cmake)
    file(GLOB installer ${dir}/out/MentorDesk-${VERSION}-win64.exe)
    if(NOT installer)
        message(FATAL_ERROR "makensis wrote no installer into ${dir}/out:\n${out}")
    endif()
    file(GLOB_RECURSE nsi ${dir}/out/_CPack_Packages/*/project.nsi)
    if(NOT nsi)
        message(FATAL_ERROR "CPack left no project.nsi under ${dir}/out/_CPack_Packages")
    endif()
    file(READ ${nsi} script)
    foreach(expected
            "RequestExecutionLevel admin"         # per-machine, under Program Files
            "CreateShortCut \"$SMPROGRAMS\\$STARTMENU_FOLDER\\MentorDesk.lnk\""
            "WriteUninstaller \"$INSTDIR\\Uninstall.exe\""
            "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\MentorDesk" # stable key: upgrade in place
            "mentordesk.ico")
        string(FIND "${script}" "${expected}" hit)
        if(hit EQUAL -1)
            message(FATAL_ERROR "the NSIS script lacks ${expected}")
        endif()
    endforeach()
    message(STATUS "makensis compiled ${installer}")

    # A tree without the SQLite driver must stop the install (and so cpack) naming it.
    set(dir ${WORK_DIR}/windows-incomplete)
    configure_standin(${dir} -DSTANDIN_OMIT=plugins/sqldrivers/qsqlite.dll)
    mentordesk_run(out COMMAND ${CMAKE_COMMAND} --build ${dir})
    execute_process(COMMAND ${CMAKE_COMMAND} --install ${dir} --prefix ${dir}/stage
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(rc EQUAL 0 OR NOT err MATCHES "SQLite driver: no sqldrivers/qsqlite.dll")
        message(FATAL_ERROR "the deployed-tree check let a tree without qsqlite.dll through (${rc}):\n${out}\n${err}")
    endif()
elseif(PLATFORM STREQUAL "macOS")
    set(dir ${WORK_DIR}/macos)
    configure_standin(${dir}) # configure_file writes Info.plist; nothing is built (iconutil is macOS-only)
    mentordesk_run(out COMMAND ${PYTHON} ${SOURCE_DIR}/tests/packaging/check_info_plist.py ${dir}/packaging/macos/Info.plist ${APP_ID} ${VERSION})
    message(STATUS "${out}")

    set(iconset ${WORK_DIR}/macos/MentorDesk.iconset)
    mentordesk_run(out COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${RENDER_ICON} --iconset ${svg} ${iconset})
    # Each PNG is the size its name promises (icon_<n>x<n>.png is n px, @2x is 2n px), 10 in all.
    file(GLOB pngs ${iconset}/*.png)
    list(LENGTH pngs count)
    if(NOT count EQUAL 10)
        message(FATAL_ERROR "expected 10 PNGs in ${iconset}, found: ${pngs}")
    endif()
    foreach(png IN LISTS pngs)
        get_filename_component(name ${png} NAME)
        if(NOT name MATCHES "^icon_([0-9]+)x[0-9]+(@2x)?\\.png$")
            message(FATAL_ERROR "unexpected file in the iconset: ${name}")
        endif()
        set(expected ${CMAKE_MATCH_1})
        if(CMAKE_MATCH_2)
            math(EXPR expected "${expected} * 2")
        endif()
        mentordesk_run(out COMMAND ${IDENTIFY} -format "%wx%h" ${png})
        if(NOT out STREQUAL "${expected}x${expected}")
            message(FATAL_ERROR "${name} is ${out}, not ${expected}x${expected}")
        endif()
    endforeach()
    # png2icns takes one PNG per size it knows (16, 32, 48, 128, 256, 512, 1024).
    mentordesk_run(out COMMAND ${PNG2ICNS} ${WORK_DIR}/macos/MentorDesk.icns ${iconset}/icon_16x16.png ${iconset}/icon_32x32.png
        ${iconset}/icon_128x128.png ${iconset}/icon_256x256.png ${iconset}/icon_512x512.png ${iconset}/icon_512x512@2x.png)
    mentordesk_run(out COMMAND ${ICNS2PNG} -l ${WORK_DIR}/macos/MentorDesk.icns)
    expect_sizes("MentorDesk.icns (icns2png -l)" "${out}" 16 32 128 256)
else()
    message(FATAL_ERROR "PLATFORM must be Windows or macOS, not '${PLATFORM}'")
endif()
