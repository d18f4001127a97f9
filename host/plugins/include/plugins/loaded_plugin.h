// One plugin library, loaded and checked. Owns the library handle: every
// pointer into the plugin (its Plugin, its revisions' functions) is valid for
// as long as this object lives, so it is created once and kept to exit.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <boost/dll/shared_library.hpp>

#include "dbm/plugin.h"

namespace dbm::plugins {

class LoadedPlugin {
 public:
  /// Loads `path` and runs the handshake in a fixed order: the library loads,
  /// the entry symbol exists, the API version matches, the build tag matches.
  /// Only then is the plugin's entry function called. Throws PluginError.
  static std::unique_ptr<LoadedPlugin> load(const std::filesystem::path& path);

  LoadedPlugin(const LoadedPlugin&) = delete;
  LoadedPlugin& operator=(const LoadedPlugin&) = delete;

  const dbm::Plugin& plugin() const { return *plugin_; }
  const std::string& name() const { return plugin_->name; }
  const std::filesystem::path& path() const { return path_; }

 private:
  LoadedPlugin(boost::dll::shared_library library, const dbm::Plugin* plugin,
               std::filesystem::path path)
      : library_(std::move(library)), plugin_(plugin), path_(std::move(path)) {}

  boost::dll::shared_library library_;  // declared first: destroyed last
  const dbm::Plugin* plugin_;           // points into library_
  std::filesystem::path path_;
};

}  // namespace dbm::plugins
