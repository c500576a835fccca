# tests for this area
wb_add_test(NAME tst_scriptview GUI SOURCES widgets/tst_scriptview.cpp LIBS widgets)
wb_add_test(NAME tst_executionview GUI SOURCES widgets/tst_executionview.cpp LIBS widgets)
wb_add_test(NAME tst_conversationview GUI SOURCES widgets/tst_conversationview.cpp LIBS widgets)
wb_add_test(NAME tst_approvaldialog GUI SOURCES widgets/tst_approvaldialog.cpp LIBS widgets)
wb_add_test(NAME tst_approvalinbox GUI SOURCES widgets/tst_approvalinbox.cpp LIBS widgets)
wb_add_test(NAME tst_settingsdialog GUI SOURCES widgets/tst_settingsdialog.cpp LIBS widgets)
wb_add_test(NAME tst_welcomeview GUI SOURCES widgets/tst_welcomeview.cpp LIBS widgets)
wb_add_test(NAME tst_findbar GUI SOURCES widgets/tst_findbar.cpp LIBS widgets)
# The sandbox terminal against the fake bridge's echo PTY.
wb_add_test(NAME tst_terminalview GUI SOURCES widgets/tst_terminalview.cpp LIBS widgets wb_fakebridge)
wb_add_test(NAME tst_appearance GUI SOURCES widgets/tst_appearance.cpp LIBS widgets)
wb_add_test(NAME tst_accessibility GUI SOURCES widgets/tst_accessibility.cpp LIBS widgets)
