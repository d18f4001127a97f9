// The deployment manifest: a TOML file listing the projects of one
// deployment, in the order they are migrated. Reading only; what a run does
// with the projects is elsewhere.
//
//   [[project]]
//   name = "blazar"                        # required; the plugin unless `plugin` says otherwise
//   plugin = "blazar"                      # optional
//   config_files = ["/etc/blazar/blazar.conf"]   # optional, layered in order
//   config_dirs = ["/etc/blazar/blazar.conf.d"]  # optional
//   database_url = "postgresql://..."      # optional, overrides the config files
//   version_table = "alembic_version_blazar"     # optional, overrides the plugin's
#pragma once

#include <filesystem>
#include <vector>

#include "deployment/project_spec.h"

namespace dbm::deployment {

/// Reads `path`. Relative config paths are taken relative to the manifest's
/// directory. Throws ConfigError naming file, line and column for TOML syntax
/// errors, unknown keys, wrong value types, a missing name, a project listed
/// twice or a manifest with no project.
std::vector<ProjectSpec> load_manifest(const std::filesystem::path& path);

}  // namespace dbm::deployment
