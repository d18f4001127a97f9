// Online execution, transactions and the connection lent to data migrations.
#include "runtime/online_sink.h"

#include "base/error.h"
#include "db/database.h"
#include "db/lent_connection.h"
#include "dialect/dialect.h"
#include "fault_injection.h"

namespace dbm::runtime {

void OnlineSink::execute(const std::string& sql) {
  if (on_statement_) on_statement_(sql);
  database_.execute(sql);
  after_statement();
}

void OnlineSink::execute_version_change(const std::string& sql, const std::string& what) {
  if (on_statement_) on_statement_(sql);
  const long long matched = database_.execute(sql);
  after_statement();
  if (matched != 1) {
    throw DatabaseError("Online migration expected to match one row when " + what + "; " +
                        std::to_string(matched) + " found");
  }
}

void OnlineSink::begin() {
  // The dialect's: SQLite's takes the write lock at once (see begin_sql).
  database_.execute(database_.dialect().begin_sql());
  in_transaction_ = true;
}

void OnlineSink::commit() {
  database_.execute("COMMIT");
  in_transaction_ = false;
}

void OnlineSink::rollback() noexcept {
  if (!in_transaction_) return;
  in_transaction_ = false;
  try {
    database_.execute("ROLLBACK");
  } catch (const Error&) {
    // The connection is going away with the failure; the server rolls back then.
  }
}

void OnlineSink::run_callback(const OnlineCallback& callback) {
  if (callback.run == nullptr) throw Error("data migration '" + callback.description + "' has no function to run");
  db::LentConnection connection(database_);
  try {
    callback.run(connection);
  } catch (const Error&) {
    throw;  // the host's own, from the lent connection: already worded
  } catch (const std::exception& e) {
    // Copy the text now: the exception object belongs to the plugin's code.
    throw Error("data migration '" + callback.description + "' failed: " + e.what());
  } catch (...) {
    throw Error("data migration '" + callback.description +
                "' failed (it threw something that is not a std::exception)");
  }
}

}  // namespace dbm::runtime
