// Reads Alembic's version table without changing it.
#include "db/version_table.h"

#include <soci/soci.h>

#include "base/error.h"

namespace dbm::db {

void check_version_table_name(const std::string& table) {
  bool ok = !table.empty() && table.size() <= 64 && !(table[0] >= '0' && table[0] <= '9');
  for (char c : table) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
  }
  if (!ok) {
    throw ConfigError("invalid version table name '" + table +
                      "': use letters, digits and '_', not starting with a digit");
  }
}

std::vector<std::string> read_version_rows(Database& database, const std::string& table) {
  check_version_table_name(table);
  std::vector<std::string> rows;
  if (!database.has_table(table)) return rows;
  try {
    soci::rowset<std::string> result = (database.session().prepare << "SELECT version_num FROM " << table);
    for (const auto& row : result) rows.push_back(row);
  } catch (const soci::soci_error& e) {
    throw DatabaseError("Can't read version table '" + table + "': " + e.get_error_message());
  }
  return rows;
}

}  // namespace dbm::db
