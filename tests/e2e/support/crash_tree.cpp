#include "support/crash_tree.h"

#include <chrono>
#include <filesystem>

namespace dbm::e2e {

RunResult run_tree(const std::string& tree, const ScratchTarget& target, std::vector<std::string> args,
                   const std::string& kill_after) {
  RunOptions options;
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  options.timeout = std::chrono::seconds(120);
  if (!kill_after.empty()) options.env = {{"DB_MANAGE_TEST_KILL_AFTER_STATEMENT", kill_after}};
  std::vector<std::string> full{"-q"};
  if (tree == "crash") {
    full.insert(full.end(),
                {"--plugin-dir", (std::filesystem::path(DBM_BINARY_DIR) / "tests/fixtures/plugins/crash").string(),
                 "--project", "crash"});
  } else {
    options.program = tree + "-db-manage";
  }
  full.insert(full.end(), {"--config-file", target.config().string()});
  full.insert(full.end(), args.begin(), args.end());
  return run_db_manage(full, options);
}

std::string head_of(const std::string& tree) {
  if (tree == "blazar") return "553383923ca0";
  if (tree == "sahara") return "035";
  return "c6drops00006";
}

}  // namespace dbm::e2e
