// The one export a plugin makes. The host reads it in a fixed order: the
// symbol exists, the API version matches, the build tag matches — and only
// then calls `plugin`, the first moment a C++ type crosses the boundary.
#pragma once

#include <cstdint>

#include <boost/dll/alias.hpp>

#include "dbm/build_tag.h"
#include "dbm/plugin.h"

namespace dbm {

/// Bump when PluginInfo or any type reachable from Plugin changes layout.
inline constexpr std::uint32_t kPluginApiVersion = 1;

/// The symbol the host looks for; versioned so an old host sees "not a plugin".
#define DBM_PLUGIN_SYMBOL "dbm_plugin_info_v1"

// C layout. Fields never move; append only, and bump kPluginApiVersion.
struct PluginInfo {
  std::uint32_t api_version;  ///< kPluginApiVersion when the plugin was built
  const char* build_tag;      ///< DBM_BUILD_TAG when the plugin was built
  const Plugin& (*plugin)();  ///< called only after both checks pass
};

}  // namespace dbm

/// Exports `fn` (a `const dbm::Plugin& fn()`) as this library's plugin.
/// The host keeps the library loaded until the process ends, and ends it
/// without running destructors: a plugin's statics are never destroyed, so
/// they must not hold anything that needs releasing beyond memory.
#define DBM_PLUGIN(fn)                                                        \
  namespace dbm_plugin_entry {                                                \
  ::dbm::PluginInfo info() { return {::dbm::kPluginApiVersion, DBM_BUILD_TAG, &fn}; } \
  }                                                                           \
  BOOST_DLL_ALIAS(dbm_plugin_entry::info, dbm_plugin_info_v1)
