// The migration context (Alembic's MigrationContext): one project's run
// against a live database, or written as a script. It owns the connection or
// the script (and, for a dialect that follows raw SQL offline, a scratch
// database beside it), the dialect, the version table's statements, the
// schema it renders against, and the running of each revision's recorded
// operations with the plugin's code guarded. Online, offline and tee runs
// differ only in the sink it builds; a command hands it a plan.
#pragma once

#include <chrono>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dbm/context.h"
#include "dbm/operations.h"
#include "dbm/revision.h"
#include "graph/revision_graph.h"
#include "runtime/recording.h"
#include "runtime/planner.h"

namespace dbm::db {
class Database;
class MigrationLock;
}  // namespace dbm::db
namespace dbm::dialect {
class Dialect;
}
namespace dbm::schema {
struct Schema;
}

namespace dbm::runtime {

struct ExecutionStep;

/// What a run needs of its project; the project's session supplies it and
/// outlives every context made from it.
struct ProjectView {
  std::string name;  ///< named in errors: "blazar: revision …"
  /// The revision graph, asked for only when needed: reading the current
  /// heads does not wait for it, so a graph built on another thread overlaps
  /// the database's own start (SQLite parsing a large schema).
  std::function<const graph::RevisionGraph&()> graph;
  const std::vector<dbm::Revision>& revisions;  ///< in graph order: a graph index is a revision index
  const dbm::Context& context;                  ///< what revisions read while recording
  std::string version_table;
  RevisionSelection selection{};  ///< the revisions whose code runs (see recording.h)
};

/// How run() goes.
struct RunOptions {
  bool transaction_per_migration = false;  ///< commit after each revision instead of once
  bool purge = false;                      ///< stamp --purge: the version table's rows go first
  bool verbose = false;                    ///< log each statement and each revision's time
};

class MigrationContext {
 public:
  /// On a live database, opened by `open` when first needed. Until then,
  /// `exists` says whether there is one to read: false (a file database not
  /// created yet) reads as an empty database without creating it. Logs
  /// Alembic's "Context impl …" and "Will assume …" lines.
  static std::unique_ptr<MigrationContext> online(ProjectView project, const dialect::Dialect& dialect,
                                                  std::function<db::Database&()> open, std::function<bool()> exists);
  /// Writing a script to `out` for a database standing at `start` ("a" of
  /// "a:b"; none or "base": from base), which current_heads() resolves as
  /// Alembic does. Connects nowhere. Logs Alembic's offline context lines.
  static std::unique_ptr<MigrationContext> offline(ProjectView project, const dialect::Dialect& dialect,
                                                   std::ostream& out, std::optional<std::string> start);
  /// The schema a database at `heads` has, with no database of the
  /// project's: where the dialect runs inside the process (SQLite), the
  /// revisions run on a private scratch database, which is then reflected, so
  /// raw SQL counts (a table rebuilt by hand); elsewhere the revisions'
  /// operations are replayed. Logs nothing.
  static schema::Schema built_schema(const ProjectView& project, const dialect::Dialect& dialect,
                                     const std::vector<std::string>& heads);
  ~MigrationContext();
  MigrationContext(const MigrationContext&) = delete;
  MigrationContext& operator=(const MigrationContext&) = delete;

  /// Online: waits up to `timeout` for the migration lock, held until this
  /// context ends. Call it before current_heads(): a second run waits here
  /// and then finds the work done. Offline: nothing to lock.
  void lock(std::chrono::milliseconds timeout);
  /// The version table's rows (read once online; none when it does not
  /// exist), or offline the start's revision. Throws CommandError for a
  /// start that names no revision.
  const std::vector<std::string>& current_heads();
  /// Whether the version table exists. REQUIRES: an online context.
  bool has_version_table();

  /// The tables `revision`'s upgrade creates for this configuration, split by
  /// whether the database holds them already: what tells a database built
  /// before version tracking from an empty one. REQUIRES: an online context.
  struct RevisionTables {
    std::vector<std::string> present;
    std::vector<std::string> missing;
  };
  RevisionTables tables_created_by(const std::string& revision);

  /// Runs `plan`, made from current_heads(): records each revision's
  /// operations, renders and writes them, moves the version rows, with
  /// transactions as the dialect allows. A failure throws the error that
  /// stopped it, its type and exit status kept, naming the project, the
  /// revision and the statement; online, the open transaction is rolled back.
  void run(const Plan& plan, const RunOptions& options);

 private:
  struct Online;
  MigrationContext(ProjectView project, const dialect::Dialect& dialect);

  /// A private in-process database of `dialect` (SQLite) brought to `heads`
  /// by running the revisions on it, logging nothing.
  static std::unique_ptr<db::Database> scratch_database_at(const ProjectView& project,
                                                           const dialect::Dialect& dialect,
                                                           const std::vector<std::string>& heads);
  void run_online(const Plan& plan, const RunOptions& options);
  void run_offline(const Plan& plan, const RunOptions& options);
  /// Online on a dialect whose DDL commits itself: when `live` shows the
  /// first step's revision part-applied by a killed run, marks the operations
  /// found applied in `execution` (and logs it), or throws CommandError
  /// saying what was found and how to repair it when that is ambiguous.
  void resume_interrupted(const Step& step, ExecutionStep& execution, const schema::Schema& live);
  /// The schema a database at `heads` has, replayed from the revisions alone.
  schema::Schema replayed_schema(const std::vector<std::string>& heads) const;

  ProjectView project_;
  const dialect::Dialect& dialect_;
  std::unique_ptr<Online> online_;         ///< set online only
  std::ostream* script_ = nullptr;         ///< set offline only
  std::optional<std::string> start_{};     ///< offline: the start as written
  std::optional<std::vector<std::string>> heads_;
  bool quiet_ = false;                     ///< a scratch database's context logs nothing
};

/// Every operation the revisions from base to `heads` record, in order: what
/// a database at `heads` was built by.
std::vector<Operation> operations_to(const ProjectView& project, const std::vector<std::string>& heads);

/// Throws CommandError ("Can't locate revision identified by 'x'") for a
/// version row the tree does not know: another tree, or a newer one, wrote it.
void check_rows_known(const graph::RevisionGraph& graph, const std::vector<std::string>& rows);

}  // namespace dbm::runtime
