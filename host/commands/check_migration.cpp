// `check_migration`: the upstream tools print `branches`; db-manage also
// fails when the tree is not a single line, so CI can gate on it.
#include <ostream>

#include <dbm/plugin.h>

#include "commands/command.h"
#include "session/project_session.h"
#include "base/error.h"
#include "graph/check_migration.h"
#include "graph/revision_text.h"
#include "base/join.h"
#include "plugins/loaded_plugin.h"

namespace dbm::commands {
namespace {

std::string quoted_list(const std::vector<std::string>& ids) { return "'" + text::join(ids, "', '") + "'"; }

}  // namespace

Command check_migration_command() {
  Command c;
  c.name = "check_migration";
  c.summary = "Check that the revision tree is linear (one head, no branches).";
  c.options = {{"verbose,v", OptionSpec::Kind::kFlag, "Use more verbose output"}};
  c.run = [](CommandEnv& env, const Arguments& args) {
    const graph::RevisionGraph& g = env.project->graph();
    env.out << graph::branches_text(g, args.has("verbose"));
    const graph::LinearityReport report = graph::check_linear(g);
    if (report.heads.size() > 1 || !report.branch_points.empty()) {
      std::string message = "revision tree of '" + env.project->name() + "' is not linear:";
      if (report.heads.size() > 1) message += " heads " + quoted_list(report.heads) + ";";
      if (!report.branch_points.empty()) message += " branch points " + quoted_list(report.branch_points) + ";";
      message.back() = '.';
      throw Error(message);
    }
    // tacker's tool also compares the head with the one its tree declares (its versions/HEAD file).
    const std::string& declared = env.project->plugin().plugin().declared_head;
    if (!declared.empty() && (report.heads.size() != 1 || report.heads.front() != declared)) {
      throw CommandError("HEAD file does not match migration timeline head");
    }
    return 0;
  };
  return c;
}

}  // namespace dbm::commands
