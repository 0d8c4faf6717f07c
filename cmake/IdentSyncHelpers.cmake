# Project-wide build helpers: warnings, sanitizers, and the test registration helper.

function(identsync_setup_warnings)
    add_compile_options(-Wall -Wextra -Wpedantic -Wswitch-enum -Wshadow=local)
    if(IDENTSYNC_WERROR)
        add_compile_options(-Werror)
    endif()
    add_compile_definitions(QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING)
    if(IDENTSYNC_SANITIZE)
        add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                            -fno-sanitize-recover=undefined)
        add_link_options(-fsanitize=address,undefined)
    endif()
endfunction()

# identsync_add_test(NAME SOURCES a.cpp b.cpp LIBS lib... LABELS unit|integration|gui
#                    [ENV VAR=value...] [TIMEOUT seconds] [DEPENDS target...])
# Registers a Qt Test executable with ctest, offscreen, with QT_FORCE_ASSERTS.
function(identsync_add_test NAME)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV;DEPENDS" ${ARGN})
    if(NOT ARG_LABELS)
        message(FATAL_ERROR "identsync_add_test(${NAME}): LABELS unit|integration|gui is required")
    endif()
    add_executable(${NAME} ${ARG_SOURCES})
    target_link_libraries(${NAME} PRIVATE Qt6::Test identsync_testutils ${ARG_LIBS})
    target_compile_definitions(${NAME} PRIVATE QT_FORCE_ASSERTS)
    if(ARG_DEPENDS)
        add_dependencies(${NAME} ${ARG_DEPENDS})
    endif()
    add_test(NAME ${NAME} COMMAND ${NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 600)
    endif()
    set_tests_properties(${NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;LC_ALL=C.UTF-8;${ARG_ENV}")
    if("unit" IN_LIST ARG_LABELS)
        add_dependencies(identsync_unit_tests ${NAME})
    endif()
endfunction()

# identsync_add_benchmark(NAME SOURCES ... LIBS ...): built with everything, never run by ctest.
function(identsync_add_benchmark NAME)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${NAME} ${ARG_SOURCES})
    target_link_libraries(${NAME} PRIVATE ${ARG_LIBS})
endfunction()
