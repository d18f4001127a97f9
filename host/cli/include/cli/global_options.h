// The command line before the subcommand: oslo.config's global options plus
// ours, parsed with Boost.Program_options. Everything after the subcommand
// name is handed to that command's own parser.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

#include <dbm/plugin.h>

#include "session/project_session.h"

namespace dbm::cli {

/// One `--project NAME` and the --config-file/--config-dir options after it.
struct ProjectSelection {
  std::string name;
  std::vector<std::string> config_files;
  std::vector<std::string> config_dirs;
};

struct GlobalOptions {
  /// --config-file/--config-dir given before any --project.
  std::vector<std::string> config_files;
  std::vector<std::string> config_dirs;
  std::vector<std::string> plugin_dirs;
  std::vector<ProjectSelection> projects;  ///< in command-line order
  std::optional<std::string> manifest;     ///< --projects FILE
  bool keep_going = false;
  int jobs = 1;
  bool quiet = false;
  bool help = false;
  bool version = false;
  std::string command;                    ///< empty when none was given
  std::vector<std::string> command_args;  ///< in their original order
  /// An option before the command that is not a global one (`-config-file`,
  /// the seed README's typo): argparse then took the next word for the
  /// command, and so do we; the error names this option too.
  std::string unknown_option_before_command{};
  /// Values of the project's own config options (a plugin's ConfigOption).
  std::vector<session::ConfigValue> config_values;
};

/// The options `db-manage --help` lists.
boost::program_options::options_description global_options_description();

/// Parses `args` (argv without argv[0]), with the config options a project's
/// plugin declares. Throws UsageError for bad options.
GlobalOptions parse_global_options(const std::vector<std::string>& args,
                                   const std::vector<dbm::ConfigOption>& plugin_options = {});

/// `plugin_options` for --help.
boost::program_options::options_description plugin_options_description(
    const std::string& title, const std::vector<dbm::ConfigOption>& plugin_options);

/// Program_options treats "-1" and "-3:current" as options; Alembic's argparse
/// takes them as positional values (`downgrade -1`). This style parser does too.
std::vector<boost::program_options::option> negative_number_parser(std::vector<std::string>& args);

/// The text of a Program_options error about the command line `args`, for
/// UsageError. Boost 1.74 fills its message's %placeholders% in a loop until
/// none is left, so what() never returns when a value it fills in holds its
/// own placeholder (the argument `--x%canonical_option%`). When an argument
/// holds anything of the form %name%, what() is not called: the text names
/// the option alone.
std::string program_options_message(const boost::program_options::error& error,
                                    const std::vector<std::string>& args);

/// The project an argv[0] like "/usr/bin/blazar-db-manage" names, if any.
std::optional<std::string> project_from_program_name(const std::string& argv0);

}  // namespace dbm::cli
