// The one symbol a plugin exports: a plain C function returning a C record.
// The host reads the record in a fixed order — API version, build tag — and
// only then calls `plugin`, the first moment a C++ type crosses the boundary.
// Nothing here depends on Boost or on the host.
#pragma once

#include <stdint.h>

#include "dbm/build_tag.h"

namespace dbm {

struct Plugin;

// The plugin ABI number and the SDK's version, stated here and nowhere else:
// CMake reads these three lines (plugin_api/cmake/SdkVersion.cmake) for the
// installed package's version (find_package, pkg-config). ABI.md says when
// each changes.

/// The plugin ABI number, in every plugin's entry record; the loader accepts
/// its own number only. Bump when dbm_plugin_entry or any type reachable from
/// Plugin changes layout or meaning (ABI.md).
inline constexpr uint32_t kPluginApiVersion = 6;
/// The SDK's version, major.minor. The major is the ABI number less 3 (ABI 4
/// was the first installed SDK, 1.0), so find_package's same-major rule is
/// the loader's same-ABI rule; the minor counts additions that keep the ABI.
inline constexpr uint32_t kSdkVersionMajor = 3;
inline constexpr uint32_t kSdkVersionMinor = 0;
static_assert(kSdkVersionMajor == kPluginApiVersion - 3,
              "a new plugin ABI number is a new SDK major version (ABI.md)");

}  // namespace dbm

/// The symbol the host looks for; versioned so an older host sees "not a plugin".
#define DBM_PLUGIN_ENTRY_SYMBOL "dbm_plugin_entry_v2"

extern "C" {

/// The handshake record. C layout; fields never move: append only, and bump
/// kPluginApiVersion.
struct dbm_plugin_entry {
  uint32_t api_version;        ///< dbm::kPluginApiVersion when the plugin was built
  const char* build_tag;       ///< DBM_BUILD_TAG when the plugin was built
  const char* name;            ///< the project: "blazar" → blazar-db-manage
  const char* version;         ///< the plugin's own version, e.g. the upstream commit it ports
  const void* (*plugin)(void); ///< the dbm::Plugin, built on first call; only after both checks
};

}  // extern "C"

/// Defines the entry of a plugin named `name` (a string literal), at
/// `version`, whose `const dbm::Plugin& build()` assembles it. Use once per
/// library, at namespace scope. The host keeps the library loaded until the
/// process ends, and ends it without running destructors: a plugin's statics
/// are never destroyed, so they must not hold anything that needs releasing
/// beyond memory.
#define DBM_PLUGIN(name, version, build)                                                   \
  namespace dbm_plugin_detail {                                                            \
  static const void* built_plugin() { return &build(); }                                   \
  }                                                                                        \
  extern "C" __attribute__((visibility("default"))) const dbm_plugin_entry*                \
  dbm_plugin_entry_v2(void) {                                                              \
    static const dbm_plugin_entry entry = {::dbm::kPluginApiVersion, DBM_BUILD_TAG, name, \
                                           version, &dbm_plugin_detail::built_plugin};     \
    return &entry;                                                                         \
  }
