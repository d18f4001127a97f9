// The shape of one subcommand: its options as data and the function that
// runs it. The CLI keeps a table of these (ninja's tool table) and turns the
// option specs into Boost.Program_options, which parses them; a command reads
// the values through Arguments and never sees Boost. Each command lives in
// its own file and is a thin composition of the modules below.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace dbm {
struct PluginCommand;
}
namespace dbm::plugins {
class PluginRegistry;
}
namespace dbm::session {
class ProjectSession;
}

namespace dbm::commands {

using session::ProjectSession;

/// One option or positional argument of a command.
struct OptionSpec {
  enum class Kind : std::uint8_t {
    kFlag,     ///< present or not
    kText,     ///< one string
    kInteger,  ///< one int
    kNumber,   ///< one double
    kTexts,    ///< every occurrence, in order
  };
  const char* name;  ///< Program_options' spelling: "output,o" (long name, then a one-letter short one)
  Kind kind = Kind::kFlag;
  const char* help = "";
  const char* default_value = nullptr;  ///< as written in --help, e.g. "60"; null: none
  bool required = false;
  int positional = 0;  ///< positional places it takes: 1, or -1 for all that remain; 0: none
};

/// An option's long name: "output,o" → "output".
inline std::string long_option_name(std::string_view spec_name) {
  return std::string(spec_name.substr(0, spec_name.find(',')));
}

/// The values the command line gave, by long name. An absent option with a
/// default reads as its default. Reading an absent option without one, or
/// as another kind than its spec, is a bug in the command.
class Arguments {
 public:
  virtual ~Arguments() = default;
  virtual bool has(std::string_view name) const = 0;
  virtual std::string text(std::string_view name) const = 0;
  virtual int integer(std::string_view name) const = 0;
  virtual double number(std::string_view name) const = 0;
  virtual std::vector<std::string> texts(std::string_view name) const = 0;
};

/// What a running command is given.
struct CommandEnv {
  plugins::PluginRegistry& registry;
  ProjectSession* project;  ///< null for commands with needs_project == false, and for run_all
  std::ostream& out;        ///< stdout: the command's result
  std::vector<ProjectSession*> projects = {};  ///< every project of the run, for run_all
};

/// A function, not a plain pointer: a plugin's command carries its plugin's definition.
using CommandFn = std::function<int(CommandEnv& env, const Arguments& args)>;

struct Command {
  std::string name;
  std::string summary;
  bool needs_project = true;
  /// Reads or writes the projects' databases (or, with --sql, their
  /// dialects): a multi-project run resolves every URL and checks shared
  /// databases before the first project starts.
  bool uses_database = false;
  /// When non-zero, the exit status of any error that stops the command
  /// (status promises 2 for "could not tell", never 1, which means "behind").
  int error_exit_code = 0;
  /// Its options and positional arguments, in --help order.
  std::vector<OptionSpec> options;
  /// Runs it for one project (or none); returns the exit status.
  CommandFn run = nullptr;
  /// Set instead of `run` by commands that answer for all projects at once
  /// (status: one table); they get CommandEnv::projects.
  CommandFn run_all = nullptr;
};

/// A plugin's own command (dbm/command.h) as a command of the table's shape:
/// its options checked (choices included), its function given the project.
/// REQUIRES: `command` outlives the result (plugins stay loaded).
Command plugin_command(const dbm::PluginCommand& command);

/// Every command, in the order `--help` lists them.
const std::vector<Command>& command_table();

/// The commands, one factory per file.
Command current_command();
Command history_command();
Command heads_command();
Command branches_command();
Command show_command();
Command check_command();
Command check_migration_command();
Command plugins_command();
Command upgrade_command();
Command downgrade_command();
Command stamp_command();
Command revision_command();
Command merge_command();
Command status_command();

}  // namespace dbm::commands
