// upgrade/downgrade/stamp on a live database: lock, read rows, plan, run.
#include "commands/migration_run.h"

#include <cstdlib>
#include <memory>
#include <optional>
#include <ostream>

#include "commands/project_session.h"
#include "commands/revision_context.h"
#include "db/migration_lock.h"
#include "db/online_sink.h"
#include "db/reflection.h"
#include "db/version_table.h"
#include "ddl/version_table.h"
#include "error.h"
#include "graph/command_error.h"
#include "log/log.h"
#include "runtime/executor.h"
#include "runtime/offline_sink.h"
#include "runtime/tee_sink.h"
#include "runtime/run_arguments.h"
#include "schema/replay.h"
#include "runtime/head_maintainer.h"
#include "runtime/planner.h"

namespace dbm::commands {
namespace {

runtime::Plan make_plan(const graph::RevisionGraph& graph, const std::vector<std::string>& heads,
                        const MigrationRequest& request) {
  switch (request.kind) {
    case MigrationRequest::Kind::kUpgrade: return runtime::plan_upgrade(graph, heads, request.targets.at(0));
    case MigrationRequest::Kind::kDowngrade: return runtime::plan_downgrade(graph, heads, request.targets.at(0));
    default: return runtime::plan_stamp(graph, heads, request.targets, request.purge);
  }
}

runtime::VersionWrite render_change(const runtime::VersionChange& change, const std::string& table,
                                    const ddl::Dialect& dialect) {
  if (const auto* insert = std::get_if<runtime::InsertVersion>(&change)) {
    return {ddl::version_insert(table, insert->id, dialect), ""};
  }
  if (const auto* update = std::get_if<runtime::UpdateVersion>(&change)) {
    return {ddl::version_update(table, update->from, update->to, dialect),
            "updating '" + update->from + "' to '" + update->to + "' in '" + table + "'"};
  }
  const auto& remove = std::get<runtime::DeleteVersion>(change);
  return {ddl::version_delete(table, remove.id, dialect), "deleting '" + remove.id + "' in '" + table + "'"};
}

/// Rows the tree does not know mean another tree (or a newer one) wrote them.
void check_rows_known(const graph::RevisionGraph& graph, const std::vector<std::string>& rows) {
  for (const auto& row : rows) {
    if (graph.find(row) == nullptr) throw CommandError("Can't locate revision identified by '" + row + "'");
  }
}

/// PostgreSQL runs out of lock slots when one transaction touches thousands of tables.
std::string with_hint(const std::string& message, const ddl::Dialect& dialect, bool per_migration) {
  if (dialect.name == "postgresql" && !per_migration && message.find("max_locks_per_transaction") != std::string::npos) {
    return message +
           " — nothing was changed: the whole run is one transaction, and it needs more locks than the "
           "server allows. Rerun with --transaction-per-migration, or raise max_locks_per_transaction.";
  }
  return message;
}

std::vector<runtime::ExecutionStep> execution_steps(ProjectSession& project, const runtime::Plan& plan,
                                                    runtime::HeadMaintainer& maintainer, const std::string& table,
                                                    const ddl::Dialect& dialect) {
  std::vector<runtime::ExecutionStep> steps;
  steps.reserve(plan.size());
  for (const runtime::Step& step : plan) {
    runtime::ExecutionStep execution;
    execution.revision = step.direction == runtime::Direction::kStamp ? nullptr : &project.revision(step.revision);
    execution.upgrade = step.is_upgrade;
    execution.log_line = step.log_line;
    execution.short_log = step.short_log;
    for (const auto& change : maintainer.update_to_step(step)) {
      execution.version_writes.push_back(render_change(change, table, dialect));
    }
    steps.push_back(std::move(execution));
  }
  return steps;
}

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
  db::OnlineSink sink_;
};

/// --sql: the same plan and executor, written to `out` through the offline sink.
int run_offline(ProjectSession& project, const MigrationRequest& request, std::ostream& out) {
  const graph::RevisionGraph& graph = project.graph();
  const config::DbUrl& url = project.url();
  const ddl::Dialect& dialect = ddl::dialect_named(url.dialect);
  const std::string table = project.version_table();
  db::check_version_table_name(table);
  auto logger = log::migration();
  logger->info("Context impl {}.", dialect.impl_name);
  logger->info("Generating static SQL");
  logger->info("Will assume {} DDL.", dialect.script_transactions ? "transactional" : "non-transactional");

  const std::vector<std::string> start = runtime::offline_start_heads(graph, request.start);
  const runtime::Plan plan = make_plan(graph, start, request);
  if (request.dry_run) {
    out << runtime::describe_plan(plan);
    return 0;
  }
  RevisionContext context(url.dialect, project.config());
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
  executor.on_step_start = [logger](const runtime::ExecutionStep& step) { logger->info("Running {}", step.log_line); };
  executor.run(steps);
  return 0;
}

}  // namespace

