// `merge REV REV...`: a revision revising several heads (Alembic's
// command.merge: generate_revision with the revisions as its heads).
#include "commands/command.h"
#include "revision_writer.h"

namespace dbm::commands {

Command merge_command() {
  Command c;
  c.name = "merge";
  c.summary = "Merge two revisions together. Creates a new migration file.";
  using Kind = OptionSpec::Kind;
  c.options = {
      message_option(),
      branch_label_option(),
      rev_id_option(),
      source_dir_option(),
      {.name = "revisions",
       .kind = Kind::kTexts,
       .help = "one or more revisions, or 'heads' for all heads",
       .required = true,
       .positional = -1},
  };
  c.run = [](CommandEnv& env, const Arguments& args) -> int {
    RevisionRequest request = shared_request(args);
    request.heads = args.texts("revisions");
    return generate_revision(env, request);
  };
  return c;
}

}  // namespace dbm::commands
