// The shared column shapes of dbm/columns.h.
#include "dbm/columns.h"

namespace dbm {

Column primary_key_id(Type type) { return column("id", std::move(type)).primary(); }

Column created_at() { return column("created_at", types::date_time()); }

Column updated_at() { return column("updated_at", types::date_time()); }

std::vector<Column> timestamps() { return {created_at(), updated_at()}; }

PrimaryKey primary_key(std::vector<std::string> columns) { return {.name = {}, .columns = std::move(columns)}; }

ForeignKey foreign_key(std::string column, std::string ref_table, std::string ref_column) {
  return {.columns = {std::move(column)}, .ref_table = std::move(ref_table), .ref_columns = {std::move(ref_column)}};
}

Table table(std::string name, std::initializer_list<ColumnGroup> pieces) {
  Table t{};
  t.name = std::move(name);
  for (const ColumnGroup& piece : pieces) t.columns.insert(t.columns.end(), piece.columns.begin(), piece.columns.end());
  return t;
}

}  // namespace dbm
