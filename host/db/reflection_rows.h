// Catalog queries for reflection: one statement, at most one bound value,
// every cell as text. Owns the SOCI row plumbing so the dialect readers see
// only strings.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace dbm::db::reflection {

using Cell = std::optional<std::string>;
using Row = std::vector<Cell>;

/// Runs `sql` (placeholder `:name` bound to `name` when given). Cells are text,
/// NULL is nullopt. soci::soci_error propagates to the caller.
std::vector<Row> select_rows(soci::session& session, const std::string& sql,
                             const std::optional<std::string>& name = std::nullopt);

/// The cell's text, "" for NULL.
inline const std::string& text(const Row& row, std::size_t i) {
  static const std::string kEmpty;
  return row.at(i) ? *row[i] : kEmpty;
}

}  // namespace dbm::db::reflection
