// The shape of one subcommand: its options (Boost.Program_options) and the
// function that runs it. The CLI keeps a table of these; each command lives in
// its own file and is a thin composition of graph, config and db.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

namespace dbm::plugins {
class PluginRegistry;
}

namespace dbm::session {
class ProjectSession;
}

namespace dbm::commands {

using session::ProjectSession;


/// What a running command is given.
struct CommandEnv {
  plugins::PluginRegistry& registry;
  ProjectSession* project;  ///< null for commands with needs_project == false, and for run_all
  std::ostream& out;        ///< stdout: the command's result
  std::vector<ProjectSession*> projects = {};  ///< every project of the run, for run_all
};

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
  /// Adds the command's options and positional arguments.
  std::function<void(boost::program_options::options_description&,
                     boost::program_options::positional_options_description&)>
      describe;
  /// Runs it; returns the exit status.
  std::function<int(CommandEnv&, const boost::program_options::variables_map&)> run;
  /// Set instead of `run` by commands that answer for all projects at once
  /// (status: one table); they get CommandEnv::projects.
  std::function<int(CommandEnv&, const boost::program_options::variables_map&)> run_all;
};

/// Every command, in the order `--help` lists them.
const std::vector<Command>& command_table();

/// The commands, one factory per file.
Command current_command();
Command history_command();
Command heads_command();
Command branches_command();
Command show_command();
Command check_migration_command();
Command plugins_command();
Command upgrade_command();
Command downgrade_command();
Command stamp_command();
Command revision_command();
Command status_command();

}  // namespace dbm::commands
