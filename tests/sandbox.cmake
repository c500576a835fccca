# sandbox: output capture, host-side workspace access, the bubblewrap backend and the unsandboxed runner.
# The bwrap tests run the real /usr/bin/bwrap; they pass as root and as an ordinary user.
foreach(unit outputcapture execresult workspacefs bwrapsandbox unsandboxedrunner)
    wb_add_test(NAME tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_${unit}.cpp LIBS wb_sandbox Qt6::Network)
endforeach()
# §4 escape battery: every layer, real bwrap; as root and as an ordinary user.
wb_add_test(NAME tst_escapebattery SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_escapebattery.cpp
    LIBS wb_agent wb_sandbox Qt6::Network TIMEOUT 300)
wb_add_test(NAME tst_workspacescan SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_workspacescan.cpp LIBS wb_sandbox)
target_compile_definitions(tst_escapebattery PRIVATE
    WB_SANDBOX_LAUNCHER_PATH="$<TARGET_FILE:workbench-sandbox-launch>")
