# tests for this area
wb_add_test(NAME tst_scriptview GUI SOURCES widgets/tst_scriptview.cpp LIBS widgets)
wb_add_test(NAME tst_executionview GUI SOURCES widgets/tst_executionview.cpp LIBS widgets)
wb_add_test(NAME tst_conversationview GUI SOURCES widgets/tst_conversationview.cpp LIBS widgets)
wb_add_test(NAME tst_approvaldialog GUI SOURCES widgets/tst_approvaldialog.cpp LIBS widgets)
