// One run, online or offline: what the context sets up around the executor —
// the sink, the schema to render against, the version table's statements —
// and the log lines Alembic's context prints.
#include "runtime/migration_context.h"

#include <algorithm>
#include <fmt/format.h>

#include "base/error.h"
#include "base/join.h"
#include "db/database.h"
#include "db/migration_lock.h"
#include "db/reflection.h"
#include "db/version_table.h"
#include "dialect/dialect.h"
#include "dialect/version_table.h"
#include "log/log.h"
#include "runtime/executor.h"
#include "runtime/head_maintainer.h"
#include "runtime/interrupted_revision.h"
#include "runtime/offline_sink.h"
#include "runtime/online_sink.h"
#include "runtime/recording.h"
#include "runtime/run_arguments.h"
#include "runtime/tee_sink.h"
#include "schema/replay.h"

namespace dbm::runtime {

struct MigrationContext::Online {
  std::function<db::Database&()> open;
  std::function<bool()> exists;
  db::Database* database = nullptr;  ///< once opened
  std::unique_ptr<db::MigrationLock> lock{};

  db::Database& connected() {
    if (database == nullptr) database = &open();
    return *database;
  }
  /// Asked when it matters, not when the context was made: another run may
  /// have created the file meanwhile, and a connection creates it too.
  bool has_database() { return database != nullptr || exists(); }
};

namespace {

/// A version-row change as the statement that makes it, with Alembic's
/// one-row guard text for UPDATE and DELETE.
VersionWrite version_write(const VersionChange& change, const std::string& table, const dialect::Dialect& d) {
  if (const auto* insert = std::get_if<InsertVersion>(&change)) {
    return {dialect::version_insert(table, insert->id, d), ""};
  }
  if (const auto* update = std::get_if<UpdateVersion>(&change)) {
    return {dialect::version_update(table, update->from, update->to, d),
            "updating '" + update->from + "' to '" + update->to + "' in '" + table + "'"};
  }
  const auto& remove = std::get<DeleteVersion>(change);
  return {dialect::version_delete(table, remove.id, d), "deleting '" + remove.id + "' in '" + table + "'"};
}

/// The executor's steps for `plan`; `maintainer` moves along with them.
std::vector<ExecutionStep> execution_steps(const ProjectView& project, const Plan& plan,
                                           HeadMaintainer& maintainer, const dialect::Dialect& d) {
  std::vector<ExecutionStep> steps;
  steps.reserve(plan.size());
  for (const Step& step : plan) {
    ExecutionStep execution;
    if (step.direction != Direction::kStamp) {
      execution.revision = &project.revisions.at(static_cast<std::size_t>(project.graph().index_of(step.revision)));
    }
    execution.upgrade = step.is_upgrade;
    execution.log_line = step.log_line;
    execution.short_log = step.short_log;
    for (const auto& change : maintainer.update_to_step(step)) {
      execution.version_writes.push_back(version_write(change, project.version_table, d));
    }
    steps.push_back(std::move(execution));
  }
  return steps;
}

/// The plan that brings an empty database to `heads`.
Plan plan_to(const graph::RevisionGraph& graph, const std::vector<std::string>& heads) {
  // One head after the other, each from the heads reached so far ("heads"
  // would mean every head of the tree, not these: a database standing on two
  // branches before their merge). Heads are never each other's ancestors, so
  // after planning to the first i, the database stands at exactly those.
  Plan plan;
  std::vector<std::string> reached;
  for (const std::string& head : heads) {
    for (Step& step : plan_upgrade(graph, reached, head)) plan.push_back(std::move(step));
    reached.push_back(head);
  }
  return plan;
}

std::string assumed_ddl(bool transactional) {
  return fmt::format("Will assume {} DDL.", transactional ? "transactional" : "non-transactional");
}

}  // namespace

MigrationContext::MigrationContext(ProjectView project, const dialect::Dialect& dialect)
    : project_(std::move(project)), dialect_(dialect) {}

MigrationContext::~MigrationContext() = default;

std::unique_ptr<MigrationContext> MigrationContext::online(ProjectView project, const dialect::Dialect& dialect,
                                                           std::function<db::Database&()> open,
                                                           std::function<bool()> exists) {
  std::unique_ptr<MigrationContext> context(new MigrationContext(std::move(project), dialect));
  context->online_ = std::make_unique<Online>(Online{.open = std::move(open), .exists = std::move(exists)});
  const log::Logger logger = log::migration();
  logger.info(fmt::format("Context impl {}.", dialect.impl_name()));
  logger.info(assumed_ddl(dialect.abilities().transactional_ddl));
  return context;
}

std::unique_ptr<MigrationContext> MigrationContext::offline(ProjectView project, const dialect::Dialect& dialect,
                                                            std::ostream& out, std::optional<std::string> start) {
  std::unique_ptr<MigrationContext> context(new MigrationContext(std::move(project), dialect));
  context->script_ = &out;
  context->start_ = std::move(start);
  const log::Logger logger = log::migration();
  logger.info(fmt::format("Context impl {}.", dialect.impl_name()));
  logger.info("Generating static SQL");
  logger.info(assumed_ddl(dialect.abilities().script_transactions));
  return context;
}

void MigrationContext::lock(std::chrono::milliseconds timeout) {
  if (!online_ || online_->lock) return;
  db::Database& database = online_->connected();
  const std::string file = dialect_.abilities().file_database ? database.file_path() : "";
  online_->lock = std::make_unique<db::MigrationLock>(database, project_.version_table, file, timeout);
}

const std::vector<std::string>& MigrationContext::current_heads() {
  if (!heads_) {
    db::check_version_table_name(project_.version_table);
    if (!online_) {
      heads_.emplace(offline_start_heads(project_.graph(), start_));
    } else if (online_->has_database()) {
      heads_.emplace(db::read_version_rows(online_->connected(), project_.version_table));
    } else {
      heads_.emplace();
    }
  }
  return *heads_;
}

bool MigrationContext::has_version_table() {
  db::check_version_table_name(project_.version_table);
  return online_->has_database() && online_->connected().has_table(project_.version_table);
}

MigrationContext::RevisionTables MigrationContext::tables_created_by(const std::string& revision) {
  const dbm::Revision& script =
      project_.revisions.at(static_cast<std::size_t>(project_.graph().index_of(revision)));
  std::vector<Operation> ops;
  try {
    ops = record_operations(script, RecordDirection::kUpgrade, project_.context, project_.selection);
  } catch (const Error& e) {
    e.rethrow_with_message(project_.name + ": " + e.what());
  }
  // One catalog query, not one per table the revision creates.
  const std::vector<std::string> existing =
      online_->has_database() ? db::table_names(online_->connected()) : std::vector<std::string>{};
  RevisionTables tables;
  for (const Operation& op : ops) {
    const auto* create = std::get_if<CreateTable>(&op);
    if (create == nullptr) continue;
    const bool present = std::find(existing.begin(), existing.end(), create->table.name) != existing.end();
    (present ? tables.present : tables.missing).push_back(create->table.name);
  }
  return tables;
}

void MigrationContext::run(const Plan& plan, const RunOptions& options) {
  db::check_version_table_name(project_.version_table);
  if (online_) {
    run_online(plan, options);
  } else {
    run_offline(plan, options);
  }
}

void MigrationContext::run_online(const Plan& plan, const RunOptions& options) {
  db::Database& database = online_->connected();
  const std::string& table = project_.version_table;
  ExecutorOptions executor_options;
  executor_options.project = project_.name;
  executor_options.transaction_per_migration = options.transaction_per_migration;
  executor_options.selection = project_.selection;
  if (!database.has_table(table)) {
    executor_options.create_version_table.push_back(dialect::version_table_create(table, dialect_));
  } else if (options.purge) {
    executor_options.create_version_table.push_back(dialect::version_table_purge(table, dialect_));
  }
  HeadMaintainer maintainer(project_.graph(), options.purge ? std::vector<std::string>{} : current_heads());
  std::vector<ExecutionStep> steps = execution_steps(project_, plan, maintainer, dialect_);

  const std::vector<std::string> exclude{table};
  schema::Schema live = db::reflect_schema(database, exclude);
  if (!dialect_.abilities().transactional_ddl && !steps.empty() && !options.purge) {
    resume_interrupted(plan.front(), steps.front(), live);
  }

  const log::Logger logger = log::migration();
  OnlineSink sink(database, options.verbose && !quiet_ ? std::function<void(const std::string&)>(
                                                             [logger](const std::string& sql) { logger.info(sql); })
                                                       : nullptr);
  Executor executor(dialect_, sink, project_.context, std::move(live),
                    [&database, &exclude] { return db::reflect_schema(database, exclude); }, executor_options);
  if (!quiet_) {
    executor.on_step_start = [logger](const ExecutionStep& step) { logger.info("Running " + step.log_line); };
  }
  if (options.verbose && !quiet_) {
    executor.on_step_done = [logger](const ExecutionStep& step, double seconds) {
      logger.info(fmt::format("{} took {:.3f} s", step.log_line, seconds));
    };
  }
  try {
    executor.run(steps);
  } catch (const Error& e) {
    sink.rollback();
    e.rethrow_with_message(dialect_.explain_failure(e.what(), options.transaction_per_migration));
  }
  heads_ = maintainer.heads();
}

void MigrationContext::resume_interrupted(const Step& step, ExecutionStep& execution, const schema::Schema& live) {
  if (execution.revision == nullptr) return;
  std::vector<Operation> ops;
  try {
    ops = record_operations(*execution.revision,
                            execution.upgrade ? RecordDirection::kUpgrade : RecordDirection::kDowngrade,
                            project_.context, project_.selection);
  } catch (const Error& e) {
    e.rethrow_with_message(project_.name + ": " + e.what());
  }
  const InterruptedRevision found = judge_interrupted_revision(ops, replayed_schema(current_heads()), live);
  const std::string& id = execution.revision->id;
  if (found.verdict == InterruptedRevision::Verdict::kResumable) {
    if (!quiet_) {
      log::migration().info(fmt::format("Resuming {} after {} of {} operations, found applied: {}", id,
                                        found.applied, found.total, found.found));
    }
    execution.applied_operations = found.applied;
    return;
  }
  if (found.verdict == InterruptedRevision::Verdict::kNotStarted) return;
  // What to run by hand: the revision's statements as a script, then the row.
  // (A merge has several parents and no single range; its script from base
  // holds its statements too.)
  const auto one = [](const std::vector<std::string>& revisions) {
    return revisions.empty() ? std::string("base") : revisions.front();
  };
  std::string script;
  if (!step.is_upgrade) {
    script = fmt::format("downgrade {}:{} --sql", id, one(step.to_revisions_no_deps));
  } else if (step.from_revisions_no_deps.size() == 1) {
    script = fmt::format("upgrade {}:{} --sql", step.from_revisions_no_deps.front(), id);
  } else {
    script = "upgrade " + id + " --sql";
  }
  const std::string stamp = step.is_upgrade                 ? id
                            : step.to_revisions_no_deps.empty() ? std::string("base")
                                                                : text::join(step.to_revisions_no_deps, " ");
  throw CommandError(fmt::format(
      "{}: revision {} ({}) was interrupted part-way and the schema does not show where: {}{}. Nothing was "
      "changed. To repair, apply the rest of it by hand ('{}' prints all of its statements), then run "
      "'stamp {}' and run the command again",
      project_.name, id, execution.revision->message, found.reason,
      found.found.empty() ? "" : " (found: " + found.found + ")", script, stamp));
}

void MigrationContext::run_offline(const Plan& plan, const RunOptions& options) {
  const std::string& table = project_.version_table;
  const std::vector<std::string> start = current_heads();
  ExecutorOptions executor_options;
  executor_options.project = project_.name;
  executor_options.transaction_per_migration = options.transaction_per_migration;
  executor_options.selection = project_.selection;
  if (start.empty()) executor_options.create_version_table.push_back(dialect::version_table_create(table, dialect_));
  HeadMaintainer maintainer(project_.graph(), start);
  const std::vector<ExecutionStep> steps = execution_steps(project_, plan, maintainer, dialect_);
  // Alembic 1.8 drops the version table when a script leaves no heads.
  if (!steps.empty() && maintainer.heads().empty()) {
    executor_options.after_last_step.push_back(dialect::version_table_drop(table, dialect_));
  }

  OfflineSink script(*script_, dialect_);
  // A dialect that can run in the process follows the script on a private
  // database brought to the start first: it sees what raw SQL in a revision
  // does (a table rebuilt by hand), which replaying operations cannot.
  std::unique_ptr<db::Database> scratch;
  std::optional<OnlineSink> scratch_sink;
  std::optional<TeeSink> tee;
  if (dialect_.abilities().scratch_database_offline) {
    scratch = scratch_database_at(project_, dialect_, start);
    scratch_sink.emplace(*scratch, nullptr);
    tee.emplace(script, *scratch_sink);
  }
  Sink& sink = tee ? static_cast<Sink&>(*tee) : script;
  const std::vector<std::string> exclude{table};
  Executor executor(dialect_, sink, project_.context,
                    scratch ? db::reflect_schema(*scratch, exclude) : replayed_schema(start),
                    scratch ? std::function<schema::Schema()>([&scratch, &exclude] {
                      return db::reflect_schema(*scratch, exclude);
                    })
                            : nullptr,
                    executor_options);
  const log::Logger logger = log::migration();
  executor.on_step_start = [logger](const ExecutionStep& step) { logger.info("Running " + step.log_line); };
  executor.run(steps);
  heads_ = maintainer.heads();
}

std::unique_ptr<db::Database> MigrationContext::scratch_database_at(const ProjectView& project,
                                                                   const dialect::Dialect& dialect,
                                                                   const std::vector<std::string>& heads) {
  std::unique_ptr<db::Database> scratch = db::Database::open_scratch(dialect);
  if (heads.empty()) return scratch;
  std::unique_ptr<MigrationContext> builder(new MigrationContext(project, dialect));
  builder->online_ = std::make_unique<Online>(
      Online{.open = [&scratch]() -> db::Database& { return *scratch; }, .exists = [] { return true; }});
  builder->quiet_ = true;
  builder->run(plan_to(project.graph(), heads), {});
  return scratch;
}

schema::Schema MigrationContext::built_schema(const ProjectView& project, const dialect::Dialect& dialect,
                                              const std::vector<std::string>& heads) {
  if (!dialect.abilities().scratch_database_offline) return MigrationContext(project, dialect).replayed_schema(heads);
  return db::reflect_schema(*scratch_database_at(project, dialect, heads), {project.version_table});
}

schema::Schema MigrationContext::replayed_schema(const std::vector<std::string>& heads) const {
  schema::Schema replayed;
  for (const auto& op : operations_to(project_, heads)) schema::apply(replayed, op, dialect_.rules());
  return replayed;
}

std::vector<Operation> operations_to(const ProjectView& project, const std::vector<std::string>& heads) {
  std::vector<Operation> ops;
  for (const Step& step : plan_to(project.graph(), heads)) {
    const dbm::Revision& revision =
        project.revisions.at(static_cast<std::size_t>(project.graph().index_of(step.revision)));
    std::vector<Operation> recorded;
    try {
      recorded = record_operations(revision, RecordDirection::kUpgrade, project.context, project.selection);
    } catch (const Error& e) {
      e.rethrow_with_message(project.name + ": " + e.what());
    }
    ops.insert(ops.end(), std::make_move_iterator(recorded.begin()), std::make_move_iterator(recorded.end()));
  }
  return ops;
}

void check_rows_known(const graph::RevisionGraph& graph, const std::vector<std::string>& rows) {
  for (const auto& row : rows) {
    if (graph.find(row) == nullptr) throw CommandError("Can't locate revision identified by '" + row + "'");
  }
}

}  // namespace dbm::runtime
