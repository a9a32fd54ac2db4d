# Shared by packaging/windows/deploy.cmake and packaging/macos/deploy.cmake: fails naming each run-time part that a
# deploy tool (windeployqt, macdeployqt) left out of `root`. `required` entries are
# "<what it is for>|<path>[|<alternative path>...]"; a path matches at the end of a file's path in the tree (* matches
# within one name), so the check holds wherever the tool put a plugin.
function(mentordesk_check_deployed_tree root tool)
    file(GLOB_RECURSE tree LIST_DIRECTORIES false RELATIVE "${root}" "${root}/*")
    set(missing)
    foreach(entry IN LISTS ARGN)
        string(REPLACE "|" ";" parts "${entry}")
        list(POP_FRONT parts what)
        set(found)
        foreach(pattern IN LISTS parts)
            string(REPLACE "." "\\." regex "${pattern}")
            string(REPLACE "*" "[^/]*" regex "${regex}")
            set(hits ${tree})
            list(FILTER hits INCLUDE REGEX "(^|/)${regex}$")
            if(hits)
                list(GET hits 0 found)
                break()
            endif()
        endforeach()
        if(found)
            message(STATUS "deploy check: ${what}: ${found}")
        else()
            list(JOIN parts " or " wanted)
            list(APPEND missing "  ${what}: no ${wanted}")
        endif()
    endforeach()
    # The app's own translations are embedded (qt_add_translations, :/i18n), so no mentordesk_*.qm file is expected;
    # `mentordesk --self-test` checks them on the installed app (CI runs it).
    if(missing)
        list(JOIN missing "\n" missing_text)
        message(FATAL_ERROR "deploy check: ${root} lacks:\n${missing_text}\n"
            "${tool} decides what to copy from the modules the app links; see packaging/cmake/Deploy.cmake.")
    endif()
    message(STATUS "deploy check: ${root} is complete")
endfunction()
