// Turns SOCI's dynamically typed rows into text so tests compare plain strings.
// Knows nothing about which tables exist.
#include "query_rows.h"

#include <ctime>

#include <fmt/format.h>

#include "session.h"

namespace dbm::e2e {
namespace {

std::string cell_text(const soci::row& row, std::size_t i) {
  if (row.get_indicator(i) == soci::i_null) return std::string(kNull);
  switch (row.get_properties(i).get_data_type()) {
    case soci::dt_string:
    case soci::dt_xml:
    case soci::dt_blob:
      return row.get<std::string>(i);
    case soci::dt_double:
      return fmt::format("{}", row.get<double>(i));
    case soci::dt_integer:
      return std::to_string(row.get<int>(i));
    case soci::dt_long_long:
      return std::to_string(row.get<long long>(i));
    case soci::dt_unsigned_long_long:
      return std::to_string(row.get<unsigned long long>(i));
    case soci::dt_date: {
      const std::tm tm = row.get<std::tm>(i);
      return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                         tm.tm_hour, tm.tm_min, tm.tm_sec);
    }
  }
  return "<unknown type>";
}

}  // namespace

Rows query_rows(std::string_view url, std::string_view sql) {
  auto session = open_session(url);
  soci::rowset<soci::row> rowset = (session->prepare << std::string(sql));
  Rows rows;
  for (const soci::row& row : rowset) {
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < row.size(); ++i) cells.push_back(cell_text(row, i));
    rows.push_back(std::move(cells));
  }
  return rows;
}

void execute(std::string_view url, std::string_view sql) {
  auto session = open_session(url);
  *session << std::string(sql);
}

}  // namespace dbm::e2e
