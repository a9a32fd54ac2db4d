# Shared by the packaging checks (cmake -P scripts): run a tool, build one package with CPack, check its file list.

# mentordesk_run(<out_var> [WORKING_DIRECTORY <dir>] COMMAND <command>...): runs the command and sets <out_var> to
# its standard output; a non-zero exit fails the check with the command, its exit code and both outputs.
function(mentordesk_run out_var)
    cmake_parse_arguments(arg "" "WORKING_DIRECTORY" "COMMAND" ${ARGN})
    if(NOT arg_WORKING_DIRECTORY)
        set(arg_WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    endif()
    execute_process(COMMAND ${arg_COMMAND} WORKING_DIRECTORY ${arg_WORKING_DIRECTORY}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        list(JOIN arg_COMMAND " " command)
        message(FATAL_ERROR "${command} failed (${rc}):\n${out}\n${err}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

# Runs `cpack -G <generator>` on BUILD_DIR into WORK_DIR and sets <out_var> to the one package file it made.
function(mentordesk_cpack generator extension out_var)
    file(REMOVE_RECURSE ${WORK_DIR})
    file(MAKE_DIRECTORY ${WORK_DIR})
    mentordesk_run(out WORKING_DIRECTORY ${BUILD_DIR}
        COMMAND cpack -G ${generator} -B ${WORK_DIR} --config ${BUILD_DIR}/CPackConfig.cmake)
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
