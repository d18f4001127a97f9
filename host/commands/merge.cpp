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
      {"message,m", Kind::kText, "Message string to use with 'revision'"},
      {"branch-label", Kind::kText, "Specify a branch label to apply to the new revision"},
      {"rev-id", Kind::kText, "Specify a hardcoded revision id instead of generating one"},
      source_dir_option(),
      {.name = "revisions",
       .kind = Kind::kTexts,
       .help = "one or more revisions, or 'heads' for all heads",
       .required = true,
       .positional = -1},
  };
  c.run = [](CommandEnv& env, const Arguments& args) -> int {
    RevisionRequest request;
    request.message = optional_text(args, "message");
    request.heads = args.texts("revisions");
    request.branch_label = optional_text(args, "branch-label");
    request.rev_id = optional_text(args, "rev-id");
    request.source_dir = optional_text(args, "source-dir");
    return generate_revision(env, request);
  };
  return c;
}

}  // namespace dbm::commands
