// One small function per driver: libpq, MariaDB Connector/C and SQLite.
#include "db/native_statement.h"

#include <memory>

#include <soci/mysql/soci-mysql.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "db/database.h"
#include "error.h"

namespace dbm::db {
namespace {

PGconn* pg(soci::session& s) { return static_cast<soci::postgresql_session_backend*>(s.get_backend())->conn_; }
MYSQL* my(soci::session& s) { return static_cast<soci::mysql_session_backend*>(s.get_backend())->conn_; }
sqlite_api::sqlite3* lite(soci::session& s) {
  return static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_;
}

using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

PgResult pg_run(soci::session& s, const std::string& sql) {
  PgResult result(PQexec(pg(s), sql.c_str()), &PQclear);
  const auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw DatabaseError(one_line_error(PQerrorMessage(pg(s)), ""));
  }
  return result;
}

void my_run(soci::session& s, const std::string& sql) {
  if (mysql_real_query(my(s), sql.data(), sql.size()) != 0) {
    throw DatabaseError("(" + std::to_string(mysql_errno(my(s))) + ") " + mysql_error(my(s)));
  }
}

/// Steps a prepared SQLite statement to the end, collecting rows when asked.
void lite_run(soci::session& s, const std::string& sql, TextRows* rows) {
  sqlite_api::sqlite3* db = lite(s);
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

}  // namespace

long long execute_native(soci::session& session, const std::string& dialect, const std::string& sql) {
  if (dialect == "postgresql") {
    const PgResult result = pg_run(session, sql);
    const char* affected = PQcmdTuples(result.get());
    return (affected != nullptr && *affected != '\0') ? std::stoll(affected) : 0;
  }
  if (dialect == "mysql") {
    my_run(session, sql);
    // Drain a result set, if the statement produced one (e.g. SELECT GET_LOCK).
    if (MYSQL_RES* result = mysql_store_result(my(session))) mysql_free_result(result);
    const my_ulonglong affected = mysql_affected_rows(my(session));
    return affected == static_cast<my_ulonglong>(-1) ? 0 : static_cast<long long>(affected);
  }
  lite_run(session, sql, nullptr);
  return sqlite_api::sqlite3_changes(lite(session));
}

TextRows query_native(soci::session& session, const std::string& dialect, const std::string& sql) {
  TextRows rows;
  if (dialect == "postgresql") {
    const PgResult result = pg_run(session, sql);
    for (int r = 0; r < PQntuples(result.get()); ++r) {
      auto& row = rows.emplace_back();
      for (int c = 0; c < PQnfields(result.get()); ++c) {
        if (PQgetisnull(result.get(), r, c)) {
          row.emplace_back();
        } else {
          row.emplace_back(std::string(PQgetvalue(result.get(), r, c)));
        }
      }
    }
    return rows;
  }
  if (dialect == "mysql") {
    my_run(session, sql);
    std::unique_ptr<MYSQL_RES, decltype(&mysql_free_result)> result(mysql_store_result(my(session)),
                                                                    &mysql_free_result);
    if (!result) return rows;
    const unsigned fields = mysql_num_fields(result.get());
    while (MYSQL_ROW raw = mysql_fetch_row(result.get())) {
      const unsigned long* lengths = mysql_fetch_lengths(result.get());
      auto& row = rows.emplace_back();
      for (unsigned c = 0; c < fields; ++c) {
        if (raw[c] == nullptr) {
          row.emplace_back();
        } else {
          row.emplace_back(std::string(raw[c], lengths[c]));
        }
      }
    }
    return rows;
  }
  lite_run(session, sql, &rows);
  return rows;
}

}  // namespace dbm::db
