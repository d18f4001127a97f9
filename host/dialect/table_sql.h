// The DDL pieces every renderer shares: column specifications, constraint
// clauses, CREATE TABLE / CREATE INDEX and INSERT, laid out with SQLAlchemy's
// tabs, newlines and ", " separators. Knows no operations and no schema replay.
#pragma once

#include <string>
#include <vector>

#include "dbm/operations.h"
#include "dbm/schema.h"
#include "dialect/dialect.h"

namespace dbm::dialect {

/// DEFAULT's argument: 'x', verbatim SQL, or true/false (SQLite: (1)/(0)).
std::string default_sql(const ServerDefault& value, const Dialect& dialect);

/// SQLAlchemy's Table._autoincrement_column, or "" when there is none.
std::string autoincrement_column(const Table& table);

/// `name` and the dialect's column spec; `table` decides SERIAL /
/// AUTO_INCREMENT (pass nullptr for ADD COLUMN).
/// ` GENERATED ALWAYS AS (expr)` and its STORED/VIRTUAL, as SQLAlchemy's
/// compilers write sa.Computed; "" for an ordinary column.
std::string generated_sql(const Column& column, const Dialect& dialect);

std::string column_sql(const Column& column, const Table* table, const Dialect& dialect);

std::string primary_key_sql(const PrimaryKey& key, const Dialect& dialect);
std::string foreign_key_sql(const ForeignKey& key, const Dialect& dialect);
std::string unique_sql(const UniqueConstraint& constraint, const Dialect& dialect);
std::string check_sql(const CheckConstraint& constraint, const Dialect& dialect);

/// REQUIRES: `table` normalized (schema::normalized_table). Constraints in the
/// order PK, CHECK, FOREIGN KEY, UNIQUE; MySQL table options after `)`.
std::string create_table_sql(const Table& table, const Dialect& dialect);

std::string create_index_sql(const Index& index, const Dialect& dialect);

/// `ALTER TABLE <quoted table>` — the prefix of every ALTER statement.
std::string alter_table(const std::string& table, const Dialect& dialect);

/// One `INSERT INTO t (a, b) VALUES (…)` with inline literals.
std::string insert_sql(const std::string& table, const std::vector<std::string>& columns,
                       const std::vector<Value>& row, const Dialect& dialect);

}  // namespace dbm::dialect
