// How one database reshapes a schema beyond what an operation says: the names
// it gives what was left unnamed, and MySQL's ways with keys and ALTER. Each
// dialect object holds one (dialect/dialect.h); replay asks these facts and
// never a dialect's name.
#pragma once

#include "dbm/schema.h"

namespace dbm::schema {

struct Schema;

struct DatabaseRules {
  /// Names the unnamed primary key, unique constraints and foreign keys of a
  /// table as the database does (and adds any index it creates implicitly);
  /// null: the database leaves them unnamed (SQLite).
  void (*name_constraints)(Table& table, const Schema& schema) = nullptr;
  /// Renaming a table renames the foreign keys the database named after it (InnoDB's <table>_ibfk_N).
  bool foreign_key_names_follow_table = false;
  /// A dropped column leaves a multi-column key or index with its other
  /// columns (MySQL) instead of dropping it.
  bool drop_column_shrinks_keys = false;
  /// alter_column restates the whole column from the op's existing_* values
  /// (MySQL's MODIFY / CHANGE), so what the op leaves unset is reset.
  bool alter_column_restates = false;
  /// A unique constraint is a unique index: DROP INDEX drops one, and
  /// dropping a unique constraint may find it among the indexes (MySQL).
  bool unique_constraints_are_indexes = false;
  /// The primary key has one fixed name (MySQL's PRIMARY): a drop by any name finds it.
  bool primary_key_name_is_fixed = false;
  /// A foreign key no index covers gets one the database creates and names
  /// (InnoDB's): neither a model nor a revision declares it.
  bool foreign_keys_create_indexes = false;
  /// A JSON column is a text column the database checks with a constraint
  /// of its own (MariaDB's json_valid): neither a model nor a revision declares it.
  bool json_columns_get_checks = false;
  /// An enum type is created once, by name, and shared (PostgreSQL's): a
  /// later column declaring that name gets the type as it was created.
  bool enum_types_are_shared = false;
};

}  // namespace dbm::schema
