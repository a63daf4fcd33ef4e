cmake_minimum_required(VERSION 3.21)
# The layering check must fail on tests/layering/broken, naming every file there that breaks a
# rule, and must not name the one that keeps them (Fine.h).
execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${BROKEN} -P ${CHECK}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "the layering check passed a tree that breaks it:\n${output}")
endif()
foreach(expected "Layering broken" models/domain/ReachesStore.h models/itemmodels/ReachesSqlite.h models/store/ReachesCommands.h
                 sync/protocol/ReachesEngine.h server/ReachesUi.h ui/ReachesApp.h bench/ReachesApp.h
                 sim/ReachesUi.h)
    string(FIND "${output}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the layering check missed ${expected}:\n${output}")
    endif()
endforeach()
string(FIND "${output}" "Fine.h" at)
if(NOT at EQUAL -1)
    message(FATAL_ERROR "the layering check refused an allowed include:\n${output}")
endif()
message(STATUS "the layering check refuses every broken direction")
