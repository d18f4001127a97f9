// The executor: runs planned steps through one sink. For each step it lets
// the revision record its operations, renders each with the dialect's DDL
// renderer, hands the statements to the sink, keeps the schema it renders
// against up to date, and writes the step's version-row changes — with
// transactions placed as the dialect allows. It never sees SOCI.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dbm/context.h"
#include "dbm/revision.h"
#include "dialect/dialect.h"
#include "runtime/recording.h"
#include "runtime/sink.h"
#include "schema/schema.h"

namespace dbm::runtime {

/// A version-table statement and, for UPDATE/DELETE, what Alembic's one-row
/// guard says when it does not match ("updating 'a' to 'b' in 't'").
struct VersionWrite {
  std::string sql{};
  std::string guard{};  ///< empty: no guard (INSERT)
};

/// One step as the executor runs it.
struct ExecutionStep {
  const dbm::Revision* revision = nullptr;  ///< null for a stamp: no operations run
  bool upgrade = true;
  std::string log_line{};   ///< after "Running ": "upgrade  -> 0_1, Icehouse Initial"
  std::string short_log{};  ///< offline comment after "-- Running "
  std::vector<VersionWrite> version_writes{};
  /// Operations already applied by an interrupted run (see
  /// interrupted_revision.h): recorded as always, not run again.
  std::size_t applied_operations = 0;
};

struct ExecutorOptions {
  std::string project{};                 ///< named in errors
  bool transaction_per_migration = false;
  /// Statements that create the version table, run inside the first
  /// transaction (online: when the table is missing; offline: from base).
  std::vector<std::string> create_version_table{};
  /// Offline, Alembic 1.8 ends a run that leaves no heads with these.
  std::vector<std::string> after_last_step{};
  RevisionSelection selection{};  ///< the revisions whose code runs
};

class Executor {
 public:
  /// `schema` is the database's shape before the first step (reflected
  /// online, replayed offline). `refresh`, when given, re-reads it after raw
  /// SQL other than DML or a data migration ran (their effect on the schema
  /// is unknown) — once, when the next operation needs it, so a run of raw
  /// statements costs one re-read rather than one each.
  Executor(const dialect::Dialect& dialect, Sink& sink, const dbm::Context& context, schema::Schema schema,
           std::function<schema::Schema()> refresh, ExecutorOptions options);

  /// Runs every step. A failure throws the error that stopped it, its type
  /// and exit status kept, its message prefixed with the project, the
  /// revision and the statement; the caller rolls back.
  void run(const std::vector<ExecutionStep>& steps);

  /// Called with each step's log line and its time, for -v.
  std::function<void(const ExecutionStep&, double seconds)> on_step_done;
  /// Called before each step; the logger prints "Running …".
  std::function<void(const ExecutionStep&)> on_step_start;

 private:
  void run_step(const ExecutionStep& step);
  void run_operation(const ExecutionStep& step, const Operation& op);
  void emit(const ExecutionStep& step, const std::string& sql);
  /// The schema, re-read first if raw SQL may have changed it since.
  const schema::Schema& schema();

  const dialect::Dialect& dialect_;
  Sink& sink_;
  const dbm::Context& context_;
  schema::Schema schema_;
  std::function<schema::Schema()> refresh_;
  bool stale_ = false;  ///< raw SQL or a data migration ran since schema_ was last right
  ExecutorOptions options_;
};

}  // namespace dbm::runtime
