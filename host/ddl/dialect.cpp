// The dialect table.
#include "ddl/dialect.h"

#include <array>
#include <string>

#include "base/error.h"

namespace dbm::ddl {
namespace {

// Alembic 1.8 treats SQLite as non-transactional (a pysqlite limitation) and
// commits per revision; SQLite itself rolls DDL back, so db-manage uses real
// transactions there and says so in its "Will assume …" line.
constexpr std::array kDialects = {
    Dialect{"sqlite", "SQLiteImpl", true, ";", '"', false, false},
    Dialect{"postgresql", "PostgresqlImpl", true, ";", '"', true, true},
    Dialect{"mysql", "MySQLImpl", false, ";", '`', true, false},
};

}  // namespace

const Dialect& dialect_named(std::string_view name) {
  for (const auto& dialect : kDialects) {
    if (dialect.name == name) return dialect;
  }
  throw ConfigError("unsupported database dialect '" + std::string(name) +
                    "': db-manage supports sqlite, postgresql and mysql");
}

}  // namespace dbm::ddl
