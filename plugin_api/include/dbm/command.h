// Commands a plugin adds to its service's tool, beside the host's migration
// commands (tacker-db-manage's purge_deleted, say). A command is data (its
// name, options and positional arguments) and a plain function; the host
// parses the command line, checks choices, connects when asked, and turns a
// thrown std::exception into the tool's one-line failure. Standard library only.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "dbm/connection.h"

namespace dbm {

/// One option or positional argument of a plugin command.
struct CommandOption {
  enum class Kind : std::uint8_t {
    kFlag,     ///< present or not
    kText,     ///< one string
    kInteger,  ///< one int
  };
  std::string name{};  ///< "age,a": the long name, then an optional one-letter short one
  Kind kind = Kind::kFlag;
  std::string help{};
  std::optional<std::string> default_value{};  ///< as written on the command line
  std::vector<std::string> choices{};          ///< when set, the only values accepted
  bool positional = false;                     ///< given without its name, in declaration order
};

/// What a running plugin command may use. Implemented by the host.
class CommandContext {
 public:
  virtual ~CommandContext() = default;
  /// The value given for option `name` (its long name), or its default;
  /// std::nullopt when neither. A flag reads as "" when given.
  virtual std::optional<std::string> argument(const std::string& name) const = 0;
  /// A value from the service's config files and config options.
  virtual std::optional<std::string> config(const std::string& section, const std::string& option) const = 0;
  /// "sqlite", "postgresql" or "mysql": the configured database's dialect.
  virtual const std::string& dialect() = 0;
  /// The service's database, connected on first use with the same URL the
  /// migration commands use. Each statement runs on its own (autocommit)
  /// unless the command runs BEGIN/COMMIT itself.
  virtual Connection& connection() = 0;
  /// Standard output: the command's result.
  virtual std::ostream& out() = 0;
  /// Standard error: warnings, and the message of a refusal the command
  /// answers with its own exit status.
  virtual std::ostream& err() = 0;
};

struct PluginCommand {
  std::string name{};
  std::string summary{};
  std::vector<CommandOption> options{};
  /// Runs the command; returns the exit status. What it throws (a
  /// std::exception) is reported as `FAILED: <what>` with exit status 1.
  int (*run)(CommandContext& context) = nullptr;
};

}  // namespace dbm
