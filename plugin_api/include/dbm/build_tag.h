// The build tag: what must match between the host and a plugin (or a driver)
// for C++ types to cross the library boundary safely — Boost.DLL and the
// standard promise no ABI across compilers, standard libraries or the modes
// that change their types' layout. Compared as a string before any C++ type
// from the plugin is touched. Every part below is a reason a std::string or
// std::vector built on one side could be misread on the other.
#pragma once

// Defines the standard library's own macros (_GLIBCXX_USE_CXX11_ABI, _LIBCPP_VERSION)
// whatever the includer included first.
#include <version>

#define DBM_STR_INNER(x) #x
#define DBM_STR(x) DBM_STR_INNER(x)

// The compiler: besides what the standard leaves to each, dbm::Revision's
// location is std::source_location under GCC and dbm's own stand-in under
// clang 14 (dbm/revision.h).
#if defined(__clang__)
#define DBM_COMPILER_TAG "clang-" DBM_STR(__clang_major__)
#elif defined(__GNUC__)
#define DBM_COMPILER_TAG "gcc-" DBM_STR(__GNUC__)
#else
#define DBM_COMPILER_TAG "unknown-compiler"
#endif

// The standard library and its ABI: libstdc++'s old and new (C++11) string
// and list layouts, libc++'s ABI version.
#if defined(_GLIBCXX_USE_CXX11_ABI)
#define DBM_STDLIB_TAG "libstdc++-cxx11abi" DBM_STR(_GLIBCXX_USE_CXX11_ABI)
#elif defined(_LIBCPP_VERSION)
#define DBM_STDLIB_TAG "libc++-" DBM_STR(_LIBCPP_ABI_VERSION)
#else
#define DBM_STDLIB_TAG "unknown-stdlib"
#endif

// Debug modes that change container layouts: libstdc++'s _GLIBCXX_DEBUG (safe
// iterators live in every container) and libc++'s debug mode.
#if defined(_GLIBCXX_DEBUG)
#define DBM_DEBUG_MODE_TAG ";glibcxx-debug"
#elif defined(_LIBCPP_ENABLE_DEBUG_MODE) || (defined(_LIBCPP_DEBUG) && _LIBCPP_DEBUG > 0)
#define DBM_DEBUG_MODE_TAG ";libcxx-debug"
#else
#define DBM_DEBUG_MODE_TAG ""
#endif

// Sanitizers: AddressSanitizer annotates std containers (a plugin without it
// would trip container-overflow checks on the host's vectors) and replaces the
// allocator; ThreadSanitizer instruments every access. Mixing is unsupported.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DBM_ASAN_ACTIVE 1
#endif
#if __has_feature(thread_sanitizer)
#define DBM_TSAN_ACTIVE 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(DBM_ASAN_ACTIVE)
#define DBM_ASAN_TAG ";asan"
#else
#define DBM_ASAN_TAG ""
#endif
#if defined(__SANITIZE_THREAD__) || defined(DBM_TSAN_ACTIVE)
#define DBM_TSAN_TAG ";tsan"
#else
#define DBM_TSAN_TAG ""
#endif

/// e.g. "gcc-12;libstdc++-cxx11abi1;c++202002L", or with ";glibcxx-debug;asan" appended.
#define DBM_BUILD_TAG \
  DBM_COMPILER_TAG ";" DBM_STDLIB_TAG ";c++" DBM_STR(__cplusplus) DBM_DEBUG_MODE_TAG DBM_ASAN_TAG DBM_TSAN_TAG
