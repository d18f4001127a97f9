// `current`: the revisions the version table names, as Alembic prints them.
#include <ostream>

#include "commands/command.h"
#include "config/db_url.h"
#include "session/project_session.h"
#include "graph/revision_text.h"
#include "runtime/recording.h"

namespace dbm::commands {

Command current_command() {
  Command c;
  c.name = "current";
  c.uses_database = true;
  c.summary = "Display the current revision for a database.";
  c.options = {{"verbose,v", OptionSpec::Kind::kFlag, "Use more verbose output"}};
  c.run = [](CommandEnv& env, const Arguments& args) {
    ProjectSession& project = *env.project;
    const bool verbose = args.has("verbose");
    const auto& heads = project.current_heads();
    if (verbose) {
      env.out << "Current revision(s) for " << project.url().masked() << ":\n";
      // Which revisions of a selective tree (quantum's) this config runs: the
      // classic mistake is a wrong core_plugin, which no revision id shows.
      const runtime::RevisionSelection selection = project.revision_selection();
      if (selection.selective()) env.out << "Revisions run for " << selection.describe() << "\n";
    }
    env.out << graph::current_text(project.graph(), heads, verbose);
    return 0;
  };
  return c;
}

}  // namespace dbm::commands
