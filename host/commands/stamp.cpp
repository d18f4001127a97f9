// `stamp REVISION... [--purge]`: set the version rows without running revisions.
#include "commands/command.h"
#include "migration_run.h"
#include "runtime/run_arguments.h"

namespace dbm::commands {

Command stamp_command() {
  Command c;
  c.name = "stamp";
  c.uses_database = true;
  c.summary = "'stamp' the revision table with the given revision; don't run any migrations.";
  c.options = {
      {.name = "revisions",
       .kind = OptionSpec::Kind::kTexts,
       .help = "revision(s) to stamp (heads, base, id, ...)",
       .required = true,
       .positional = -1},
      {"purge", OptionSpec::Kind::kFlag, "Unconditionally erase the version table before stamping"},
  };
  add_migration_options(c.options);
  c.run = [](CommandEnv& env, const Arguments& args) {
    MigrationRequest request;
    request.kind = MigrationRequest::Kind::kStamp;
    read_migration_options(args, request);
    request.purge = args.has("purge");
    const runtime::StampArguments arguments =
        runtime::split_stamp_arguments(args.texts("revisions"), request.sql, request.purge);
    request.start = arguments.start;
    request.targets = arguments.targets;
    return run_migration(*env.project, request, env.out);
  };
  return c;
}

}  // namespace dbm::commands
