# tests for this area
set(WB_LLM_TEST_DATA "${CMAKE_CURRENT_LIST_DIR}/data")
foreach(unit sseparser messageaccumulator ssewriter anthropicprovider replayprovider
             retrypolicy apierrors anthropicretry pricing requestbuilder apijobs)
    wb_add_test(NAME tst_${unit} SOURCES ${CMAKE_CURRENT_LIST_DIR}/llm/tst_${unit}.cpp LIBS wb_llm wb_fakes wb_testsupport)
    target_compile_definitions(tst_${unit} PRIVATE WB_TEST_DATA_DIR="${WB_LLM_TEST_DATA}")
endforeach()
# Fault injection reaches up to a whole AgentRun, so it links the core.
wb_add_test(NAME tst_faults SOURCES ${CMAKE_CURRENT_LIST_DIR}/llm/tst_faults.cpp LIBS core wb_fakes wb_testsupport TIMEOUT 300)
target_compile_definitions(tst_faults PRIVATE WB_TEST_DATA_DIR="${WB_LLM_TEST_DATA}")
# The OpenAI-compatible provider: translation cases from a JSON file, jobs against a fake server.
wb_add_test(NAME tst_openaiprovider SOURCES ${CMAKE_CURRENT_LIST_DIR}/llm/tst_openaiprovider.cpp LIBS wb_llm wb_fakes)
target_compile_definitions(tst_openaiprovider PRIVATE
    WB_OPENAI_CASES="${CMAKE_CURRENT_LIST_DIR}/llm/tst_openaiprovider_cases.json")
# ... and end to end: the built binary runs a sandboxed tool call for an OpenAI-compatible fake.
wb_add_test(NAME tst_openai_e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/llm/tst_openai_e2e.cpp LIBS wb_llm wb_fakes wb_testsupport TIMEOUT 300)
add_dependencies(tst_openai_e2e agent-workbench)
# The built binary against the fake server (WORKBENCH_BINARY comes from ctest).
wb_add_test(NAME tst_faults_e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/llm/tst_faults_e2e.cpp LIBS wb_llm wb_fakes wb_testsupport)
target_compile_definitions(tst_faults_e2e PRIVATE WB_TEST_DATA_DIR="${WB_LLM_TEST_DATA}")
add_dependencies(tst_faults_e2e agent-workbench)

# The libFuzzer target for the SSE parser + accumulator, built by clang-14 under ASan/UBSan as a
# project of its own (tests/llm/fuzz/CMakeLists.txt: three sources) and run for 30 s on the corpus
# in tests/data/fuzz. Longer runs by hand: tests/llm/fuzz/run-fuzz-sse.sh SECONDS.
add_test(NAME fuzz_sse COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/llm/fuzz/run-fuzz-sse.sh 30)
set_tests_properties(fuzz_sse PROPERTIES TIMEOUT 300 LABELS fuzz
    ENVIRONMENT "BUILD_DIR=${CMAKE_BINARY_DIR}/fuzz-sse")
