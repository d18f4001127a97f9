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
  c.options = {{.name = "rev",
                .kind = OptionSpec::Kind::kTexts,
                .help = "revision identifier(s), or head, heads, current",
                .required = true,
                .positional = -1}};
  c.run = [](CommandEnv& env, const Arguments& args) {
    ProjectSession& project = *env.project;
    const std::vector<std::string> revs = args.texts("rev");
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
