# cmake -DFUZZER=bin -DCORPUS=seeds -DWORK=dir -DSECONDS=20 [-DDICT=file] -P run_fuzzer.cmake
# New inputs go to WORK (libFuzzer writes into its first corpus directory), never into the
# seed corpus in the source tree; a crash leaves its input in WORK as crash-* to reproduce with
# `fuzz_protocol WORK/crash-...`, and fails the test.
if(NOT DICT)
    set(DICT ${CMAKE_CURRENT_LIST_DIR}/protocol.dict)
endif()
file(MAKE_DIRECTORY ${WORK}/corpus)
execute_process(COMMAND ${FUZZER} ${WORK}/corpus ${CORPUS} -max_total_time=${SECONDS} -seed=1
                        -dict=${DICT} -max_len=65536 -timeout=10 -rss_limit_mb=2048 -artifact_prefix=${WORK}/
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the fuzzer found a failing input (exit ${result}); see ${WORK}/crash-*")
endif()
