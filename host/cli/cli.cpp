// argv → global options → one command from the table → its exit status.
#include "cli/cli.h"

#include <dbm/plugin.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/global_options.h"
#include "command_options.h"
#include "cli/project_selection.h"
#include "commands/command.h"
#include "session/project_session.h"
#include "deployment/preflight.h"
#include "deployment/project_runner.h"
#include "base/error.h"
#include "log/log.h"
#include "plugins/plugin_registry.h"

#ifndef DBM_VERSION
#define DBM_VERSION "0.0.0"
#endif

namespace po = boost::program_options;

namespace dbm::cli {
namespace {

void print_usage(std::ostream& out, const std::string& prog, const dbm::Plugin* own) {
  out << "usage: " << prog << " [global options] <command> [command options]\n\n" << global_options_description();
  if (own != nullptr && !own->config.cli_options.empty()) {
    out << "\n" << plugin_options_description(prog + " options", own->config.cli_options);
  }
  out << "\nCommands:\n";
  for (const auto& command : available_commands(own)) {
    out << "  " << command.name << std::string(command.name.size() < 18 ? 18 - command.name.size() : 1, ' ')
        << command.summary << "\n";
  }
  out << "\nRun '" << prog << " <command> --help' for a command's options.\n";
}

/// A command over several projects: checks that must hold before any
/// starts, then each project under its header, then the summary.
int run_grouped(const commands::Command& command, const commands::Arguments& args, const GlobalOptions& global,
                commands::CommandEnv& env) {
  const bool sql = args.has("sql");
  if (args.has("output") && args.text("output").find("{project}") == std::string::npos) {
    throw UsageError("with several projects, --output needs {project} in the file name (one script per project)");
  }
  std::vector<deployment::RunnerProject> projects;
  for (session::ProjectSession* session : env.projects) {
    projects.push_back(
        {session, command.uses_database ? deployment::database_identity(session->url(), session->dialect()) : ""});
  }
  if (command.uses_database) deployment::check_shared_databases(env.projects);

  deployment::RunnerOptions options;
  options.command = command.name;
  options.keep_going = global.keep_going;
  options.jobs = global.jobs;
  options.sql_output = sql && !args.has("output");
  const auto outcomes = deployment::run_projects(
      projects, options,
      [&](session::ProjectSession& session, std::ostream& out) {
        commands::CommandEnv one{env.registry, &session, out, {}};
        return command.run(one, args);
      },
      env.out);
  return deployment::exit_status(outcomes);
}

/// Runs the command for the projects the command line names, from loading
/// their plugins to the command's exit status.
int run_for_projects(const commands::Command& command, const commands::Arguments& args, const GlobalOptions& global,
                     const std::optional<std::string>& dispatched, const std::string& prog,
                     commands::CommandEnv& env, std::vector<std::unique_ptr<session::ProjectSession>>& sessions) {
  const ProjectSelectionResult selection = select_projects(global, dispatched);
  if (selection.projects.empty()) {
    throw UsageError("no project given: run as <project>-db-manage, pass --project NAME or --projects FILE "
                     "(see 'db-manage plugins')");
  }
  // Every plugin is loaded and every project set up before the first runs.
  for (const auto& spec : selection.projects) {
    const plugins::LoadedPlugin* plugin = nullptr;
    try {
      plugin = &env.registry.get(spec.plugin);
    } catch (const Error& e) {
      if (!selection.grouped) throw;
      e.rethrow_with_message(spec.origin + ": " + e.what());
    }
    sessions.push_back(std::make_unique<session::ProjectSession>(
        *plugin, session::ConfigSources{spec.config_files, spec.config_dirs, prog},
        session::ProjectOverrides{spec.name, spec.database_url, spec.version_table, global.config_values}));
  }
  for (const auto& session : sessions) {
    if (command.uses_database) session->build_graph_in_background();
    env.projects.push_back(session.get());
  }
  if (command.run_all) return command.run_all(env, args);
  if (!selection.grouped) {
    env.project = env.projects.front();
    return command.run(env, args);
  }
  return run_grouped(command, args, global, env);
}

}  // namespace

void print_failure(const char* message) {
  std::fprintf(stderr, "FAILED: %s\n", message);
  std::fflush(stderr);
}

int run(int argc, char** argv, std::ostream& out, Invocation& invocation) {
  const std::string argv0 = argc > 0 ? argv[0] : "db-manage";
  const std::optional<std::string> dispatched = project_from_program_name(argv0);
  const std::string prog = dispatched ? *dispatched + "-db-manage" : "db-manage";

  const std::vector<std::string> arguments(argv + (argc > 0 ? 1 : 0), argv + argc);
  GlobalOptions global = parse_global_options(arguments);
  log::set_verbosity(global.quiet ? log::Verbosity::kQuiet : log::Verbosity::kNormal);
  if (global.version) {
    out << "db-manage " << DBM_VERSION << "\n";
    return 0;
  }

  // The one project this run is for (argv[0], or a single --project) may
  // have options and commands of its own: its plugin is loaded first, and
  // the command line read again with its options.
  const dbm::Plugin* own = nullptr;
  const std::optional<std::string> single =
      global.manifest ? std::nullopt
                      : (global.projects.size() == 1 ? std::optional(global.projects.front().name) : dispatched);
  auto discover = [&] {
    if (!invocation.registry) {
      invocation.registry = std::make_unique<plugins::PluginRegistry>(plugins::PluginRegistry::discover(
          plugins::SearchPath::standard(global.plugin_dirs, std::getenv("DB_MANAGE_PLUGIN_PATH"))));
    }
    return invocation.registry.get();
  };
  if (single) {
    // A missing plugin is reported where the project is needed, as before.
    if (const plugins::LoadedPlugin* plugin = discover()->find(*single)) own = &plugin->plugin();
    if (own != nullptr && !own->config.cli_options.empty()) {
      global = parse_global_options(arguments, own->config.cli_options);
    }
  }
  if (global.command.empty()) {
    if (global.help) {
      print_usage(out, prog, own);
      return 0;
    }
    throw UsageError("no command given; run '" + prog + " --help' for the list");
  }

  const commands::Command command = find_command(global.command, own, global.unknown_option_before_command);
  po::options_description options(prog + " " + command.name + " options");
  const po::variables_map vm = parse_command_args(command, global.command_args, options);
  if (global.help || vm.count("help")) {
    out << "usage: " << prog << " [global options] " << command.name << " [options]\n\n"
        << command.summary << "\n\n" << options;
    return 0;
  }

  commands::CommandEnv env{*discover(), nullptr, out};
  const ParsedArguments args(vm);
  if (!command.needs_project) return command.run(env, args);

  try {
    return run_for_projects(command, args, global, dispatched, prog, env, invocation.sessions);
  } catch (const Error& e) {
    if (command.error_exit_code == 0) throw;
    throw Error(e.what(), command.error_exit_code);
  }
}

}  // namespace dbm::cli
