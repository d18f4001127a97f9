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
  c.describe = [](auto& options, auto&) {
    options.add_options()
        ("rev-range,r", boost::program_options::value<std::string>(),
         "Specify a revision range; format is [start]:[end]")
        ("verbose,v", "Use more verbose output")
        ("indicate-current,i", "Indicate the current revision");
  };
  c.run = [](CommandEnv& env, const boost::program_options::variables_map& vm) {
    ProjectSession& project = *env.project;
    graph::HistoryOptions options;
    if (vm.count("rev-range")) options.rev_range = vm["rev-range"].as<std::string>();
    options.verbose = vm.count("verbose") > 0;
    options.indicate_current = vm.count("indicate-current") > 0;
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
