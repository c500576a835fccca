set(WB_ISOLATED_TEST_LAUNCHER ${CMAKE_CURRENT_LIST_DIR}/run-isolated-test.sh)

# wb_add_test(NAME tst_x SOURCES ... LIBS ... [GUI])
# One executable per unit. GUI tests run on the offscreen platform so CI needs no display.
function(wb_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    # Test code is built for compile speed: the code under test keeps the build type's flags
    # (it lives in the libraries), while -O0 -g1 halves the time each test file takes to compile.
    target_compile_options(${T_NAME} PRIVATE $<$<CONFIG:RelWithDebInfo,Release>:-O0 -g1>)
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    # Each test gets fresh XDG folders of its own under the build tree (cmake/run-isolated-test.sh):
    # nothing reaches the user's ~/.local/share or ~/.config, and parallel tests never share files.
    add_test(NAME ${T_NAME} COMMAND sh ${WB_ISOLATED_TEST_LAUNCHER} ${CMAKE_BINARY_DIR}/test-homes/${T_NAME}
                                    $<TARGET_FILE:${T_NAME}>)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen;WORKBENCH_BINARY=$<TARGET_FILE:agent-workbench>;WORKBENCH_SOURCE_DIR=${CMAKE_SOURCE_DIR};QT_LOGGING_RULES=*.debug=false")
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
endfunction()
