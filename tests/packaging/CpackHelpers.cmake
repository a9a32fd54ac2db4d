# Shared by the packaging checks (cmake -P scripts): build one package with CPack and check its file list.

# Runs `cpack -G <generator>` on BUILD_DIR into WORK_DIR and sets <out_var> to the one package file it made.
function(mentordesk_cpack generator extension out_var)
    file(REMOVE_RECURSE ${WORK_DIR})
    file(MAKE_DIRECTORY ${WORK_DIR})
    execute_process(COMMAND cpack -G ${generator} -B ${WORK_DIR} --config ${BUILD_DIR}/CPackConfig.cmake
        WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cpack -G ${generator} failed (${rc}):\n${out}\n${err}")
    endif()
    file(GLOB packages ${WORK_DIR}/*.${extension})
    list(LENGTH packages count)
    if(NOT count EQUAL 1)
        message(FATAL_ERROR "expected exactly one .${extension} in ${WORK_DIR}, found: ${packages}")
    endif()
    set(${out_var} ${packages} PARENT_SCOPE)
endfunction()

# Fails unless every entry of ARGN occurs in the package listing <contents> (one path per line).
function(mentordesk_expect_listed package contents)
    foreach(expected IN LISTS ARGN)
        string(FIND "${contents}\n" "${expected}\n" hit)
        if(hit EQUAL -1)
            message(FATAL_ERROR "${package} lacks ${expected}; it contains:\n${contents}")
        endif()
    endforeach()
endfunction()
