# core: policy, models, transcript, agent loop
wb_add_test(NAME tst_permissionpolicy SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_permissionpolicy.cpp LIBS wb_approval)
wb_add_test(NAME tst_models SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_models.cpp LIBS wb_models)
wb_add_test(NAME tst_transcript SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_transcript.cpp LIBS wb_transcript)
wb_add_test(NAME tst_toolregistry SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_toolregistry.cpp LIBS core)
wb_add_test(NAME tst_agentrun SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_agentrun.cpp LIBS core wb_fakes wb_testsupport)
wb_add_test(NAME tst_shellparser SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_shellparser.cpp LIBS wb_approval)
wb_add_test(NAME tst_approval_e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_approval_e2e.cpp LIBS core wb_fakes wb_testsupport TIMEOUT 300)
wb_add_test(NAME tst_headlessapprover SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_headlessapprover.cpp LIBS wb_approval)
wb_add_test(NAME tst_appsettings SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_appsettings.cpp LIBS core)
wb_add_test(NAME tst_recentrunsmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_recentrunsmodel.cpp LIBS wb_transcript)
wb_add_test(NAME tst_checkpointstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_checkpointstore.cpp LIBS wb_checkpoint)
wb_add_test(NAME tst_approvalinboxmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_approvalinboxmodel.cpp LIBS wb_models)
wb_add_test(NAME tst_checkpointrun SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_checkpointrun.cpp LIBS core wb_testsupport)
wb_add_test(NAME tst_claudecode SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_claudecode.cpp LIBS wb_models wb_transcript)
target_compile_definitions(tst_claudecode PRIVATE WB_TEST_DATA_DIR="${CMAKE_CURRENT_LIST_DIR}/data")
add_dependencies(tst_checkpointrun agent-workbench) # the CLI test runs the built binary
wb_add_test(NAME tst_transcriptexport SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_transcriptexport.cpp LIBS wb_transcript)
target_compile_definitions(tst_transcriptexport PRIVATE WB_TEST_DATA_DIR="${CMAKE_CURRENT_LIST_DIR}/data")
# The run inspector: per-turn and per-call records from a known transcript (tests/core/inspectionfixture.h).
wb_add_test(NAME tst_runinspection SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_runinspection.cpp LIBS wb_transcript)
wb_add_test(NAME tst_inspectormodels SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_inspectormodels.cpp LIBS wb_models)
# Crash safety: a writer killed with SIGKILL over a hundred times; every file must open.
wb_add_test(NAME tst_transcriptcrash SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_transcriptcrash.cpp LIBS wb_transcript)
# ... and end to end: `agent-workbench run` killed mid-stream, then `transcript show`.
wb_add_test(NAME tst_killedrun_e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_killedrun_e2e.cpp LIBS wb_transcript wb_fakes wb_testsupport)
add_dependencies(tst_killedrun_e2e agent-workbench)
# transcripts opened read-only into the run models (our format and Claude Code's)
wb_add_test(NAME tst_transcriptloader SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_transcriptloader.cpp ${CMAKE_CURRENT_LIST_DIR}/core/recordedtranscript.h LIBS core)
wb_add_test(NAME tst_claudecodeconversation SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_claudecodeconversation.cpp LIBS core)
target_compile_definitions(tst_claudecodeconversation PRIVATE WB_TEST_DATA_DIR="${CMAKE_CURRENT_LIST_DIR}/data")
# resume, fork and rewind from transcripts (fake Messages server, real sandbox and checkpoints)
wb_add_test(NAME tst_runrestore SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_runrestore.cpp LIBS wb_agent wb_fakes TIMEOUT 300)
add_dependencies(tst_runrestore agent-workbench) # its CLI test runs the built binary
# CoreText: core's phrases as the real code builds them (sandbox checks and limits, the API's
# retries) shown in German and Korean, numbers with the UI locale's digits. It reads the catalogues
# tst_translations compiles, and runs commands in the real sandbox.
wb_add_test(NAME tst_coretext SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_coretext.cpp LIBS core)
add_dependencies(tst_coretext tst_translations)
target_compile_definitions(tst_coretext PRIVATE WB_QM_DIR="${CMAKE_CURRENT_BINARY_DIR}")
# The work around a tool call (hand-over, checkpoint, scans) keeps the event loop running on a large workspace.
wb_add_test(NAME tst_executionboundary SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tst_executionboundary.cpp LIBS core TIMEOUT 600)
