// Commands the upstream tools have whose engine is not built yet. They are
// listed so that `--help` is complete, accept the upstream command lines
// (so a README's example reaches the real answer, not an option error), and
// refuse clearly instead of pretending: each says what is missing and exits
// non-zero.
#include "commands/command.h"
#include "base/error.h"

namespace dbm::commands {

Command revision_command() {
  Command c;
  c.name = "revision";
  c.summary = "Create a new revision file. (not available yet)";
  // The options of the upstream tools' `revision` (Alembic 1.8's, as their CLIs pass them on).
  using Kind = OptionSpec::Kind;
  c.options = {
      {"message,m", Kind::kText, "Message string to use with 'revision'"},
      {"autogenerate", Kind::kFlag,
       "Populate revision script with candidate migration operations, based on comparison of database to model."},
      {"sql", Kind::kFlag, "Don't emit SQL to database - dump to standard output instead"},
      {"head", Kind::kText, "Specify head revision or <branchname>@head to base new revision on."},
      {"splice", Kind::kFlag, "Allow a non-head revision as the 'head' to splice onto"},
      {"branch-label", Kind::kText, "Specify a branch label to apply to the new revision"},
      {"version-path", Kind::kText, "Specify specific path from config for version file"},
      {"rev-id", Kind::kText, "Specify a hardcoded revision id instead of generating one"},
      {"depends-on", Kind::kTexts, "Specify one or more revision identifiers which this revision should depend on."},
  };
  c.run = [](CommandEnv&, const Arguments&) -> int {
    throw Error("'revision' is not available yet in this db-manage: revision authoring (and --autogenerate) is not "
                "built yet; write the revision in the plugin's C++ sources");
  };
  return c;
}

}  // namespace dbm::commands
