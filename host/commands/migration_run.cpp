// upgrade/downgrade/stamp on a live database: lock, read rows, plan, run.
#include "migration_run.h"

#include <cstdlib>

#include <fmt/format.h>
#include <ostream>
#include <sstream>

#include "migration_steps.h"
#include "offline_run.h"
#include "session/project_session.h"
#include "session/revision_context.h"
#include "db/migration_lock.h"
#include "runtime/online_sink.h"
#include "db/reflection.h"
#include "db/version_table.h"
#include "atomic_file.h"
#include "base/error.h"
#include "ddl/version_table.h"
#include "log/log.h"
#include "runtime/executor.h"
#include "runtime/head_maintainer.h"

namespace dbm::commands {
namespace {

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
  if (request.sql) {
    std::ostringstream script;
    const int status = run_offline(project, request, script);
    if (request.output) {
      write_file_atomically(output_path(*request.output, project.name()), script.str());
    } else {
      out << script.str();
    }
    return status;
  }
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

  session::RevisionContext context(url.dialect, project.config());
  const log::Logger logger = log::migration();
  runtime::OnlineSink sink(database, request.verbose ? std::function<void(const std::string&)>(
                                                      [logger](const std::string& sql) { logger.info(sql); })
                                                : nullptr);
  const std::vector<std::string> exclude{table};
  runtime::Executor executor(dialect, sink, context, db::reflect_schema(database, exclude),
                             [&database, &exclude] { return db::reflect_schema(database, exclude); }, options);
  executor.on_step_start = [logger](const runtime::ExecutionStep& step) { logger.info("Running " + step.log_line); };
  if (request.verbose) {
    executor.on_step_done = [logger](const runtime::ExecutionStep& step, double seconds) {
      logger.info(fmt::format("{} took {:.3f} s", step.log_line, seconds));
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
      ("output,o", po::value<std::string>(), "With --sql: write the script to this file, replaced only once complete; {project} in the name becomes the project's name")
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
  if (vm.count("output")) {
    if (!request.sql) throw UsageError("--output needs --sql: only a script can be written to a file");
    request.output = vm["output"].as<std::string>();
  }
  request.dry_run = vm.count("dry-run") > 0;
  request.transaction_per_migration = vm.count("transaction-per-migration") > 0;
  request.verbose = vm.count("verbose") > 0;
  const double seconds = vm["lock-timeout"].as<double>();
  if (seconds < 0) throw UsageError("--lock-timeout must not be negative");
  request.lock_timeout = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

}  // namespace dbm::commands
