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
  c.describe = [](auto& options, auto&) {
    options.add_options()("verbose,v", "Use more verbose output");
  };
  c.run = [](CommandEnv& env, const boost::program_options::variables_map& vm) {
    env.out << graph::branches_text(env.project->graph(), vm.count("verbose") > 0);
    return 0;
  };
  return c;
}

}  // namespace dbm::commands
