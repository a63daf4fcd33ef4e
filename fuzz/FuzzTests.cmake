# Included by tests/CMakeLists.txt: two CTest tests labelled `fuzz`, registered only when clang++
# is installed (Debian 12: clang-14 and libclang-rt-14-dev). fuzz_build configures and builds
# fuzz/ with clang++ in the build tree; fuzz_protocol and fuzz_http_parser run their fuzzer for
# 20 s from their seed corpus.
find_program(ANTICORONA_CLANGXX NAMES clang++ clang++-14)
if(ANTICORONA_CLANGXX)
    set(FUZZ_BINARY_DIR ${CMAKE_BINARY_DIR}/fuzz)
    add_test(NAME fuzz_build
        COMMAND ${CMAKE_COMMAND} -DSOURCE=${CMAKE_SOURCE_DIR}/fuzz -DBINARY=${FUZZ_BINARY_DIR}
                -DCXX=${ANTICORONA_CLANGXX} -DGENERATOR=${CMAKE_GENERATOR} -P ${CMAKE_SOURCE_DIR}/fuzz/build_fuzzers.cmake)
    set_tests_properties(fuzz_build PROPERTIES LABELS fuzz TIMEOUT 600 FIXTURES_SETUP fuzz_binaries)
    add_test(NAME fuzz_protocol
        COMMAND ${CMAKE_COMMAND} -DFUZZER=${FUZZ_BINARY_DIR}/fuzz_protocol -DCORPUS=${CMAKE_SOURCE_DIR}/fuzz/corpus
                -DWORK=${FUZZ_BINARY_DIR}/work -DSECONDS=20 -P ${CMAKE_SOURCE_DIR}/fuzz/run_fuzzer.cmake)
    set_tests_properties(fuzz_protocol PROPERTIES LABELS fuzz TIMEOUT 300 FIXTURES_REQUIRED fuzz_binaries)
    add_test(NAME fuzz_http_parser
        COMMAND ${CMAKE_COMMAND} -DFUZZER=${FUZZ_BINARY_DIR}/fuzz_http_parser -DCORPUS=${CMAKE_SOURCE_DIR}/fuzz/corpus_http
                -DWORK=${FUZZ_BINARY_DIR}/work_http -DSECONDS=20 -DDICT=${CMAKE_SOURCE_DIR}/fuzz/http.dict
                -P ${CMAKE_SOURCE_DIR}/fuzz/run_fuzzer.cmake)
    set_tests_properties(fuzz_http_parser PROPERTIES LABELS fuzz TIMEOUT 300 FIXTURES_REQUIRED fuzz_binaries)
endif()
