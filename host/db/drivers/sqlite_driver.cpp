// SQLite through its own C API; linked into the host, which also runs SQLite
// for offline scripts (a private in-memory database follows table rebuilds).
#include <memory>

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "db/driver.h"
#include "driver_tag.h"
#include "base/error.h"

namespace dbm::db {
namespace {

sqlite_api::sqlite3* connection(soci::session& s) {
  return static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_;
}

/// Steps one prepared statement to the end, collecting rows when asked.
void run(soci::session& s, const std::string& sql, TextRows* rows) {
  sqlite_api::sqlite3* db = connection(s);
  sqlite_api::sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  if (sqlite_api::sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &raw, &tail) !=
      SQLITE_OK) {
    throw DatabaseError(sqlite_api::sqlite3_errmsg(db));
  }
  std::unique_ptr<sqlite_api::sqlite3_stmt, decltype(&sqlite_api::sqlite3_finalize)> stmt(
      raw, &sqlite_api::sqlite3_finalize);
  if (!stmt) return;  // only whitespace or a comment
  for (;;) {
    const int rc = sqlite_api::sqlite3_step(stmt.get());
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) throw DatabaseError(sqlite_api::sqlite3_errmsg(db));
    if (rows == nullptr) continue;
    auto& row = rows->emplace_back();
    for (int i = 0; i < sqlite_api::sqlite3_column_count(stmt.get()); ++i) {
      const auto* text = sqlite_api::sqlite3_column_text(stmt.get(), i);
      if (text == nullptr) {
        row.emplace_back();
      } else {
        row.emplace_back(std::string(reinterpret_cast<const char*>(text)));
      }
    }
  }
}

long long execute(soci::session& s, const std::string& sql) {
  run(s, sql, nullptr);
  return sqlite_api::sqlite3_changes(connection(s));
}

TextRows query(soci::session& s, const std::string& sql) {
  TextRows rows;
  run(s, sql, &rows);
  return rows;
}

const soci::backend_factory& factory() { return *soci::factory_sqlite3(); }

}  // namespace

const Driver& linked_driver() {
  static const Driver driver = [] {
    // Memory statistics cost SQLite a global mutex on every allocation, a
    // sixth of the time it takes to load a schema of thousands of tables;
    // nothing here reads them. Only possible before SQLite initializes: a
    // later call is refused, harmlessly.
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return Driver{kDriverApiVersion, DBM_DRIVER_BUILD_TAG, "sqlite", &factory, &execute, &query};
  }();
  return driver;
}

}  // namespace dbm::db
