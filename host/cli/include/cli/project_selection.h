// Which projects one invocation acts on: the manifest's (narrowed by
// --project), the --project options with their own config files, or the
// project argv[0] names. Knows nothing of what the command then does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/global_options.h"
#include "deployment/project_spec.h"

namespace dbm::cli {

struct ProjectSelectionResult {
  std::vector<deployment::ProjectSpec> projects;  ///< empty when none was named
  /// Output grouped per project under headers, with a summary: a manifest or
  /// several projects. One project named the upstream way prints as upstream.
  bool grouped = false;
};

/// Throws UsageError for contradictions (config files both in a manifest and
/// on the command line, a project named twice, a name the manifest lacks) and
/// ConfigError for a manifest that cannot be read.
ProjectSelectionResult select_projects(const GlobalOptions& global, const std::optional<std::string>& dispatched);

}  // namespace dbm::cli
