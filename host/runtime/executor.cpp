// Step by step: record, render, emit, track the schema, move version rows.
#include "runtime/executor.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <type_traits>
#include <variant>

#include "dialect/dialect.h"
#include "runtime/recording.h"
#include "base/error.h"
#include "schema/replay.h"

namespace dbm::runtime {
namespace {

/// A statement as it appears inside an error message: one line.
std::string one_line(const std::string& sql) {
  std::string out;
  bool space = false;
  for (char c : sql) {
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string step_name(const std::string& project, const ExecutionStep& step) {
  if (step.revision == nullptr) return project + ": " + step.log_line;
  return project + ": revision " + step.revision->id + " (" + step.revision->message + ")";
}

/// Whether `sql` only reads or writes rows (SELECT, INSERT, UPDATE, DELETE,
/// possibly after a WITH), so the schema is what it was. PostgreSQL's
/// SELECT ... INTO creates a table: a SELECT or WITH that says INTO anywhere
/// counts as DDL (a false alarm only costs a re-read).
bool only_touches_rows(const std::string& sql) {
  std::string upper(sql.size(), ' ');
  std::transform(sql.begin(), sql.end(), upper.begin(),
                 [](unsigned char c) { return std::isspace(c) ? ' ' : static_cast<char>(std::toupper(c)); });
  const std::size_t i = upper.find_first_not_of(" (");
  if (i == std::string::npos) return true;
  const std::string word = upper.substr(i, upper.find_first_of(" (", i) - i);
  if (word == "INSERT" || word == "UPDATE" || word == "DELETE") return true;
  return (word == "SELECT" || word == "WITH") && upper.find(" INTO ") == std::string::npos;
}

}  // namespace

Executor::Executor(const dialect::Dialect& dialect, Sink& sink, const dbm::Context& context, schema::Schema schema,
                   std::function<schema::Schema()> refresh, ExecutorOptions options)
    : dialect_(dialect),
      sink_(sink),
      context_(context),
      schema_(std::move(schema)),
      refresh_(std::move(refresh)),
      options_(std::move(options)) {}

void Executor::run(const std::vector<ExecutionStep>& steps) {
  // Online every dialect gets real transactions (MySQL's DDL commits anyway,
  // so there it is one per revision). Scripts follow Alembic's layout:
  // BEGIN/COMMIT only where Alembic assumes transactional DDL.
  const bool transactions = sink_.online() || dialect_.abilities().script_transactions;
  const bool per_step = options_.transaction_per_migration || !dialect_.abilities().transactional_ddl;
  const ExecutionStep setup{nullptr, true, "creating the version table", {}, {}};

  if (transactions && !per_step) sink_.begin();
  if (steps.empty() && !options_.create_version_table.empty()) {
    if (transactions && per_step) sink_.begin();
    for (const auto& sql : options_.create_version_table) emit(setup, sql);
    if (transactions && per_step) sink_.commit();
  }
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (transactions && per_step) sink_.begin();
    if (i == 0) {
      for (const auto& sql : options_.create_version_table) emit(setup, sql);
    }
    run_step(steps[i]);
    if (transactions && per_step) sink_.commit();
  }
  for (const auto& sql : options_.after_last_step) emit(setup, sql);
  if (transactions && !per_step) sink_.commit();
}

void Executor::run_step(const ExecutionStep& step) {
  const auto started = std::chrono::steady_clock::now();
  if (on_step_start) on_step_start(step);
  if (!sink_.online()) sink_.comment("Running " + step.short_log);
  if (step.revision != nullptr) {
    std::vector<Operation> ops;
    try {
      ops = record_operations(*step.revision, step.upgrade ? RecordDirection::kUpgrade : RecordDirection::kDowngrade,
                              context_, options_.selection);
    } catch (const Error& e) {
      e.rethrow_with_message(options_.project + ": " + e.what());
    }
    for (std::size_t i = step.applied_operations; i < ops.size(); ++i) run_operation(step, ops[i]);
  }
  for (const auto& write : step.version_writes) {
    try {
      if (write.guard.empty()) {
        sink_.execute(write.sql);
      } else {
        sink_.execute_version_change(write.sql, write.guard);
      }
    } catch (const Error& e) {
      e.rethrow_with_message(step_name(options_.project, step) + ": while executing \"" + one_line(write.sql) +
                  "\": " + e.what());
    }
  }
  if (on_step_done) {
    on_step_done(step, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
}

void Executor::run_operation(const ExecutionStep& step, const Operation& op) {
  if (const auto* callback = std::get_if<OnlineCallback>(&op)) {
    if (sink_.online() || !callback->offline_sql) {
      try {
        sink_.run_callback(*callback);
      } catch (const Error& e) {
        e.rethrow_with_message(step_name(options_.project, step) + ": " + e.what());
      }
    } else {
      for (const auto& sql : dialect_.render(*callback->offline_sql, schema_)) emit(step, sql);
    }
    stale_ = refresh_ != nullptr;
    return;
  }
  std::vector<std::string> statements;
  const bool raw = std::holds_alternative<Execute>(op);
  try {
    // Raw SQL is written as it is: its rendering reads no schema, stale or not.
    statements = dialect_.render(op, raw ? schema_ : schema());
  } catch (const Error& e) {
    e.rethrow_with_message(step_name(options_.project, step) + ": " + e.what());
  }
  for (const auto& sql : statements) emit(step, sql);
  if (raw && refresh_) {
    // Raw DDL may have reshaped anything: read the schema again before it is next needed.
    if (!std::all_of(statements.begin(), statements.end(), only_touches_rows)) stale_ = true;
    return;
  }
  try {
    schema::apply(schema_, op, dialect_.rules());
  } catch (const Error& e) {
    e.rethrow_with_message(step_name(options_.project, step) + ": " + e.what());
  }
}

const schema::Schema& Executor::schema() {
  if (stale_) {
    schema_ = refresh_();
    stale_ = false;
  }
  return schema_;
}

void Executor::emit(const ExecutionStep& step, const std::string& sql) {
  try {
    sink_.execute(sql);
  } catch (const Error& e) {
    e.rethrow_with_message(step_name(options_.project, step) + ": while executing \"" + one_line(sql) +
                           "\": " + e.what());
  }
}

}  // namespace dbm::runtime
