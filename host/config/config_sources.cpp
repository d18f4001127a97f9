// oslo.config's default search path and environment source. Looks at the
// file system only to test existence; reads no file contents.
#include "config/config_sources.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace dbm::config {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> search_dirs(const std::string& project, const std::string& home, const std::string& root) {
  const fs::path etc = fs::path(root.empty() ? "/" : root) / "etc";
  std::vector<fs::path> dirs;
  if (!home.empty() && !project.empty()) dirs.push_back(fs::path(home) / ("." + project));
  if (!home.empty()) dirs.push_back(fs::path(home));
  if (!project.empty()) dirs.push_back(etc / project);
  dirs.push_back(etc);
  return dirs;
}

std::vector<std::string> find_first_existing(const std::string& project, const std::string& prog,
                                             const std::string& home, const std::string& root,
                                             const std::string& extension) {
  const std::vector<fs::path> dirs = search_dirs(project, home, root);
  std::vector<std::string> found;
  for (const std::string& base : {project, prog}) {
    if (base.empty()) continue;
    for (const auto& dir : dirs) {
      std::error_code ec;
      const fs::path candidate = dir / (base + extension);
      if (fs::exists(candidate, ec)) {
        found.push_back(candidate.string());
        break;  // oslo takes only the first directory that has it
      }
    }
  }
  return found;
}

}  // namespace

std::vector<std::string> default_config_files(const std::string& project, const std::string& prog,
                                              const std::string& home, const std::string& root) {
  return find_first_existing(project, prog, home, root, ".conf");
}

std::vector<std::string> default_config_dirs(const std::string& project, const std::string& prog,
                                             const std::string& home, const std::string& root) {
  return find_first_existing(project, prog, home, root, ".conf.d");
}

std::string env_variable_name(const std::string& section, const std::string& option) {
  std::string name = "OS_" + (section.empty() ? std::string("DEFAULT") : section) + "__" + option;
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c); });
  return name;
}

std::optional<std::string> env_override(const std::string& section, const std::string& option,
                                        const EnvLookup& getenv) {
  const std::string name = env_variable_name(section, option);
  const char* value = getenv ? getenv(name.c_str()) : std::getenv(name.c_str());
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

}  // namespace dbm::config
