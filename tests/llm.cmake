# tests for this area
set(WB_LLM_TEST_DATA "${CMAKE_CURRENT_LIST_DIR}/data")
foreach(unit sseparser messageaccumulator ssewriter anthropicprovider replayprovider)
    wb_add_test(NAME tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/llm/tst_${unit}.cpp LIBS wb_llm wb_fakes)
    target_compile_definitions(tst_${unit} PRIVATE WB_TEST_DATA_DIR="${WB_LLM_TEST_DATA}")
endforeach()
