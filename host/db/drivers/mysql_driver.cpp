// MySQL/MariaDB through MariaDB Connector/C; built as a module the host loads
// on first use.
#include <memory>

#include <boost/dll/alias.hpp>
#include <soci/mysql/soci-mysql.h>
#include <soci/soci.h>

#include "db/driver.h"
#include "driver_tag.h"
#include "base/error.h"

namespace dbm::db {
namespace {

MYSQL* connection(soci::session& s) { return static_cast<soci::mysql_session_backend*>(s.get_backend())->conn_; }

void run(soci::session& s, const std::string& sql) {
  if (mysql_real_query(connection(s), sql.data(), sql.size()) != 0) {
    throw DatabaseError("(" + std::to_string(mysql_errno(connection(s))) + ") " + mysql_error(connection(s)));
  }
}

long long execute(soci::session& s, const std::string& sql) {
  run(s, sql);
  // Drain a result set, if the statement produced one (e.g. SELECT GET_LOCK).
  if (MYSQL_RES* result = mysql_store_result(connection(s))) mysql_free_result(result);
  const my_ulonglong affected = mysql_affected_rows(connection(s));
  return affected == static_cast<my_ulonglong>(-1) ? 0 : static_cast<long long>(affected);
}

TextRows query(soci::session& s, const std::string& sql) {
  run(s, sql);
  TextRows rows;
  std::unique_ptr<MYSQL_RES, decltype(&mysql_free_result)> result(mysql_store_result(connection(s)),
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

const soci::backend_factory& factory() { return *soci::factory_mysql(); }

const Driver& mysql_driver() {
  // The client library's global state must exist before connections are
  // opened from several threads (deployments run with --jobs); the host loads
  // this module under a lock, before its first connection.
  static const Driver driver = [] {
    if (mysql_library_init(0, nullptr, nullptr) != 0) throw DatabaseError("cannot initialize the MySQL client library");
    return Driver{kDriverApiVersion, DBM_DRIVER_BUILD_TAG, "mysql", &factory, &execute, &query};
  }();
  return driver;
}

}  // namespace
}  // namespace dbm::db

BOOST_DLL_ALIAS(dbm::db::mysql_driver, dbm_driver_v1)
