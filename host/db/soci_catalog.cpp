// SOCI rows → text, for the dialects' catalog readers. Catalog columns come
// back as whatever type the backend describes (SQLite PRAGMA cells have none,
// MariaDB counts are BIGINT), so each cell is converted by its described type
// rather than trusted to be a string.
#include "soci_catalog.h"

#include <soci/soci.h>

#include "base/error.h"
#include "db/database.h"

namespace dbm::db {
namespace {

dialect::Catalog::Cell cell_text(const soci::row& row, std::size_t i) {
  if (row.get_indicator(i) == soci::i_null) return std::nullopt;
  switch (row.get_properties(i).get_data_type()) {
    case soci::dt_string: return row.get<std::string>(i);
    case soci::dt_integer: return std::to_string(row.get<int>(i));
    case soci::dt_long_long: return std::to_string(row.get<long long>(i));
    case soci::dt_unsigned_long_long: return std::to_string(row.get<unsigned long long>(i));
    case soci::dt_double: return std::to_string(row.get<double>(i));
    default: break;
  }
  throw soci::soci_error("unexpected catalog column type in column " + std::to_string(i + 1));
}

}  // namespace

std::vector<dialect::Catalog::Row> SociCatalog::rows(const std::string& sql, const std::optional<std::string>& name) {
  std::vector<Row> rows;
  auto collect = [&](soci::rowset<soci::row>& rs) {
    for (const soci::row& r : rs) {
      Row& out = rows.emplace_back();
      for (std::size_t i = 0; i < r.size(); ++i) out.push_back(cell_text(r, i));
    }
  };
  try {
    if (name) {
      soci::rowset<soci::row> rs = (session_.prepare << sql, soci::use(*name));
      collect(rs);
    } else {
      soci::rowset<soci::row> rs = (session_.prepare << sql);
      collect(rs);
    }
  } catch (const soci::soci_error& e) {
    throw DatabaseError(one_line_error(e.get_error_message(), passwords_));
  }
  return rows;
}

}  // namespace dbm::db
