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
  c.describe = [](auto& options, auto&) {
    options.add_options()
        ("verbose,v", "Use more verbose output")
        ("resolve-dependencies", "Treat dependency versions as down revisions");
  };
  c.run = [](CommandEnv& env, const boost::program_options::variables_map& vm) {
    env.out << graph::heads_text(env.project->graph(), vm.count("verbose") > 0,
                                 vm.count("resolve-dependencies") > 0);
    return 0;
  };
  return c;
}

}  // namespace dbm::commands
