// The dialects db-manage speaks, as a small table of facts keyed by name.
// Capability flags live here so the engine asks "is DDL transactional?"
// instead of comparing dialect names everywhere.
#pragma once

#include <string>
#include <string_view>

namespace dbm::ddl {

struct Dialect {
  std::string_view name;       ///< "sqlite", "postgresql", "mysql"
  std::string_view impl_name;  ///< Alembic's impl class, for "Context impl …" lines
  /// PostgreSQL and SQLite roll DDL back with the transaction; MySQL commits
  /// each DDL statement implicitly, so a run there is committed per revision.
  bool transactional_ddl;
  /// Ends each statement in a --sql script (Alembic's command_terminator).
  std::string_view terminator = ";";
  /// Opens and closes a quoted identifier: `"user"`, `` `long` ``.
  char identifier_quote = '"';
  /// SQLAlchemy renders sa.true()/sa.false() as `true`/`false` where the
  /// dialect has a native boolean, else as `1`/`0`.
  bool native_boolean = true;
  /// Whether a --sql script is wrapped in BEGIN/COMMIT. Alembic 1.8 does so
  /// only for PostgreSQL (its SQLite impl claims non-transactional DDL), and
  /// scripts keep Alembic's layout.
  bool script_transactions = false;
};

/// Throws ConfigError("unsupported database dialect …") for other names.
const Dialect& dialect_named(std::string_view name);

}  // namespace dbm::ddl