int run_migration(ProjectSession& project, const MigrationRequest& request, std::ostream& out) {
  if (request.sql) return run_offline(project, request, out);
  const graph::RevisionGraph& graph = project.graph();
  const config::DbUrl& url = project.url();
  const ddl::Dialect& dialect = ddl::dialect_named(url.dialect);
  const std::string table = project.version_table();
  db::check_version_table_name(table);

  db::Database& database = project.database();
  // The rows are read only once the lock is held: a second run waits here and
  // then finds the work done.
  db::MigrationLock lock(database, table, url.dialect == "sqlite" ? url.sqlite_path() : "", request.lock_timeout);
  const std::vector<std::string> rows = db::read_version_rows(database, table);
  check_rows_known(graph, rows);

  const runtime::Plan plan = make_plan(graph, rows, request);
  if (request.dry_run) {
    out << runtime::describe_plan(plan);
    return 0;
  }

  runtime::ExecutorOptions options;
  options.project = project.name();
  options.transaction_per_migration = request.transaction_per_migration;
  if (!database.has_table(table)) {
    options.create_version_table.push_back(ddl::version_table_create(table, dialect));
  } else if (request.purge) {
    options.create_version_table.push_back("DELETE FROM " + table);
  }

  runtime::HeadMaintainer maintainer(graph, request.purge ? std::vector<std::string>{} : rows);
  const auto steps = execution_steps(project, plan, maintainer, table, dialect);

  RevisionContext context(url.dialect, project.config());
  auto logger = log::migration();
  db::OnlineSink sink(database, request.verbose ? std::function<void(const std::string&)>(
                                                      [logger](const std::string& sql) { logger->info("{}", sql); })
                                                : nullptr);
  const std::vector<std::string> exclude{table};
  runtime::Executor executor(dialect, sink, context, db::reflect_schema(database, exclude),
                             [&database, &exclude] { return db::reflect_schema(database, exclude); }, options);
  executor.on_step_start = [logger](const runtime::ExecutionStep& step) { logger->info("Running {}", step.log_line); };
  if (request.verbose) {
    executor.on_step_done = [logger](const runtime::ExecutionStep& step, double seconds) {
      logger->info("{} took {:.3f} s", step.log_line, seconds);
    };
  }
  try {
    executor.run(steps);
  } catch (const Error& e) {
    sink.rollback();
    throw Error(with_hint(e.what(), dialect, request.transaction_per_migration), e.exit_code());
  }
  return 0;
}

void add_migration_options(boost::program_options::options_description& options) {
  namespace po = boost::program_options;
  options.add_options()
      ("sql", "Don't emit SQL to database - dump to standard output instead")
      ("dry-run", "Print the steps that would run and change nothing")
      ("transaction-per-migration", "Commit after each revision instead of once for the whole run")
      ("lock-timeout", po::value<double>()->default_value(60), "Seconds to wait for another run's migration lock")
      ("verbose,v", "Log each SQL statement and each revision's time");
}

std::string target_argument(const boost::program_options::variables_map& vm, char sign) {
  if (vm.count("delta") && vm["delta"].as<int>() != 0) {
    return std::string(1, sign) + std::to_string(std::abs(vm["delta"].as<int>()));
  }
  if (vm.count("revision")) return vm["revision"].as<std::string>();
  throw Error("You must provide a revision or relative delta");
}

void read_migration_options(const boost::program_options::variables_map& vm, MigrationRequest& request) {
  request.sql = vm.count("sql") > 0;
  request.dry_run = vm.count("dry-run") > 0;
  request.transaction_per_migration = vm.count("transaction-per-migration") > 0;
  request.verbose = vm.count("verbose") > 0;
  const double seconds = vm["lock-timeout"].as<double>();
  if (seconds < 0) throw UsageError("--lock-timeout must not be negative");
  request.lock_timeout = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

}  // namespace dbm::commands
