// The replayed schema of one database: its tables in creation order, with the
// names the dialect gave constraints declared without one. Pure data; it
// knows neither SQL text nor how operations change it (replay.h does).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dbm/operations.h"
#include "dbm/schema.h"

namespace dbm::schema {

/// REQUIRES: table names are unique. Constraint names are as the database
/// reports them (PostgreSQL `leases_name_key`, MySQL `name`, SQLite empty);
/// Column::unique and Column::index shorthands are already expanded into
/// Table::unique_constraints and Table::indexes.
struct Schema {
  std::vector<Table> tables{};
  /// PostgreSQL named ENUM types created so far. Alembic never drops them.
  std::vector<std::string> enum_types{};

  const Table* find_table(std::string_view name) const;
  Table* find_table(std::string_view name);
  /// Throws dbm::Error("table 'x' does not exist") when absent.
  const Table& table(std::string_view name) const;
  Table& table(std::string_view name);

  friend bool operator==(const Schema&, const Schema&) = default;
};

const Column* find_column(const Table& table, std::string_view name);
/// Throws dbm::Error("column 'c' does not exist in table 't'") when absent.
const Column& column_of(const Table& table, std::string_view name);

/// The index or constraint an operation creates, as the table holds it.
Index index_of(const CreateIndex& op);
ForeignKey foreign_key_of(const CreateForeignKey& op);
UniqueConstraint unique_constraint_of(const CreateUniqueConstraint& op);
CheckConstraint check_constraint_of(const CreateCheckConstraint& op);
PrimaryKey primary_key_of(const CreatePrimaryKey& op);

/// Whether `check`'s SQL names `column` as a whole word (so dropping the
/// column drops the check).
bool check_mentions(const CheckConstraint& check, std::string_view column);

/// The primary key's columns: the explicit constraint, else the flagged columns.
std::vector<std::string> primary_key_columns(const Table& table);

/// The name of the constraint of `type` on exactly `columns` (in order), if
/// any; an unnamed one (SQLite) yields an empty string.
std::optional<std::string> constraint_name_on(const Table& table, ConstraintType type,
                                              const std::vector<std::string>& columns);

}  // namespace dbm::schema
