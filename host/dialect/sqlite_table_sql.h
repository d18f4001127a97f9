// What SQLite keeps only in a table's CREATE TABLE text: constraint names,
// CHECK expressions and AUTOINCREMENT. A small tokenizer for that text; the
// PRAGMAs stay the source of every other fact.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "dbm/schema.h"

namespace dbm::dialect {

/// A table-level constraint as declared: its name ("" when unnamed), its columns.
struct DeclaredKey {
  std::string name{};
  std::vector<std::string> columns{};
  std::string ref_table{};  ///< foreign keys only
};

struct SqliteTableSql {
  std::string primary_key_name{};
  std::vector<DeclaredKey> unique_constraints{};
  std::vector<DeclaredKey> foreign_keys{};
  /// Table-level CHECKs, the expression as written between the parentheses.
  std::vector<CheckConstraint> check_constraints{};
  /// Columns declared `INTEGER PRIMARY KEY AUTOINCREMENT`.
  std::vector<std::string> autoincrement_columns{};
  /// Generated columns: `name ... [GENERATED ALWAYS] AS (expr) [STORED|VIRTUAL]`.
  std::vector<std::pair<std::string, Computed>> generated_columns{};
};

/// Parses `CREATE TABLE name (...)` as stored in sqlite_master.sql. Text it
/// does not understand yields fewer facts, never an error.
SqliteTableSql parse_sqlite_table_sql(const std::string& sql);

}  // namespace dbm::dialect
