// Look-ups on the replayed schema. Errors name the missing table or column.
#include "schema/schema.h"

#include <algorithm>
#include <utility>

#include "base/error.h"

namespace dbm::schema {

const Table* Schema::find_table(std::string_view name) const {
  for (const auto& t : tables) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

Table* Schema::find_table(std::string_view name) {
  return const_cast<Table*>(std::as_const(*this).find_table(name));
}

const Table& Schema::table(std::string_view name) const {
  const Table* t = find_table(name);
  if (t == nullptr) throw Error("table '" + std::string(name) + "' does not exist");
  return *t;
}

Table& Schema::table(std::string_view name) {
  return const_cast<Table&>(std::as_const(*this).table(name));
}

const Column* find_column(const Table& table, std::string_view name) {
  for (const auto& c : table.columns) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

const Column& column_of(const Table& table, std::string_view name) {
  const Column* c = find_column(table, name);
  if (c == nullptr) {
    throw Error("column '" + std::string(name) + "' does not exist in table '" + table.name + "'");
  }
  return *c;
}

std::vector<std::string> primary_key_columns(const Table& table) {
  if (!table.primary_key.columns.empty()) return table.primary_key.columns;
  std::vector<std::string> names;
  for (const auto& c : table.columns) {
    if (c.primary_key) names.push_back(c.name);
  }
  return names;
}

std::optional<std::string> constraint_name_on(const Table& table, ConstraintType type,
                                              const std::vector<std::string>& columns) {
  switch (type) {
    case ConstraintType::kForeignKey:
      for (const auto& fk : table.foreign_keys) {
        if (fk.columns == columns) return fk.name;
      }
      break;
    case ConstraintType::kUnique:
      for (const auto& uc : table.unique_constraints) {
        if (uc.columns == columns) return uc.name;
      }
      break;
    case ConstraintType::kPrimary:
      if (primary_key_columns(table) == columns && !columns.empty()) return table.primary_key.name;
      break;
    case ConstraintType::kCheck:
      break;  // a CHECK has SQL, not columns
  }
  return std::nullopt;
}

bool check_mentions(const CheckConstraint& check, std::string_view column) {
  const auto is_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  };
  const std::string& sql = check.sql;
  if (column.empty()) return false;
  for (auto at = sql.find(column); at != std::string::npos; at = sql.find(column, at + 1)) {
    const bool starts = at == 0 || !is_word(sql[at - 1]);
    const bool ends = at + column.size() == sql.size() || !is_word(sql[at + column.size()]);
    if (starts && ends) return true;
  }
  return false;
}

Index index_of(const CreateIndex& op) {
  return {.name = op.name, .table = op.table, .columns = op.columns, .unique = op.unique};
}

ForeignKey foreign_key_of(const CreateForeignKey& op) {
  return {.name = op.name,
          .columns = op.columns,
          .ref_table = op.ref_table,
          .ref_columns = op.ref_columns,
          .onupdate = op.onupdate,
          .ondelete = op.ondelete};
}

UniqueConstraint unique_constraint_of(const CreateUniqueConstraint& op) {
  return {.name = op.name, .columns = op.columns};
}

CheckConstraint check_constraint_of(const CreateCheckConstraint& op) {
  return {.name = op.name, .sql = op.condition};
}

PrimaryKey primary_key_of(const CreatePrimaryKey& op) { return {.name = op.name, .columns = op.columns}; }

}  // namespace dbm::schema
