// Reads a database's contents from a test, to check what the binary left behind.
// Knows nothing about db-manage; any SQL the test writes is run as is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dbm::e2e {

/// How a NULL cell appears in query_rows' result.
inline constexpr std::string_view kNull = "<NULL>";

using Rows = std::vector<std::vector<std::string>>;

/// Runs `sql` on the database `url` names (SQLAlchemy URL: postgresql, mysql or sqlite) and
/// returns every row, each cell as text: integers in decimal, dates as "YYYY-MM-DD HH:MM:SS",
/// NULL as kNull. Throws soci::soci_error on SQL errors.
Rows query_rows(std::string_view url, std::string_view sql);

/// Runs statements that return no rows (setup, e.g. CREATE TABLE or INSERT).
void execute(std::string_view url, std::string_view sql);

}  // namespace dbm::e2e
