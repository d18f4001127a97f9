// `upgrade [REVISION] [--delta N]` and `downgrade [REVISION] [--delta N]`:
// the same command in two directions.
#include "commands/command.h"
#include "migration_run.h"
#include "runtime/run_arguments.h"

namespace dbm::commands {
namespace {

int run_directional(CommandEnv& env, const Arguments& args, MigrationRequest::Kind kind) {
  const bool up = kind == MigrationRequest::Kind::kUpgrade;
  MigrationRequest request;
  request.kind = kind;
  read_migration_options(args, request);
  const std::string target = target_argument(args, up ? '+' : '-');
  const runtime::RangeArgument argument = up ? runtime::split_upgrade_argument(target, request.sql)
                                             : runtime::split_downgrade_argument(target, request.sql);
  request.start = argument.start;
  request.targets = {argument.target};
  return run_migration(*env.project, request, env.out);
}

/// upgrade or downgrade: the same options, help texts of their own.
Command directional_command(const char* name, const char* summary, const char* target_help, const char* delta_help,
                            CommandFn run) {
  Command c;
  c.name = name;
  c.uses_database = true;
  c.summary = summary;
  c.options = {
      {.name = "revision", .kind = OptionSpec::Kind::kText, .help = target_help, .positional = 1},
      {"delta", OptionSpec::Kind::kInteger, delta_help},
  };
  add_migration_options(c.options);
  c.run = run;
  return c;
}

}  // namespace

Command upgrade_command() {
  return directional_command("upgrade", "Upgrade to a later version.", "revision target (head, heads, id, +N, ...)",
                             "number of revisions to upgrade by", [](CommandEnv& env, const Arguments& args) {
                               return run_directional(env, args, MigrationRequest::Kind::kUpgrade);
                             });
}

Command downgrade_command() {
  return directional_command("downgrade", "Revert to a previous version.", "revision target (base, id, -N, ...)",
                             "number of revisions to downgrade by", [](CommandEnv& env, const Arguments& args) {
                               return run_directional(env, args, MigrationRequest::Kind::kDowngrade);
                             });
}

}  // namespace dbm::commands
