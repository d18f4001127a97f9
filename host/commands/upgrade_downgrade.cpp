// `upgrade [REVISION] [--delta N]` and `downgrade [REVISION] [--delta N]`:
// the same command in two directions.
#include "commands/command.h"
#include "migration_run.h"
#include "session/project_session.h"
#include "runtime/run_arguments.h"

namespace dbm::commands {
namespace {

struct Direction {
  const char* name;
  const char* summary;
  const char* target_help;
  const char* delta_help;
  MigrationRequest::Kind kind;
  char delta_sign;
  runtime::RangeArgument (*split)(const std::string&, bool);
};

Command directional_command(const Direction& d) {
  Command c;
  c.name = d.name;
  c.uses_database = true;
  c.summary = d.summary;
  c.describe = [d](auto& options, auto& positional) {
    options.add_options()
        ("revision", boost::program_options::value<std::string>(), d.target_help)
        ("delta", boost::program_options::value<int>(), d.delta_help);
    add_migration_options(options);
    positional.add("revision", 1);
  };
  c.run = [d](CommandEnv& env, const boost::program_options::variables_map& vm) {
    MigrationRequest request;
    request.kind = d.kind;
    read_migration_options(vm, request);
    const runtime::RangeArgument argument = d.split(target_argument(vm, d.delta_sign), request.sql);
    request.start = argument.start;
    request.targets = {argument.target};
    return run_migration(*env.project, request, env.out);
  };
  return c;
}

}  // namespace

Command upgrade_command() {
  return directional_command({"upgrade", "Upgrade to a later version.", "revision target (head, heads, id, +N, ...)",
                              "number of revisions to upgrade by", MigrationRequest::Kind::kUpgrade, '+',
                              &runtime::split_upgrade_argument});
}

Command downgrade_command() {
  return directional_command({"downgrade", "Revert to a previous version.", "revision target (base, id, -N, ...)",
                              "number of revisions to downgrade by", MigrationRequest::Kind::kDowngrade, '-',
                              &runtime::split_downgrade_argument});
}

}  // namespace dbm::commands
