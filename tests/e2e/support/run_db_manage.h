// Runs the built db-manage binary (or a sibling name such as blazar-db-manage) the way a user
// would: a child process with its own argv, environment and working directory, output captured.
// Knows nothing about databases or about what the binary prints.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dbm::e2e {

/// How to run the program; the defaults run `<build>/bin/db-manage` in the current directory.
struct RunOptions {
  /// A name in `<build>/bin` (e.g. "blazar-db-manage"), or a path containing '/' used as is.
  std::string program = "db-manage";
  /// Added to (or replacing in) the test's own environment.
  std::vector<std::pair<std::string, std::string>> env = {};
  /// Removed from the environment, e.g. DB_MANAGE_PLUGIN_PATH.
  std::vector<std::string> unset_env = {};
  /// Working directory of the child; the test's own when empty.
  std::optional<std::filesystem::path> cwd = std::nullopt;
  /// The child is killed after this long and the test fails.
  std::chrono::seconds timeout = std::chrono::seconds(60);
};

struct RunResult {
  int exit_code = -1;     ///< the exit status, or 128 + signal when killed by a signal
  std::string out;        ///< everything written to stdout
  std::string err;        ///< everything written to stderr
  bool timed_out = false; ///< killed because it ran past RunOptions::timeout
};

/// The executable RunOptions::program names.
std::filesystem::path resolve_program(const std::string& program);

/// Runs a service's own tool, `<service>-db-manage --config-file CONFIG ARGS...`, as a deployer
/// would: only the plugins the build ships are found ($DB_MANAGE_PLUGIN_PATH unset).
RunResult run_service_tool(const std::string& service, const std::filesystem::path& config,
                           const std::vector<std::string>& args);
/// The same with several `--config-file`s, in order (quantum's README layers two).
RunResult run_service_tool(const std::string& service, const std::vector<std::filesystem::path>& configs,
                           const std::vector<std::string>& args);

/// Runs the program with `args` (argv[1]...), stdin from /dev/null, and waits for it.
/// A timeout kills the child and records a test failure (ADD_FAILURE) naming the command.
/// Throws std::runtime_error when the program cannot be started at all.
RunResult run_db_manage(const std::vector<std::string>& args, const RunOptions& options = {});

}  // namespace dbm::e2e
