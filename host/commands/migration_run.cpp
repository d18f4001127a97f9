// upgrade/downgrade/stamp as compositions: the session's migration context,
// a plan from its current heads, the context running the plan.
#include "migration_run.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ostream>
#include <sstream>

#include <fmt/format.h>

#include "adoption_checks.h"
#include "atomic_file.h"
#include "base/error.h"
#include "dbm/plugin.h"
#include "graph/revision_graph.h"
#include "plugins/loaded_plugin.h"
#include "runtime/migration_context.h"
#include "runtime/planner.h"
#include "session/project_session.h"

namespace dbm::commands {
namespace {

/// --lock-timeout's ceiling: a day is longer than any migration a lock should wait for.
constexpr double kMaxLockTimeoutSeconds = 86400;

runtime::Plan make_plan(const graph::RevisionGraph& graph, const std::vector<std::string>& heads,
                        const MigrationRequest& request) {
  switch (request.kind) {
    case MigrationRequest::Kind::kUpgrade: return runtime::plan_upgrade(graph, heads, request.targets.at(0));
    case MigrationRequest::Kind::kDowngrade: return runtime::plan_downgrade(graph, heads, request.targets.at(0));
    default: return runtime::plan_stamp(graph, heads, request.targets, request.purge);
  }
}

runtime::RunOptions run_options(const MigrationRequest& request) {
  return {.transaction_per_migration = request.transaction_per_migration,
          .purge = request.purge,
          .verbose = request.verbose};
}

/// `upgrade A:B --sql` where A is not an ancestor of B: Alembic writes an
/// empty script without a word; a DBA handed that would think B is applied.
void check_range_goes_up(const graph::RevisionGraph& graph, const std::vector<std::string>& start,
                         const std::string& target) {
  std::vector<std::string> reachable;
  for (const runtime::Step& step : runtime::plan_upgrade(graph, {}, target)) reachable.push_back(step.revision);
  for (const std::string& id : start) {
    if (std::find(reachable.begin(), reachable.end(), id) == reachable.end()) {
      throw CommandError("Range " + id + ":" + target + " goes nowhere: " + id + " is not an ancestor of " + target +
                         " (to go down, use downgrade " + id + ":" + target + " --sql)");
    }
  }
}

/// The plan as --dry-run lists it. For a tree whose revisions a config option
/// selects, it says which value selects them and marks each step whose code
/// will not run (only its version row moves).
std::string dry_run_text(ProjectSession& project, const runtime::Plan& plan) {
  const runtime::RevisionSelection selection = project.revision_selection();
  if (!selection.selective()) return runtime::describe_plan(plan);
  const graph::RevisionGraph& graph = project.graph();
  const auto& revisions = project.plugin().plugin().revisions;
  const auto skipped = [&](const runtime::Step& step) -> std::string {
    if (step.direction == runtime::Direction::kStamp) return "";
    const dbm::Revision& revision = revisions.at(static_cast<std::size_t>(graph.index_of(step.revision)));
    if (selection.runs(revision)) return "";
    return "  [skipped for this " + selection.option() + "]";
  };
  return "Revisions run for " + selection.describe() + "\n" + runtime::describe_plan(plan, skipped);
}

int run_online(ProjectSession& project, const MigrationRequest& request, std::ostream& out) {
  // The tree first: an invalid one stops the command before it connects
  // (which would create a SQLite file).
  const graph::RevisionGraph& graph = project.graph();
  runtime::MigrationContext& context = project.migration_context();
  // Before the lock, which would create a SQLite file the refusal must not leave.
  if (request.kind == MigrationRequest::Kind::kStamp) check_adoption_stamp(project, context, request);
  context.lock(request.lock_timeout);
  const std::vector<std::string>& heads = context.current_heads();
  runtime::check_rows_known(graph, heads);
  const runtime::Plan plan = make_plan(graph, heads, request);
  // An empty version table means a run of ours (or Alembic's) began here: a
  // killed first revision is resumed from the schema's evidence instead.
  if (heads.empty() && !plan.empty() && request.kind == MigrationRequest::Kind::kUpgrade &&
      !context.has_version_table()) {
    check_unversioned_upgrade(context, plan);
  }
  if (request.dry_run) {
    out << dry_run_text(project, plan);
    return 0;
  }
  context.run(plan, run_options(request));
  return 0;
}

int write_script(ProjectSession& project, const MigrationRequest& request, std::ostream& out) {
  const auto context = project.script_context(out, request.start);
  const std::vector<std::string>& start = context->current_heads();
  const runtime::Plan plan = make_plan(project.graph(), start, request);
  if (plan.empty() && request.kind == MigrationRequest::Kind::kUpgrade && request.start) {
    check_range_goes_up(project.graph(), start, request.targets.front());
  }
  if (request.dry_run) {
    out << dry_run_text(project, plan);
    return 0;
  }
  context->run(plan, run_options(request));
  return 0;
}

}  // namespace

std::string output_path(std::string pattern, const std::string& project) {
  static const std::string kPlaceholder = "{project}";
  for (auto at = pattern.find(kPlaceholder); at != std::string::npos; at = pattern.find(kPlaceholder, at)) {
    pattern.replace(at, kPlaceholder.size(), project);
    at += project.size();
  }
  return pattern;
}

int run_migration(ProjectSession& project, const MigrationRequest& request, std::ostream& out) {
  if (!request.sql) return run_online(project, request, out);
  std::ostringstream script;
  const int status = write_script(project, request, script);
  if (request.output) {
    write_file_atomically(output_path(*request.output, project.name()), script.str());
  } else {
    out << script.str();
  }
  return status;
}

void add_migration_options(std::vector<OptionSpec>& options) {
  using Kind = OptionSpec::Kind;
  options.insert(
      options.end(),
      {
          {"sql", Kind::kFlag, "Don't emit SQL to database - dump to standard output instead"},
          {"output,o", Kind::kText,
           "With --sql: write the script to this file, replaced only once complete; {project} in the name "
           "becomes the project's name"},
          {"dry-run", Kind::kFlag, "Print the steps that would run and change nothing"},
          {"transaction-per-migration", Kind::kFlag, "Commit after each revision instead of once for the whole run"},
          {.name = "lock-timeout",
           .kind = Kind::kNumber,
           .help = "Seconds to wait for another run's migration lock",
           .default_value = "60"},
          {"verbose,v", Kind::kFlag, "Log each SQL statement and each revision's time"},
      });
}

std::string target_argument(const Arguments& args, char sign) {
  if (args.has("delta") && args.integer("delta") != 0) {
    // Upstream builds "+-5" from --delta -5 and fails; the direction is the
    // command's, so only a count of revisions is accepted (and INT_MIN has no
    // absolute value).
    const int delta = args.integer("delta");
    if (delta < 0) {
      throw UsageError("--delta takes a number of revisions, at least 1 (got " + std::to_string(delta) +
                       "); the direction is the command's");
    }
    return std::string(1, sign) + std::to_string(delta);
  }
  if (args.has("revision")) return args.text("revision");
  throw Error("You must provide a revision or relative delta");
}

void read_migration_options(const Arguments& args, MigrationRequest& request) {
  request.sql = args.has("sql");
  if (args.has("output")) {
    if (!request.sql) throw UsageError("--output needs --sql: only a script can be written to a file");
    request.output = args.text("output");
  }
  request.dry_run = args.has("dry-run");
  request.transaction_per_migration = args.has("transaction-per-migration");
  request.verbose = args.has("verbose");
  const double seconds = args.number("lock-timeout");
  // Checked before the conversion: inf, nan or 1e20 seconds overflow a
  // millisecond count (and once gave up at once, "waited -9223372036854776.0 s").
  if (!std::isfinite(seconds) || seconds < 0 || seconds > kMaxLockTimeoutSeconds) {
    throw UsageError(fmt::format("--lock-timeout must be a number of seconds from 0 to 86400, got '{}'", seconds));
  }
  request.lock_timeout = std::chrono::milliseconds(std::llround(seconds * 1000));
}

}  // namespace dbm::commands
