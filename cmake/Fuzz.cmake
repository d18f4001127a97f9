# The fuzz build (-DDBM_FUZZ=ON, scripts/fuzz.sh): every target of this build
# tree is compiled with libFuzzer's coverage and with AddressSanitizer and
# UndefinedBehaviorSanitizer, any undefined behaviour fatal; the fuzz targets
# link libFuzzer's main (tests/fuzz/CMakeLists.txt). Debian's clang 14 only:
# GCC has no libFuzzer.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "DBM_FUZZ needs clang (libFuzzer): configure with CXX=clang++ (see scripts/fuzz.sh)")
endif()

set(DBM_FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
add_compile_options(-fsanitize=fuzzer-no-link ${DBM_FUZZ_SANITIZERS} -fno-omit-frame-pointer)
add_link_options(${DBM_FUZZ_SANITIZERS})
