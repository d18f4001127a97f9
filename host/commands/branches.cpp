// `branches`: every branch point and the revisions it branches into.
#include <ostream>

#include "commands/command.h"
#include "session/project_session.h"
#include "graph/revision_text.h"

namespace dbm::commands {

Command branches_command() {
  Command c;
  c.name = "branches";
  c.summary = "Show current branch points.";
  c.options = {{"verbose,v", OptionSpec::Kind::kFlag, "Use more verbose output"}};
  c.run = [](CommandEnv& env, const Arguments& args) {
    env.out << graph::branches_text(env.project->graph(), args.has("verbose"));
    return 0;
  };
  return c;
}

}  // namespace dbm::commands
