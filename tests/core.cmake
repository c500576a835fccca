# core: policy, models, transcript, agent loop
wb_add_test(NAME tst_permissionpolicy SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_permissionpolicy.cpp LIBS wb_approval)
wb_add_test(NAME tst_models SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_models.cpp LIBS wb_models)
wb_add_test(NAME tst_transcript SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_transcript.cpp LIBS wb_transcript)
wb_add_test(NAME tst_toolregistry SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_toolregistry.cpp LIBS core)
wb_add_test(NAME tst_agentrun SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_agentrun.cpp LIBS core wb_fakes)
wb_add_test(NAME tst_shellparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_shellparser.cpp LIBS wb_approval)
wb_add_test(NAME tst_approval_e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_approval_e2e.cpp LIBS core wb_fakes TIMEOUT 300)
wb_add_test(NAME tst_headlessapprover SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_headlessapprover.cpp LIBS wb_approval)
