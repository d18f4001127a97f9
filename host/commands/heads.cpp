// `heads`: the tips of the revision tree.
#include <ostream>

#include "commands/command.h"
#include "session/project_session.h"
#include "graph/revision_text.h"

namespace dbm::commands {

Command heads_command() {
  Command c;
  c.name = "heads";
  c.summary = "Show current available heads in the script directory.";
  c.options = {
      {"verbose,v", OptionSpec::Kind::kFlag, "Use more verbose output"},
      {"resolve-dependencies", OptionSpec::Kind::kFlag, "Treat dependency versions as down revisions"},
  };
  c.run = [](CommandEnv& env, const Arguments& args) {
    env.out << graph::heads_text(env.project->graph(), args.has("verbose"), args.has("resolve-dependencies"));
    return 0;
  };
  return c;
}

}  // namespace dbm::commands
