// `revision`: a new, empty revision file in the plugin's source tree, on top
// of the current head (Alembic's command.revision, without a database).
#include "commands/command.h"
#include "base/error.h"
#include "revision_writer.h"

namespace dbm::commands {

Command revision_command() {
  Command c;
  c.name = "revision";
  c.summary = "Create a new revision file.";
  // Alembic 1.8's options, as the upstream tools pass them on; --source-dir is ours.
  using Kind = OptionSpec::Kind;
  c.options = {
      message_option(),
      {"autogenerate", Kind::kFlag,
       "Populate revision script with candidate migration operations, based on comparison of database to model."},
      {"sql", Kind::kFlag, "Don't emit SQL to database - dump to standard output instead"},
      {"head", Kind::kText, "Specify head revision or <branchname>@head to base new revision on.", "head"},
      {"splice", Kind::kFlag, "Allow a non-head revision as the 'head' to splice onto"},
      branch_label_option(),
      {"version-path", Kind::kText, "Specify specific path from config for version file"},
      rev_id_option(),
      {"depends-on", Kind::kTexts, "Specify one or more revision identifiers which this revision should depend on."},
      source_dir_option(),
  };
  c.run = [](CommandEnv& env, const Arguments& args) -> int {
    if (args.has("autogenerate")) {
      // Said before anything is written: an empty file where the user asked
      // for the model's differences would be mistaken for "no differences".
      throw Error("'revision --autogenerate' is not available yet in this db-manage: comparing the plugin's "
                  "model with its revisions is not built yet; run 'revision' without it and write the "
                  "operations by hand");
    }
    RevisionRequest request = shared_request(args);
    request.heads = {args.text("head")};
    request.splice = args.has("splice");
    if (args.has("depends-on")) request.depends_on = args.texts("depends-on");
    if (args.has("version-path")) request.version_path = args.text("version-path");
    return generate_revision(env, request);
  };
  return c;
}

}  // namespace dbm::commands
