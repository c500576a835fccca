# sandbox: output capture, host-side workspace access, the bubblewrap backend and the unsandboxed runner.
# The bwrap tests run the real /usr/bin/bwrap; they pass as root and as an ordinary user.
foreach(unit outputcapture execresult workspacefs bwrapsandbox unsandboxedrunner)
    wb_add_test(NAME tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_${unit}.cpp LIBS wb_sandbox Qt6::Network)
endforeach()
# §4 escape battery: every layer, real bwrap; as root and as an ordinary user.
wb_add_test(NAME tst_escapebattery SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_escapebattery.cpp
    LIBS wb_agent wb_sandbox Qt6::Network TIMEOUT 300)
wb_add_test(NAME tst_workspacescan SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_workspacescan.cpp LIBS wb_sandbox)
# Where a per-run cgroup can be made (cgroup trees laid out in a temporary folder).
wb_add_test(NAME tst_cgrouplimits SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_cgrouplimits.cpp LIBS wb_sandbox)
target_compile_definitions(tst_escapebattery PRIVATE
    WB_SANDBOX_LAUNCHER_PATH="$<TARGET_FILE:workbench-sandbox-launch>")
# The Cloudflare bridge backend against the fake bridge (and the CLI end to end).
wb_add_test(NAME tst_cloudflaresandbox SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_cloudflaresandbox.cpp
    LIBS wb_sandbox wb_fakebridge Qt6::Network TIMEOUT 300)
# Remote results copied back into the local folder; remote sandboxes deleted on quit.
wb_add_test(NAME tst_cloudflarewriteback SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_cloudflarewriteback.cpp
    LIBS wb_sandbox wb_fakebridge Qt6::Network TIMEOUT 120)
# The sandbox terminal's screen model (escape sequences, data-driven).
wb_add_test(NAME tst_terminalscreen SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_terminalscreen.cpp LIBS wb_sandbox)
# Network on request: the domain policy, the host-side proxy (fake upstream on 127.0.0.1).
wb_add_test(NAME tst_domainpolicy SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_domainpolicy.cpp LIBS wb_sandbox)
wb_add_test(NAME tst_netproxy SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_netproxy.cpp
    LIBS wb_agent wb_sandbox Qt6::Network)
# Acceptance: a 100 MB flood is stopped at the output limit; head and tail kept; the loop turns.
wb_add_test(NAME tst_outputflood SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_outputflood.cpp LIBS wb_sandbox)
# The same battery as an ordinary user: as root it creates a system user and runs a copy as them.
wb_add_test(NAME tst_escapebattery_unprivileged
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_escapebattery_unprivileged.cpp TIMEOUT 400)
add_dependencies(tst_escapebattery_unprivileged tst_escapebattery agent-workbench)
target_compile_definitions(tst_escapebattery_unprivileged PRIVATE
    WB_BATTERY_PATH="$<TARGET_FILE:tst_escapebattery>"
    WB_SANDBOX_LAUNCHER_PATH="$<TARGET_FILE:workbench-sandbox-launch>")
# Both count host processes by command line (same-uid victims, leftovers): never side by side.
set_tests_properties(tst_escapebattery tst_escapebattery_unprivileged PROPERTIES RESOURCE_LOCK escapebattery)
