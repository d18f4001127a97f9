// One plugin library, loaded and checked. Owns the library handle: every
// pointer into the plugin (its Plugin, its revisions' functions) is valid for
// as long as this object lives, so it is created once and kept to exit.
// The handle's type (Boost.DLL) stays in loaded_plugin.cpp.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "dbm/plugin.h"

namespace dbm::plugins {

class LoadedPlugin {
 public:
  /// Loads `path` and runs the handshake in a fixed order: the library loads,
  /// the entry symbol exists, the API version matches, the build tag matches,
  /// the entry names the plugin. Only then is the plugin's build function
  /// called. Throws PluginError.
  static std::unique_ptr<LoadedPlugin> load(const std::filesystem::path& path);

  ~LoadedPlugin();
  LoadedPlugin(const LoadedPlugin&) = delete;
  LoadedPlugin& operator=(const LoadedPlugin&) = delete;

  const dbm::Plugin& plugin() const { return *plugin_; }
  /// The project, from the entry record: "blazar".
  const std::string& name() const { return name_; }
  /// The plugin's own version, from the entry record.
  const std::string& version() const { return version_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  class Library;
  LoadedPlugin(std::unique_ptr<Library> library, const dbm::Plugin* plugin, std::string name, std::string version,
               std::filesystem::path path);

  std::unique_ptr<Library> library_;  // declared first: destroyed last
  const dbm::Plugin* plugin_;         // points into library_
  std::string name_;
  std::string version_;
  std::filesystem::path path_;
};

}  // namespace dbm::plugins
