// `show REV...`: one revision (or head/heads/current) in full.
#include <ostream>

#include "commands/command.h"
#include "session/project_session.h"
#include "graph/revision_text.h"

namespace dbm::commands {

Command show_command() {
  Command c;
  c.name = "show";
  c.summary = "Show the revision(s) denoted by the given symbol.";
  c.describe = [](auto& options, auto& positional) {
    options.add_options()("rev", boost::program_options::value<std::vector<std::string>>()->required(),
                          "revision identifier(s), or head, heads, current");
    positional.add("rev", -1);
  };
  c.run = [](CommandEnv& env, const boost::program_options::variables_map& vm) {
    ProjectSession& project = *env.project;
    const auto& revs = vm["rev"].as<std::vector<std::string>>();
    std::vector<std::string> current;
    for (const auto& rev : revs) {
      if (rev == "current") current = project.current_heads();
    }
    env.out << graph::show_text(project.graph(), revs, current);
    return 0;
  };
  return c;
}

}  // namespace dbm::commands
