// PostgreSQL through libpq; built as a module the host loads on first use.
#include <memory>

#include <boost/dll/alias.hpp>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "db/driver.h"
#include "driver_tag.h"
#include "base/error.h"

namespace dbm::db {
namespace {

PGconn* connection(soci::session& s) {
  return static_cast<soci::postgresql_session_backend*>(s.get_backend())->conn_;
}

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

Result run(soci::session& s, const std::string& sql) {
  Result result(PQexec(connection(s), sql.c_str()), &PQclear);
  const auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw DatabaseError(PQerrorMessage(connection(s)));
  }
  return result;
}

long long execute(soci::session& s, const std::string& sql) {
  const Result result = run(s, sql);
  const char* affected = PQcmdTuples(result.get());
  return (affected != nullptr && *affected != '\0') ? std::stoll(affected) : 0;
}

TextRows query(soci::session& s, const std::string& sql) {
  const Result result = run(s, sql);
  TextRows rows;
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

const soci::backend_factory& factory() { return *soci::factory_postgresql(); }

const Driver& postgresql_driver() {
  static const Driver driver{kDriverApiVersion, DBM_DRIVER_BUILD_TAG, "postgresql", &factory, &execute, &query};
  return driver;
}

}  // namespace
}  // namespace dbm::db

BOOST_DLL_ALIAS(dbm::db::postgresql_driver, dbm_driver_v1)
