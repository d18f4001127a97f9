// `history`: the revision list, newest first, optionally a range of it.
#include <ostream>

#include "commands/command.h"
#include "session/project_session.h"
#include "graph/revision_text.h"

namespace dbm::commands {

Command history_command() {
  Command c;
  c.name = "history";
  c.summary = "List changeset scripts in chronological order.";
  c.options = {
      {"rev-range,r", OptionSpec::Kind::kText, "Specify a revision range; format is [start]:[end]"},
      {"verbose,v", OptionSpec::Kind::kFlag, "Use more verbose output"},
      {"indicate-current,i", OptionSpec::Kind::kFlag, "Indicate the current revision"},
  };
  c.run = [](CommandEnv& env, const Arguments& args) {
    ProjectSession& project = *env.project;
    graph::HistoryOptions options;
    if (args.has("rev-range")) options.rev_range = args.text("rev-range");
    options.verbose = args.has("verbose");
    options.indicate_current = args.has("indicate-current");
    // Only a range naming `current`, or -i, needs the database.
    if (options.indicate_current || (options.rev_range && options.rev_range->find("current") != std::string::npos)) {
      options.current_heads = project.current_heads();
    }
    env.out << graph::history_text(project.graph(), options);
    return 0;
  };
  return c;
}

}  // namespace dbm::commands
