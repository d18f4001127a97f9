// The build tag: what must match between the host and a plugin for C++ types
// to cross the library boundary safely (Boost.DLL promises no ABI across
// compilers or standard libraries). Compared as a string before any C++ type
// from the plugin is touched.
#pragma once

#define DBM_STR_INNER(x) #x
#define DBM_STR(x) DBM_STR_INNER(x)

#if defined(__clang__)
#define DBM_COMPILER_TAG "clang-" DBM_STR(__clang_major__)
#elif defined(__GNUC__)
#define DBM_COMPILER_TAG "gcc-" DBM_STR(__GNUC__)
#else
#define DBM_COMPILER_TAG "unknown-compiler"
#endif

#if defined(_GLIBCXX_USE_CXX11_ABI)
#define DBM_STDLIB_TAG "libstdc++-cxx11abi" DBM_STR(_GLIBCXX_USE_CXX11_ABI)
#elif defined(_LIBCPP_VERSION)
#define DBM_STDLIB_TAG "libc++-" DBM_STR(_LIBCPP_ABI_VERSION)
#else
#define DBM_STDLIB_TAG "unknown-stdlib"
#endif

/// e.g. "gcc-12;libstdc++-cxx11abi1;c++202002L"
#define DBM_BUILD_TAG DBM_COMPILER_TAG ";" DBM_STDLIB_TAG ";c++" DBM_STR(__cplusplus)
