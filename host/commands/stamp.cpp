// `stamp REVISION... [--purge]`: set the version rows without running revisions.
#include "commands/command.h"
#include "migration_run.h"
#include "session/project_session.h"
#include "runtime/run_arguments.h"

namespace dbm::commands {

Command stamp_command() {
  Command c;
  c.name = "stamp";
  c.uses_database = true;
  c.summary = "'stamp' the revision table with the given revision; don't run any migrations.";
  c.describe = [](auto& options, auto& positional) {
    options.add_options()
        ("revisions", boost::program_options::value<std::vector<std::string>>()->required(),
         "revision(s) to stamp (heads, base, id, ...)")
        ("purge", "Unconditionally erase the version table before stamping");
    add_migration_options(options);
    positional.add("revisions", -1);
  };
  c.run = [](CommandEnv& env, const boost::program_options::variables_map& vm) {
    MigrationRequest request;
    request.kind = MigrationRequest::Kind::kStamp;
    read_migration_options(vm, request);
    request.purge = vm.count("purge") > 0;
    const runtime::StampArguments arguments =
        runtime::split_stamp_arguments(vm["revisions"].as<std::vector<std::string>>(), request.sql, request.purge);
    request.start = arguments.start;
    request.targets = arguments.targets;
    return run_migration(*env.project, request, env.out);
  };
  return c;
}

}  // namespace dbm::commands
