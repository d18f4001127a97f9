// Plugin discovery over the search path; duplicate names are refused in
// favour of the directory listed first, as PATH lookups do. Libraries are
// loaded in search order only until the wanted project turns up: loading
// every plugin on the path costs a small migration a noticeable share.
#include "plugins/plugin_registry.h"

#include <algorithm>
#include <string_view>
#include <system_error>

#include <boost/dll/runtime_symbol_info.hpp>

#include "base/error.h"

#ifndef DBM_BUILD_PLUGIN_DIR
#define DBM_BUILD_PLUGIN_DIR ""
#endif
#ifndef DBM_INSTALL_PLUGIN_DIR
#define DBM_INSTALL_PLUGIN_DIR ""
#endif
#ifndef DBM_PLUGIN_DIR_FROM_BINARY
#define DBM_PLUGIN_DIR_FROM_BINARY ""
#endif

namespace dbm::plugins {
namespace {

std::vector<std::filesystem::path> libraries_in(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> found;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    // An entry whose status cannot be read (a symbolic link loop) stays a
    // candidate: loading it fails, and it is listed as refused (plugins -v)
    // instead of stopping every command.
    std::error_code status_error;
    const bool directory = it->is_directory(status_error);
    if (it->path().extension() == ".so" && !directory) found.push_back(it->path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

// The install's plugin directory as seen from the running binary: where an
// install under another prefix than the configured one keeps its plugins.
std::filesystem::path beside_binary(const char* relative) {
  boost::system::error_code ec;
  const auto program = boost::dll::program_location(ec);
  if (ec || *relative == '\0') return {};
  return (std::filesystem::path(program.parent_path().string()) / relative).lexically_normal();
}

}  // namespace

SearchPath SearchPath::standard(const std::vector<std::string>& plugin_dirs, const char* env_path) {
  SearchPath path;
  for (const auto& dir : plugin_dirs) path.explicit_dirs.emplace_back(dir);
  if (env_path != nullptr) {
    std::string_view rest = env_path;
    while (!rest.empty()) {
      const auto colon = rest.find(':');
      const auto part = rest.substr(0, colon);
      if (!part.empty()) path.explicit_dirs.emplace_back(std::string(part));
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  if (*DBM_BUILD_PLUGIN_DIR != '\0') path.default_dirs.emplace_back(DBM_BUILD_PLUGIN_DIR);
  // The same directory twice is harmless: discovery lists each library once.
  if (auto installed = beside_binary(DBM_PLUGIN_DIR_FROM_BINARY); !installed.empty()) {
    path.default_dirs.push_back(std::move(installed));
  }
  if (*DBM_INSTALL_PLUGIN_DIR != '\0') path.default_dirs.emplace_back(DBM_INSTALL_PLUGIN_DIR);
  return path;
}

PluginRegistry PluginRegistry::discover(const SearchPath& search_path) {
  std::vector<std::filesystem::path> dirs;
  for (const auto& dir : search_path.explicit_dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      throw PluginError(dir.string(), "plugin directory does not exist");
    }
    dirs.push_back(dir);
  }
  for (const auto& dir : search_path.default_dirs) {
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec)) dirs.push_back(dir);
  }

  PluginRegistry registry;
  std::vector<std::filesystem::path> seen;
  for (const auto& dir : dirs) {
    for (const auto& file : libraries_in(dir)) {
      std::error_code ec;
      const auto canonical = std::filesystem::weakly_canonical(file, ec);
      if (std::find(seen.begin(), seen.end(), canonical) != seen.end()) continue;
      seen.push_back(canonical);
      registry.candidates_.push_back(file);
    }
  }
  return registry;
}

const LoadedPlugin* PluginRegistry::load_next() const {
  const std::filesystem::path& file = candidates_[loaded_candidates_++];
  try {
    auto loaded = LoadedPlugin::load(file);
    for (const auto& earlier : plugins_) {
      if (earlier->name() == loaded->name()) {
        refusals_.push_back({file.string(), "another plugin named '" + loaded->name() + "' was found first, in '" +
                                                earlier->path().string() + "'"});
        return nullptr;
      }
    }
    plugins_.push_back(std::move(loaded));
    return plugins_.back().get();
  } catch (const IncompatiblePlugin& e) {
    refusals_.push_back({e.path(), e.reason(), e.project()});
    return nullptr;
  } catch (const PluginError& e) {
    refusals_.push_back({e.path(), e.reason()});
    return nullptr;
  }
}

void PluginRegistry::load_all() const {
  while (loaded_candidates_ < candidates_.size()) load_next();
}

const std::vector<std::unique_ptr<LoadedPlugin>>& PluginRegistry::plugins() const {
  load_all();
  return plugins_;
}

const std::vector<Refusal>& PluginRegistry::refusals() const {
  load_all();
  return refusals_;
}

const LoadedPlugin* PluginRegistry::find(const std::string& project) const {
  for (const auto& plugin : plugins_) {
    if (plugin->name() == project) return plugin.get();
  }
  while (loaded_candidates_ < candidates_.size()) {
    const LoadedPlugin* plugin = load_next();
    if (plugin != nullptr && plugin->name() == project) return plugin;
  }
  return nullptr;
}

const LoadedPlugin& PluginRegistry::get(const std::string& project) const {
  if (const LoadedPlugin* plugin = find(project)) return *plugin;
  for (const Refusal& refusal : refusals()) {
    if (refusal.project == project) {
      throw Error("the plugin for project '" + project + "' (" + refusal.path + ") was refused: " + refusal.reason);
    }
  }
  std::vector<std::string> names;
  for (const auto& plugin : plugins()) names.push_back(plugin->name());
  std::sort(names.begin(), names.end());
  std::string known;
  for (const auto& name : names) known += (known.empty() ? "" : ", ") + name;
  std::string message = "unknown project '" + project + "'; plugins found: " +
                        (known.empty() ? std::string("none") : known);
  if (!refusals().empty()) message += " (" + std::to_string(refusals().size()) + " refused; see 'db-manage plugins --verbose')";
  throw Error(message);
}

}  // namespace dbm::plugins
