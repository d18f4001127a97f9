#include "cli/project_selection.h"

#include <algorithm>
#include <set>

#include "deployment/manifest.h"
#include "base/error.h"
#include "base/join.h"

namespace dbm::cli {
namespace {

deployment::ProjectSpec spec_named(const std::string& name, std::vector<std::string> files,
                                   std::vector<std::string> dirs) {
  deployment::ProjectSpec spec;
  spec.name = name;
  spec.plugin = name;
  spec.config_files = std::move(files);
  spec.config_dirs = std::move(dirs);
  spec.origin = "--project " + name;
  return spec;
}

std::vector<deployment::ProjectSpec> from_manifest(const GlobalOptions& global) {
  if (!global.config_files.empty() || !global.config_dirs.empty() ||
      std::any_of(global.projects.begin(), global.projects.end(),
                  [](const ProjectSelection& p) { return !p.config_files.empty() || !p.config_dirs.empty(); })) {
    throw UsageError("--config-file/--config-dir cannot be combined with --projects: list config files in the manifest");
  }
  std::vector<deployment::ProjectSpec> all = deployment::load_manifest(*global.manifest);
  if (global.projects.empty()) return all;
  std::vector<std::string> listed;
  for (const auto& spec : all) listed.push_back(spec.name);
  std::set<std::string> wanted;
  for (const auto& selection : global.projects) {
    if (std::find(listed.begin(), listed.end(), selection.name) == listed.end()) {
      throw UsageError("project '" + selection.name + "' is not in " + *global.manifest + " (it lists " +
                       text::join(listed, ", ") + ")");
    }
    wanted.insert(selection.name);
  }
  // Manifest order, whatever the order of --project.
  std::erase_if(all, [&](const deployment::ProjectSpec& spec) { return !wanted.contains(spec.name); });
  return all;
}

std::vector<deployment::ProjectSpec> from_command_line(const GlobalOptions& global) {
  if (global.projects.size() == 1) {
    // One project: config options before or after --project are all its own.
    const ProjectSelection& only = global.projects.front();
    std::vector<std::string> files = global.config_files;
    std::vector<std::string> dirs = global.config_dirs;
    files.insert(files.end(), only.config_files.begin(), only.config_files.end());
    dirs.insert(dirs.end(), only.config_dirs.begin(), only.config_dirs.end());
    return {spec_named(only.name, files, dirs)};
  }
  if (!global.config_files.empty() || !global.config_dirs.empty()) {
    throw UsageError("with several --project options, each --config-file/--config-dir goes after the --project "
                     "it belongs to; '" +
                     (global.config_files.empty() ? global.config_dirs : global.config_files).front() +
                     "' comes before any");
  }
  std::vector<deployment::ProjectSpec> specs;
  std::set<std::string> seen;
  for (const auto& selection : global.projects) {
    if (!seen.insert(selection.name).second) throw UsageError("project '" + selection.name + "' is given twice");
    specs.push_back(spec_named(selection.name, selection.config_files, selection.config_dirs));
  }
  return specs;
}

}  // namespace

ProjectSelectionResult select_projects(const GlobalOptions& global, const std::optional<std::string>& dispatched) {
  ProjectSelectionResult result;
  if (global.manifest) {
    result.projects = from_manifest(global);
    result.grouped = true;
  } else if (!global.projects.empty()) {
    result.projects = from_command_line(global);
    result.grouped = result.projects.size() > 1;
  } else if (dispatched) {
    result.projects = {spec_named(*dispatched, global.config_files, global.config_dirs)};
  }
  return result;
}

}  // namespace dbm::cli
