# app: the built binary end to end, and the main window on the demo
wb_add_test(NAME tst_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_cli.cpp LIBS core wb_fakes TIMEOUT 300)
add_dependencies(tst_cli agent-workbench)
wb_add_test(NAME tst_mainwindow GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_mainwindow.cpp LIBS wb_app TIMEOUT 300)
