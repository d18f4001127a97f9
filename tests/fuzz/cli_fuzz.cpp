// Fuzz target `cli`: the command line (host/cli: global options, the command
// lookup and its suggestions, a command's own options; host/commands: the
// option readers of upgrade, downgrade and stamp; host/runtime: their
// argument rules), as cli::run reads it up to the point where a plugin would
// be loaded or a database opened.
//
// Input: argv without argv[0], one argument per piece between NUL bytes or
// newlines ("upgrade\nhead\n--lock-timeout\ninf").
// Each command line is read twice: as `db-manage` (the host's commands), and
// as a tool whose plugin brings options and commands of its own — a
// stand-in for tacker's (its --database-connection options, its
// purge_deleted and migrate-to-v2 with their choices), whose functions are
// null, so running one stops after the host's choice check.
// Expected: dbm::Error (UsageError, CommandError, Error). Anything else
// leaving (a Boost.Program_options error the CLI does not translate, a
// bad_any_cast from reading an option as the wrong type), a crash or a
// sanitizer report is a finding.
// Invariants: --jobs is at least 1; a --lock-timeout accepted is 0 to 86400
// s; a --delta accepted becomes a sign and a count of at least 1.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include <dbm/command.h>
#include <dbm/plugin.h>

#include "base/error.h"
#include "cli/global_options.h"
#include "command_options.h"
#include "commands/command.h"
#include "fuzz_support.h"
#include "migration_run.h"
#include "plugins/plugin_registry.h"
#include "runtime/run_arguments.h"

namespace {

using dbm::fuzz::finding;
namespace po = boost::program_options;

/// tacker's command-line surface, without its functions.
const dbm::Plugin& tacker_like_plugin() {
  static const dbm::Plugin plugin = [] {
    using Kind = dbm::CommandOption::Kind;
    dbm::Plugin p;
    p.config.cli_options = {
        {"database-connection", "database", "connection", "The SQLAlchemy connection string for the database."},
        {"sql_connection", "database", "connection", "Deprecated name of --database-connection."},
        {"database-engine", "database", "engine", "Database engine for --sql without a connection string."},
    };
    p.commands = {
        {.name = "purge_deleted",
         .summary = "Remove soft-deleted records.",
         .options = {{.name = "resource",
                      .kind = Kind::kText,
                      .choices = {"all", "events", "vnf", "vnfd", "vims"},
                      .positional = true},
                     {.name = "age,a", .kind = Kind::kText, .default_value = "90"},
                     {.name = "granularity,g",
                      .kind = Kind::kText,
                      .default_value = "days",
                      .choices = {"days", "hours", "minutes", "seconds"}},
                     {.name = "batch", .kind = Kind::kInteger}}},
        {.name = "migrate-to-v2",
         .summary = "Migrate VNF records.",
         .options = {{.name = "all", .kind = Kind::kFlag},
                     {.name = "api-ver", .kind = Kind::kText},
                     {.name = "vnf-id", .kind = Kind::kText}}},
    };
    return p;
  }();
  return plugin;
}

/// Every option the command line gave, read as its spec says.
void read_every_option(const dbm::commands::Command& command, const dbm::commands::Arguments& args) {
  using Kind = dbm::commands::OptionSpec::Kind;
  for (const auto& spec : command.options) {
    const std::string name = dbm::commands::long_option_name(spec.name);
    if (!args.has(name)) continue;
    switch (spec.kind) {
      case Kind::kFlag: break;
      case Kind::kText: args.text(name); break;
      case Kind::kInteger: args.integer(name); break;
      case Kind::kNumber: args.number(name); break;
      case Kind::kTexts: args.texts(name); break;
    }
  }
}

/// What upgrade, downgrade and stamp make of their options before they need the project.
void read_migration_arguments(const std::string& name, const dbm::commands::Arguments& args) {
  using dbm::commands::MigrationRequest;
  MigrationRequest request;
  dbm::commands::read_migration_options(args, request);
  if (request.lock_timeout < std::chrono::milliseconds(0) || request.lock_timeout > std::chrono::hours(24)) {
    finding("--lock-timeout accepted as " + std::to_string(request.lock_timeout.count()) + " ms");
  }
  if (name == "stamp") {
    dbm::runtime::split_stamp_arguments(args.texts("revisions"), request.sql, args.has("purge"));
    return;
  }
  const char sign = name == "upgrade" ? '+' : '-';
  const std::string target = dbm::commands::target_argument(args, sign);
  if (args.has("delta") && args.integer("delta") != 0 &&
      (target.size() < 2 || target[0] != sign || target[1] < '1' || target[1] > '9')) {
    finding("--delta became the target '" + target + "'");
  }
  if (name == "upgrade") {
    dbm::runtime::split_upgrade_argument(target, request.sql);
  } else {
    dbm::runtime::split_downgrade_argument(target, request.sql);
  }
}

void run_command_line(const std::vector<std::string>& argv, const dbm::Plugin* own) {
  using namespace dbm::cli;
  GlobalOptions global = parse_global_options(argv);
  if (own != nullptr) global = parse_global_options(argv, own->config.cli_options);
  if (global.jobs < 1) finding("--jobs accepted as " + std::to_string(global.jobs));
  if (global.version || global.command.empty()) return;

  const dbm::commands::Command command = find_command(global.command, own, global.unknown_option_before_command);
  po::options_description options(command.name + " options");
  const po::variables_map vm = parse_command_args(command, global.command_args, options);
  if (global.help || vm.count("help")) {
    std::ostringstream help;
    help << options;
    return;
  }
  const ParsedArguments args(vm);
  read_every_option(command, args);
  if (command.name == "upgrade" || command.name == "downgrade" || command.name == "stamp") {
    read_migration_arguments(command.name, args);
  } else if (own != nullptr && (command.name == "purge_deleted" || command.name == "migrate-to-v2")) {
    // A plugin command checks its choices, then finds no function: no project is touched.
    static dbm::plugins::PluginRegistry registry = dbm::plugins::PluginRegistry::discover({});
    std::ostringstream out;
    dbm::commands::CommandEnv env{registry, nullptr, out};
    command.run(env, args);
    finding("plugin command '" + command.name + "' ran without a function");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<std::string> argv =
      size == 0 ? std::vector<std::string>{}
                : dbm::fuzz::split_any(dbm::fuzz::as_text(data, size), std::string_view("\0\n", 2));
  dbm::cli::project_from_program_name(argv.empty() ? std::string() : argv.front());
  for (const dbm::Plugin* own : {static_cast<const dbm::Plugin*>(nullptr), &tacker_like_plugin()}) {
    try {
      run_command_line(argv, own);
    } catch (const dbm::Error&) {
    }
  }
  return 0;
}
