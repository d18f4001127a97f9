// Discovery: which plugins exist on the search path. Loads each candidate
// library at most once, in search order and only as far as a lookup needs,
// keeps the ones that pass the handshake and records why the others were
// refused. Not thread-safe: the CLI looks up every project before any runs.
// The registry owns every library until it is destroyed, so it is created
// first in main and outlives everything built from it.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "plugins/loaded_plugin.h"

namespace dbm::plugins {

/// A library on the search path that is not used, and why.
struct Refusal {
  std::string path;
  std::string reason;
  /// The project the library's entry record names, when it was read (a
  /// library of another ABI or build still names its project): a command for
  /// that project then says why its plugin was refused.
  std::string project{};
};

/// Where plugins are looked for, in order; earlier directories win a name.
struct SearchPath {
  std::vector<std::filesystem::path> explicit_dirs;  ///< --plugin-dir and DB_MANAGE_PLUGIN_PATH: must exist
  std::vector<std::filesystem::path> default_dirs;   ///< build tree (developer builds only), install dirs: used when present

  /// --plugin-dir values, then $DB_MANAGE_PLUGIN_PATH (':'-separated), then the
  /// build tree's plugin folder (only when built with DBM_SEARCH_BUILD_TREE),
  /// the install's plugin directory relative to the running binary, and the
  /// configured install directory.
  static SearchPath standard(const std::vector<std::string>& plugin_dirs, const char* env_path);
};

class PluginRegistry {
 public:
  /// Lists every `*.so` in the search path (each directory in sorted order);
  /// loads none yet. Throws PluginError for an explicit directory that does
  /// not exist.
  static PluginRegistry discover(const SearchPath& search_path);

  /// The plugin for `project`; throws Error naming the known projects
  /// (and how many libraries were refused).
  const LoadedPlugin& get(const std::string& project) const;
  /// Loads candidates in search order until one names `project`.
  const LoadedPlugin* find(const std::string& project) const;

  /// Every plugin and refusal on the path: loads all remaining candidates.
  const std::vector<std::unique_ptr<LoadedPlugin>>& plugins() const;
  const std::vector<Refusal>& refusals() const;

 private:
  /// Loads the next candidate; the plugin, or nullptr when it was refused.
  const LoadedPlugin* load_next() const;
  void load_all() const;

  std::vector<std::filesystem::path> candidates_;
  // Lookups are const to callers; which candidates are loaded yet is a cache.
  mutable std::size_t loaded_candidates_ = 0;
  mutable std::vector<std::unique_ptr<LoadedPlugin>> plugins_;
  mutable std::vector<Refusal> refusals_;
};

}  // namespace dbm::plugins
