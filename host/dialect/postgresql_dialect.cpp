// PostgreSQL: transactional DDL, named ENUM types, SERIAL keys, database-
// chosen constraint names (<table>_<columns>_key), session advisory locks.
#include <optional>

#include "base/error.h"
#include "base/stable_hash.h"
#include "config/db_url.h"
#include "catalog_readers.h"
#include "connect_strings.h"
#include "dialect/quoting.h"
#include "dialect_instances.h"
#include "dialect_renderers.h"
#include "reserved_words.h"
#include "schema/constraint_names.h"
#include "type_spelling.h"

namespace dbm::dialect {
namespace {

std::string serial_type(TypeKind kind) {
  if (kind == TypeKind::kBigInteger) return "BIGSERIAL";
  if (kind == TypeKind::kSmallInteger || kind == TypeKind::kTinyInteger) return "SMALLSERIAL";
  return "SERIAL";
}

class PostgresqlDialect final : public Dialect {
 public:
  PostgresqlDialect()
      : Dialect("postgresql", "PostgresqlImpl",
                Abilities{.transactional_ddl = true,
                          .script_transactions = true,
                          .file_database = false,
                          .scratch_database_offline = false,
                          .autoincrements_sole_integer_key = true,
                          .named_enum_types = true},
                Syntax{.native_boolean = true, .insert_returning = true, .generated_columns_stored = true},
                schema::DatabaseRules{.name_constraints = schema::name_like_postgresql,
                                      .enum_types_are_shared = true}) {}

  std::vector<std::string> render(const Operation& op, const schema::Schema& before) const override {
    return detail::render_postgresql(op, before, *this);
  }

  std::string type_sql(const Type& t) const override {
    switch (t.kind) {
      case TypeKind::kDateTime: return t.timezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITHOUT TIME ZONE";
      case TypeKind::kTime: return t.timezone ? "TIME WITH TIME ZONE" : "TIME WITHOUT TIME ZONE";
      // A named type, created separately (see create_table).
      case TypeKind::kEnum: return quote(t.enum_name, *this);
      case TypeKind::kLargeBinary:
      case TypeKind::kLongBinary: return "BYTEA";
      default: return generic_type_sql(t);
    }
  }

  std::string column_spec(const Column& c, bool autoincrement) const override {
    if (!autoincrement) return Dialect::column_spec(c, autoincrement);
    return serial_type(c.type.kind) + (c.nullable && !c.primary_key ? "" : " NOT NULL");
  }

  bool is_reserved_word(std::string_view word) const override { return postgresql_reserves(word); }

  void check_url(const config::DbUrl& url) const override { check_server_url(url); }
  std::string connect_string(const config::DbUrl& url) const override { return postgresql_conninfo(url); }
  std::vector<std::string> ignored_query_keys(const config::DbUrl& url) const override {
    return postgresql_ignored_keys(url);
  }
  int default_port() const override { return 5432; }

  std::string has_table_sql() const override {
    return "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = :t";
  }

  // Advisory locks are per database: the version table's name is key enough.
  std::optional<LockStatements> lock_statements(std::string_view version_table) const override {
    const std::string key =
        std::to_string(static_cast<std::int64_t>(stable_hash("db-manage:" + std::string(version_table))));
    return LockStatements{.try_acquire = "SELECT pg_try_advisory_lock(" + key + ")",
                          .acquired = "t",
                          .release = "SELECT pg_advisory_unlock(" + key + ")"};
  }

  // PostgreSQL runs out of lock slots when one transaction touches thousands of tables.
  std::string explain_failure(const std::string& message, bool per_migration) const override {
    if (per_migration || message.find("max_locks_per_transaction") == std::string::npos) return message;
    return message +
           " — nothing was changed: the whole run is one transaction, and it needs more locks than the "
           "server allows. Rerun with --transaction-per-migration, or raise max_locks_per_transaction.";
  }

 protected:
  std::vector<std::string> table_names(Catalog& catalog) const override {
    return postgresql_table_names(catalog);
  }
  Table read_table(Catalog& catalog, const std::string& name) const override {
    return postgresql_table(catalog, name);
  }
  std::vector<std::string> enum_types(Catalog& catalog) const override { return postgresql_enum_types(catalog); }
};

}  // namespace

const Dialect& postgresql_dialect() {
  static const PostgresqlDialect dialect;
  return dialect;
}

}  // namespace dbm::dialect
