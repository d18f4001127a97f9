// argv → global options → one command from the table → its exit status.
#include "cli/cli.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/global_options.h"
#include "cli/suggestion.h"
#include "commands/command.h"
#include "commands/project_session.h"
#include "error.h"
#include "log/log.h"
#include "plugins/plugin_registry.h"

#ifndef DBM_VERSION
#define DBM_VERSION "0.0.0"
#endif

namespace po = boost::program_options;

namespace dbm::cli {
namespace {

void print_usage(std::ostream& out, const std::string& prog) {
  out << "usage: " << prog << " [global options] <command> [command options]\n\n"
      << global_options_description() << "\nCommands:\n";
  for (const auto& command : commands::command_table()) {
    out << "  " << command.name << std::string(command.name.size() < 18 ? 18 - command.name.size() : 1, ' ')
        << command.summary << "\n";
  }
  out << "\nRun '" << prog << " <command> --help' for a command's options.\n";
}

const commands::Command& find_command(const std::string& name) {
  std::vector<std::string> names;
  for (const auto& command : commands::command_table()) {
    if (command.name == name) return command;
    names.push_back(command.name);
  }
  std::string message = "unknown command '" + name + "'";
  if (auto guess = closest_match(name, names)) message += "; did you mean '" + *guess + "'?";
  throw UsageError(message);
}

po::variables_map parse_command_args(const commands::Command& command, const std::vector<std::string>& args,
                                     po::options_description& options) {
  po::positional_options_description positional;
  options.add_options()("help,h", "Show this command's help and exit.");
  command.describe(options, positional);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args)
                  .options(options)
                  .positional(positional)
                  .extra_style_parser(negative_number_parser)
                  .run(),
              vm);
    if (!vm.count("help")) po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(command.name + ": " + e.what());
  }
  return vm;
}

}  // namespace

void print_failure(const char* message) {
  std::fprintf(stderr, "FAILED: %s\n", message);
  std::fflush(stderr);
}

int run(int argc, char** argv, std::ostream& out) {
  const std::string argv0 = argc > 0 ? argv[0] : "db-manage";
  const std::optional<std::string> dispatched = project_from_program_name(argv0);
  const std::string prog = dispatched ? *dispatched + "-db-manage" : "db-manage";

  const GlobalOptions global = parse_global_options(std::vector<std::string>(argv + (argc > 0 ? 1 : 0), argv + argc));
  log::set_verbosity(global.quiet ? log::Verbosity::kQuiet : log::Verbosity::kNormal);
  if (global.version) {
    out << "db-manage " << DBM_VERSION << "\n";
    return 0;
  }
  if (global.command.empty()) {
    if (global.help) {
      print_usage(out, prog);
      return 0;
    }
    throw UsageError("no command given; run '" + prog + " --help' for the list");
  }

  const commands::Command& command = find_command(global.command);
  po::options_description options(prog + " " + command.name + " options");
  const po::variables_map vm = parse_command_args(command, global.command_args, options);
  if (global.help || vm.count("help")) {
    out << "usage: " << prog << " [global options] " << command.name << " [options]\n\n"
        << command.summary << "\n\n" << options;
    return 0;
  }

  auto registry = plugins::PluginRegistry::discover(
      plugins::SearchPath::standard(global.plugin_dirs, std::getenv("DB_MANAGE_PLUGIN_PATH")));
  commands::CommandEnv env{registry, nullptr, out};
  if (!command.needs_project) return command.run(env, vm);

  std::optional<std::string> project = global.project ? global.project : dispatched;
  if (!project) {
    throw UsageError("no project given: run as <project>-db-manage or pass --project NAME "
                     "(see 'db-manage plugins')");
  }
  commands::ProjectSession session(registry.get(*project),
                                   {global.config_files, global.config_dirs, prog});
  env.project = &session;
  return command.run(env, vm);
}

}  // namespace dbm::cli
