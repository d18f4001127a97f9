// One project of a run, however it was named: from argv[0], from --project
// on the command line, or from a deployment manifest. Plain data.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace dbm::deployment {

struct ProjectSpec {
  std::string name{};    ///< what output and errors call it; unique within a run
  std::string plugin{};  ///< the plugin that holds its revisions (usually == name)
  std::vector<std::string> config_files{};  ///< layered as --config-file
  std::vector<std::string> config_dirs{};   ///< as --config-dir
  std::optional<std::string> database_url{};
  std::optional<std::string> version_table{};
  std::string origin{};  ///< where it was declared, for messages: "demo.toml:4:1"
};

}  // namespace dbm::deployment
