// One plugin library, loaded and checked. Owns the library handle: every
// pointer into the plugin (its Plugin, its revisions' functions) is valid for
// as long as this object lives, so it is created once and kept to exit.
// The handle's type (Boost.DLL) stays in loaded_plugin.cpp.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <utility>

#include "base/error.h"
#include "dbm/plugin.h"

namespace dbm::plugins {

/// A plugin library whose entry record was read but which this host cannot
/// use (another plugin API version, another build tag): the project it
/// declares, beside PluginError's path and reason.
class IncompatiblePlugin : public PluginError {
 public:
  IncompatiblePlugin(const std::string& path, const std::string& reason, std::string project)
      : PluginError(path, reason), project_(std::move(project)) {}
  const std::string& project() const { return project_; }

 private:
  std::string project_;
};

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
