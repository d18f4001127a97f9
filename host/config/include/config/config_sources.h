// Where oslo.config looks for configuration besides the files named on the
// command line: its default search path and OS_<GROUP>__<OPTION> variables.
// Knows nothing of INI syntax or of what the options mean.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dbm::config {

/// The files oslo reads when no --config-file is given: the first existing
/// `<project>.conf`, then the first existing `<prog>.conf`, each searched in
/// ~/.<project>/, ~/, <root>/etc/<project>/, <root>/etc/ (without a project:
/// `<prog>.conf` in ~/ and <root>/etc/). An empty `home` skips the home dirs.
std::vector<std::string> default_config_files(const std::string& project, const std::string& prog,
                                              const std::string& home, const std::string& root = "/");

/// The same search for oslo's default config dirs (`<name>.conf.d`).
std::vector<std::string> default_config_dirs(const std::string& project, const std::string& prog,
                                             const std::string& home, const std::string& root = "/");

/// oslo's environment variable for an option: OS_DATABASE__CONNECTION.
/// An empty section means DEFAULT.
std::string env_variable_name(const std::string& section, const std::string& option);

/// Reads one environment variable; nullptr when unset (std::getenv's shape).
using EnvLookup = std::function<const char*(const char*)>;

/// The environment's value for an option, which oslo prefers to any file.
/// `getenv` is injectable for tests; the default reads the process environment.
std::optional<std::string> env_override(const std::string& section, const std::string& option,
                                        const EnvLookup& getenv = {});

}  // namespace dbm::config
