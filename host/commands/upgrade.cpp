// `upgrade [REVISION] [--delta N]`: move the database up to a target.
#include "commands/command.h"
#include "commands/migration_run.h"
#include "commands/project_session.h"
#include "runtime/run_arguments.h"

namespace dbm::commands {

Command upgrade_command() {
  Command c;
  c.name = "upgrade";
  c.summary = "Upgrade to a later version.";
  c.describe = [](auto& options, auto& positional) {
    options.add_options()
        ("revision", boost::program_options::value<std::string>(), "revision target (head, heads, id, +N, ...)")
        ("delta", boost::program_options::value<int>(), "number of revisions to upgrade by");
    add_migration_options(options);
    positional.add("revision", 1);
  };
  c.run = [](CommandEnv& env, const boost::program_options::variables_map& vm) {
    MigrationRequest request;
    request.kind = MigrationRequest::Kind::kUpgrade;
    read_migration_options(vm, request);
    const runtime::RangeArgument argument = runtime::split_upgrade_argument(target_argument(vm, '+'), request.sql);
    request.start = argument.start;
    request.targets = {argument.target};
    return run_migration(*env.project, request, env.out);
  };
  return c;
}

}  // namespace dbm::commands
