// Version table statements. Persistent format: existing databases are adopted
// only if the table, column and constraint names match Alembic's exactly.
#include "dialect/version_table.h"

#include "dialect/literal.h"
#include "dialect/quoting.h"

namespace dbm::dialect {
namespace {

std::string column(std::string_view table, const Dialect& d) {
  return quote(table, d) + ".version_num";
}

}  // namespace

std::string version_table_create(std::string_view table, const Dialect& d) {
  return "CREATE TABLE " + quote(table, d) + " (\n\tversion_num VARCHAR(32) NOT NULL, \n\tCONSTRAINT " +
         quote(std::string(table) + "_pkc", d) + " PRIMARY KEY (version_num)\n)";
}

std::string version_table_purge(std::string_view table, const Dialect& d) { return "DELETE FROM " + quote(table, d); }

std::string version_table_drop(std::string_view table, const Dialect& d) {
  return "DROP TABLE " + quote(table, d);
}

std::string version_insert(std::string_view table, std::string_view version, const Dialect& d) {
  std::string sql = "INSERT INTO " + quote(table, d) + " (version_num) VALUES (" +
                    string_literal(version, d) + ")";
  if (d.syntax().insert_returning) sql += " RETURNING " + column(table, d);
  return sql;
}

std::string version_update(std::string_view table, std::string_view from, std::string_view to,
                           const Dialect& d) {
  return "UPDATE " + quote(table, d) + " SET version_num=" + string_literal(to, d) + " WHERE " +
         column(table, d) + " = " + string_literal(from, d);
}

std::string version_delete(std::string_view table, std::string_view version, const Dialect& d) {
  return "DELETE FROM " + quote(table, d) + " WHERE " + column(table, d) + " = " +
         string_literal(version, d);
}

}  // namespace dbm::dialect
