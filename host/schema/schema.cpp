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

}  // namespace dbm::schema
