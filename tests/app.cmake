# app: the built binary end to end, and the main window on the demo
wb_add_test(NAME tst_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_cli.cpp LIBS core wb_fakes wb_testsupport TIMEOUT 300)
add_dependencies(tst_cli agent-workbench)
wb_add_test(NAME tst_mainwindow GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_mainwindow.cpp LIBS wb_app TIMEOUT 300)
# The bridge key from the keychain (a private D-Bus session with a throwaway gnome-keyring).
wb_add_test(NAME tst_bridgekeychain GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_bridgekeychain.cpp LIBS wb_app
    TIMEOUT 120)
# desktop pieces, built from their sources so they do not wait for the whole window
wb_add_test(NAME tst_actions GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_actions.cpp ${CMAKE_SOURCE_DIR}/app/actions.h ${CMAKE_SOURCE_DIR}/app/actions.cpp LIBS widgets)
target_include_directories(tst_actions PRIVATE ${CMAKE_SOURCE_DIR}/app)
wb_add_test(NAME tst_notifier GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_notifier.cpp ${CMAKE_SOURCE_DIR}/app/notifier.h ${CMAKE_SOURCE_DIR}/app/notifier.cpp LIBS Qt6::Widgets Qt6::DBus)
target_include_directories(tst_notifier PRIVATE ${CMAKE_SOURCE_DIR}/app)
wb_add_test(NAME tst_transcriptcli SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_transcriptcli.cpp LIBS wb_transcript TIMEOUT 300)
add_dependencies(tst_transcriptcli agent-workbench)
target_compile_definitions(tst_transcriptcli PRIVATE WB_TEST_DATA_DIR="${CMAKE_CURRENT_LIST_DIR}/data")
# translations: the catalogues are complete and the compiled ones (embedded under :/i18n as in the app) translate
wb_add_test(NAME tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_translations.cpp LIBS core)
target_compile_definitions(tst_translations PRIVATE WB_TRANSLATIONS_DIR="${CMAKE_SOURCE_DIR}/translations")
qt_add_lrelease(tst_translations NO_GLOBAL_TARGET QM_FILES_OUTPUT_VARIABLE tst_translations_qm
    TS_FILES ${CMAKE_SOURCE_DIR}/translations/agent-workbench_de.ts ${CMAKE_SOURCE_DIR}/translations/agent-workbench_ko.ts)
qt_add_resources(tst_translations tst_translations_qm
    PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${tst_translations_qm})
# fork, compare and rewind in the window (issue 6 acceptance), offscreen
wb_add_test(NAME tst_branches GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_branches.cpp LIBS wb_app TIMEOUT 300)
