// Offline runs: the schema before the first step is computed rather than
// read — replayed from the revisions' operations, or for SQLite built for
// real in a private in-memory database.
#include "offline_run.h"

#include <algorithm>

#include <fmt/format.h>
#include <memory>
#include <optional>

#include "migration_steps.h"
#include "session/project_session.h"
#include "session/revision_context.h"
#include "db/database.h"
#include "runtime/online_sink.h"
#include "db/reflection.h"
#include "db/version_table.h"
#include "base/error.h"
#include "ddl/version_table.h"
#include "log/log.h"
#include "runtime/offline_sink.h"
#include "runtime/run_arguments.h"
#include "runtime/tee_sink.h"
#include "schema/replay.h"

namespace dbm::commands {
namespace {

/// The plan that brings an empty database to `heads`.
runtime::Plan plan_to(const graph::RevisionGraph& graph, const std::vector<std::string>& heads) {
  if (heads.empty()) return {};
  return runtime::plan_upgrade(graph, {}, heads.size() == 1 ? heads[0] : "heads");
}

/// The schema a database at `heads` has, computed from the revisions'
/// operations alone: what lets a script be written with no database at all.
schema::Schema replayed_schema(ProjectSession& project, const std::vector<std::string>& heads,
                               const dbm::Context& context) {
  schema::Schema replayed;
  for (const runtime::Step& step : plan_to(project.graph(), heads)) {
    dbm::Operations recorder(context);
    project.revision(step.revision).upgrade(recorder);
    for (const auto& op : recorder.operations()) schema::apply(replayed, op, context.dialect());
  }
  return replayed;
}

/// SQLite scripts are also run on a private in-memory database, brought to
/// the script's start first: it follows raw SQL (table rebuilds written by
/// hand in a revision) that replaying operations cannot.
class SqliteScratch {
 public:
  SqliteScratch(ProjectSession& project, const std::vector<std::string>& start, const dbm::Context& context,
                const std::string& table, const ddl::Dialect& dialect)
      : database_(db::Database::connect(config::DbUrl::parse("sqlite://"))), sink_(*database_, nullptr) {
    runtime::HeadMaintainer maintainer(project.graph(), {});
    runtime::ExecutorOptions options;
    options.project = project.name();
    // From base the script itself creates the version table (and so, through the tee, here).
    if (!start.empty()) options.create_version_table.push_back(ddl::version_table_create(table, dialect));
    runtime::Executor(dialect, sink_, context, {}, [this] { return schema(); }, options)
        .run(execution_steps(project, plan_to(project.graph(), start), maintainer, table, dialect));
  }

  runtime::Sink& sink() { return sink_; }
  schema::Schema schema() { return db::reflect_schema(*database_, {}); }

 private:
  std::unique_ptr<db::Database> database_;
  runtime::OnlineSink sink_;
};

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

}  // namespace

int run_offline(ProjectSession& project, const MigrationRequest& request, std::ostream& out) {
  const graph::RevisionGraph& graph = project.graph();
  const config::DbUrl& url = project.url();
  const ddl::Dialect& dialect = ddl::dialect_named(url.dialect);
  const std::string table = project.version_table();
  db::check_version_table_name(table);
  const log::Logger logger = log::migration();
  logger.info(fmt::format("Context impl {}.", dialect.impl_name));
  logger.info("Generating static SQL");
  logger.info(fmt::format("Will assume {} DDL.", dialect.script_transactions ? "transactional" : "non-transactional"));

  const std::vector<std::string> start = runtime::offline_start_heads(graph, request.start);
  const runtime::Plan plan = make_plan(graph, start, request);
  if (plan.empty() && request.kind == MigrationRequest::Kind::kUpgrade && request.start) {
    check_range_goes_up(graph, start, request.targets.front());
  }
  if (request.dry_run) {
    out << runtime::describe_plan(plan);
    return 0;
  }
  session::RevisionContext context(url.dialect, project.config());
  runtime::ExecutorOptions options;
  options.project = project.name();
  options.transaction_per_migration = request.transaction_per_migration;
  if (start.empty()) options.create_version_table.push_back(ddl::version_table_create(table, dialect));
  runtime::HeadMaintainer maintainer(graph, start);
  const auto steps = execution_steps(project, plan, maintainer, table, dialect);
  // Alembic 1.8 drops the version table when a script leaves no heads.
  if (!steps.empty() && maintainer.heads().empty()) options.after_last_step.push_back(ddl::version_table_drop(table, dialect));
  runtime::OfflineSink script(out, dialect);
  std::optional<SqliteScratch> scratch;
  std::optional<runtime::TeeSink> tee;
  if (dialect.name == "sqlite") {
    scratch.emplace(project, start, context, table, dialect);
    tee.emplace(script, scratch->sink());
  }
  runtime::Sink& sink = tee ? static_cast<runtime::Sink&>(*tee) : script;
  runtime::Executor executor(dialect, sink, context,
                             scratch ? scratch->schema() : replayed_schema(project, start, context),
                             scratch ? std::function<schema::Schema()>([&scratch] { return scratch->schema(); })
                                     : nullptr,
                             options);
  executor.on_step_start = [logger](const runtime::ExecutionStep& step) { logger.info("Running " + step.log_line); };
  executor.run(steps);
  return 0;
}

}  // namespace dbm::commands
