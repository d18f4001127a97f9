#include "deployment/manifest.h"

#include <map>

#include <toml++/toml.h>

#include "base/error.h"
#include "manifest_text.h"

namespace dbm::deployment {
namespace {

namespace fs = std::filesystem;

std::string where(const fs::path& file, const toml::source_region& region) {
  return file.string() + ":" + std::to_string(region.begin.line) + ":" + std::to_string(region.begin.column);
}

[[noreturn]] void fail(const fs::path& file, const toml::node& node, const std::string& message) {
  throw ConfigError(where(file, node.source()) + ": " + message);
}

std::string string_value(const fs::path& file, const toml::node& node, const std::string& key) {
  const auto* value = node.as_string();
  if (value == nullptr) fail(file, node, "'" + key + "' must be a string");
  if (value->get().empty()) fail(file, node, "'" + key + "' must not be empty");
  return value->get();
}

/// A list of paths; relative ones are taken from the manifest's directory, so
/// a manifest works from any working directory.
std::vector<std::string> path_list(const fs::path& file, const toml::node& node, const std::string& key) {
  const auto* array = node.as_array();
  if (array == nullptr) fail(file, node, "'" + key + "' must be an array of strings");
  std::vector<std::string> paths;
  for (const toml::node& element : *array) {
    const fs::path path = string_value(file, element, key);
    paths.push_back((path.is_absolute() ? path : file.parent_path() / path).lexically_normal().string());
  }
  return paths;
}

ProjectSpec read_project(const fs::path& file, const toml::node& node) {
  const auto* table = node.as_table();
  if (table == nullptr) fail(file, node, "each [[project]] must be a table");
  ProjectSpec spec;
  spec.origin = where(file, node.source());
  for (const auto& [key, value] : *table) {
    const std::string name(key.str());
    if (name == "name") spec.name = string_value(file, value, name);
    else if (name == "plugin") spec.plugin = string_value(file, value, name);
    else if (name == "config_files") spec.config_files = path_list(file, value, name);
    else if (name == "config_dirs") spec.config_dirs = path_list(file, value, name);
    else if (name == "database_url") spec.database_url = string_value(file, value, name);
    else if (name == "version_table") spec.version_table = string_value(file, value, name);
    else fail(file, value, "unknown key '" + name + "' (expected name, plugin, config_files, config_dirs, "
                           "database_url, version_table)");
  }
  if (spec.name.empty()) fail(file, node, "project has no 'name'");
  if (spec.plugin.empty()) spec.plugin = spec.name;
  return spec;
}

}  // namespace

std::vector<ProjectSpec> load_manifest(const fs::path& path) {
  const std::string text = read_manifest_text(path);
  toml::table document;
  try {
    document = toml::parse(text, path.string());
  } catch (const toml::parse_error& e) {
    throw ConfigError(where(path, e.source()) + ": " + std::string(e.description()));
  }
  for (const auto& [key, value] : document) {
    if (key.str() != "project") fail(path, value, "unknown key '" + std::string(key.str()) + "' (expected [[project]])");
  }
  const toml::array* projects = document["project"].as_array();
  if (projects == nullptr || projects->empty()) {
    throw ConfigError(path.string() + ": no [[project]] listed");
  }
  std::vector<ProjectSpec> specs;
  std::map<std::string, std::string> seen;  // name -> origin
  for (const toml::node& node : *projects) {
    ProjectSpec spec = read_project(path, node);
    if (auto [it, fresh] = seen.emplace(spec.name, spec.origin); !fresh) {
      throw ConfigError(spec.origin + ": project '" + spec.name + "' is listed twice (first at " + it->second + ")");
    }
    specs.push_back(std::move(spec));
  }
  return specs;
}

}  // namespace dbm::deployment
