# tests for this area
wb_add_test(NAME tst_scriptview GUI SOURCES widgets/tst_scriptview.cpp LIBS widgets)
wb_add_test(NAME tst_executionview GUI SOURCES widgets/tst_executionview.cpp LIBS widgets)
wb_add_test(NAME tst_conversationview GUI SOURCES widgets/tst_conversationview.cpp LIBS widgets wb_fakes wb_testsupport)
# Its gui_* cases run real sandboxed calls: the time limit of the window tests that do too.
wb_add_test(NAME tst_approvaldialog GUI SOURCES widgets/tst_approvaldialog.cpp LIBS widgets wb_testsupport TIMEOUT 300)
wb_add_test(NAME tst_approvalinbox GUI SOURCES widgets/tst_approvalinbox.cpp LIBS widgets)
wb_add_test(NAME tst_settingsdialog GUI SOURCES widgets/tst_settingsdialog.cpp LIBS widgets wb_fakes)
wb_add_test(NAME tst_welcomeview GUI SOURCES widgets/tst_welcomeview.cpp LIBS widgets)
wb_add_test(NAME tst_findbar GUI SOURCES widgets/tst_findbar.cpp LIBS widgets)
# The sandbox terminal against the fake bridge's echo PTY.
wb_add_test(NAME tst_terminalview GUI SOURCES widgets/tst_terminalview.cpp LIBS widgets wb_fakebridge)
# Quitting deletes the remote sandboxes the app made and did not keep, within a bound.
wb_add_test(NAME tst_remotesandboxquitguard GUI SOURCES widgets/tst_remotesandboxquitguard.cpp
    LIBS widgets wb_fakebridge)
# Settings → Sandbox: the bridge URL, key state and "Test connection" against the fake bridge.
wb_add_test(NAME tst_bridgesettings GUI SOURCES widgets/tst_bridgesettings.cpp LIBS widgets wb_fakebridge)
wb_add_test(NAME tst_appearance GUI SOURCES widgets/tst_appearance.cpp LIBS widgets)
wb_add_test(NAME tst_accessibility GUI SOURCES widgets/tst_accessibility.cpp LIBS widgets)
# The run inspector and its timeline, on the known transcript of tests/core/inspectionfixture.h.
wb_add_test(NAME tst_inspectorview GUI SOURCES widgets/tst_inspectorview.cpp LIBS widgets)
wb_add_test(NAME tst_timelineview GUI SOURCES widgets/tst_timelineview.cpp LIBS widgets)
# past runs read-only: our transcripts and Claude Code sessions, and the session browser
wb_add_test(NAME tst_transcriptpage GUI SOURCES widgets/tst_transcriptpage.cpp LIBS widgets)
target_compile_definitions(tst_transcriptpage PRIVATE WB_TEST_DATA_DIR="${CMAKE_CURRENT_LIST_DIR}/data")
