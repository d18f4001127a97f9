// SQLite: a file (or memory) database in the process; DDL is transactional,
// ALTER is limited (the renderer rebuilds tables), booleans are integers,
// and nothing names unnamed constraints.
#include <optional>

#include "base/error.h"
#include "config/db_url.h"
#include "catalog_readers.h"
#include "connect_strings.h"
#include "dialect_instances.h"
#include "dialect_renderers.h"
#include "reserved_words.h"
#include "type_spelling.h"

namespace dbm::dialect {
namespace {

class SqliteDialect final : public Dialect {
 public:
  // Alembic 1.8 treats SQLite as non-transactional (a pysqlite limitation) and
  // commits per revision; SQLite itself rolls DDL back, so db-manage uses real
  // transactions there and says so in its "Will assume …" line. Scripts keep
  // Alembic's layout: no BEGIN/COMMIT.
  SqliteDialect()
      : Dialect("sqlite", "SQLiteImpl",
                Abilities{.transactional_ddl = true,
                          .script_transactions = false,
                          .file_database = true,
                          .scratch_database_offline = true,
                          .autoincrements_sole_integer_key = false,
                          .named_enum_types = false},
                Syntax{.native_boolean = false}, schema::DatabaseRules{}) {}

  std::vector<std::string> render(const Operation& op, const schema::Schema& before) const override {
    return detail::render_sqlite(op, before, *this);
  }
  std::string type_sql(const Type& type) const override { return generic_type_sql(type); }
  bool is_reserved_word(std::string_view word) const override { return sqlite_reserves(word); }

  void check_url(const config::DbUrl& url) const override { check_sqlite_url(url); }
  std::string connect_string(const config::DbUrl& url) const override { return sqlite_connect_string(url); }
  std::vector<std::string> ignored_query_keys(const config::DbUrl& url) const override {
    return sqlite_ignored_keys(url);
  }
  int default_port() const override { return 0; }

  // Takes the write lock now, not at the first write, so two runs cannot both
  // read the version table and then both migrate.
  std::string begin_sql() const override { return "BEGIN IMMEDIATE"; }
  // As SQLAlchemy asks (PRAGMA table_info): a lookup in the parsed schema,
  // where sqlite_master is scanned row by row (1 ms at 10000 tables and indexes).
  std::string has_table_sql() const override { return "SELECT count(*) FROM pragma_table_info(:t, 'main')"; }
  // A file database is locked by the host with a file lock beside it.
  std::optional<LockStatements> lock_statements(std::string_view) const override { return std::nullopt; }

 protected:
  std::vector<std::string> table_names(Catalog& catalog) const override { return sqlite_table_names(catalog); }
  Table read_table(Catalog& catalog, const std::string& name) const override { return sqlite_table(catalog, name); }
};

}  // namespace

const Dialect& sqlite_dialect() {
  static const SqliteDialect dialect;
  return dialect;
}

}  // namespace dbm::dialect
