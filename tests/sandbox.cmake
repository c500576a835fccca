# sandbox: output capture, host-side workspace access, the bubblewrap backend and the unsandboxed runner.
# The bwrap tests run the real /usr/bin/bwrap; they pass as root and as an ordinary user.
foreach(unit outputcapture execresult workspacefs bwrapsandbox unsandboxedrunner)
    wb_add_test(NAME tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/sandbox/tst_${unit}.cpp LIBS wb_sandbox Qt6::Network)
endforeach()
